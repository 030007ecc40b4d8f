/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.trace.analysis;

/**
 * One line of a time chart: its name and its points, x in µs of simulated time and y in its chart's measure, in
 * time order, each point standing for a bin of {@code binPs} (a line's bins are as fine as its own rows allow). Any
 * chart toolkit draws it; nothing here knows one.
 */
public record Line(String name, double[] xs, double[] ys, long binPs) {

    public Line {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("a line needs as many y values as x values");
        }
    }

    /** Its number of points. */
    public int size() {
        return xs.length;
    }
}
