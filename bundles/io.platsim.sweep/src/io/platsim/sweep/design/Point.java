/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep.design;

import java.util.List;

/**
 * One point of a sweep's design: a value for each factor, in the sweep's order of factors.
 *
 * @param index  the point's number in the design, from 1
 * @param values each factor's value, as the model file writes it
 * @param varied for a one-at-a-time design, the index of the factor this point moves away from the base model's
 *               value; -1 for the base point and for the other designs
 */
public record Point(int index, List<String> values, int varied) {

    public Point {
        values = List.copyOf(values);
    }

    /** The point's name in folders and tables: P0001, P0002, ... */
    public String id() {
        return String.format("P%04d", index);
    }
}
