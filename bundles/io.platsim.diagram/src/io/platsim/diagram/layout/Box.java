/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.diagram.layout;

/**
 * Where a box sits: its top-left corner relative to the top-left corner of the box that holds it (or of the
 * diagram, at the top level), and its size, in diagram units (pixels at 100%).
 */
public record Box(int x, int y, int width, int height) {

    public Box {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("A box has no negative size: " + width + " x " + height);
        }
    }

    public Box moved(int dx, int dy) {
        return new Box(x + dx, y + dy, width, height);
    }

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }
}
