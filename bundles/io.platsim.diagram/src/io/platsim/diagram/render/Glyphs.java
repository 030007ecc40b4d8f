/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.diagram.render;

import io.platsim.diagram.Kind.Glyph;

/** The 16 × 16 pictograms of the element kinds, drawn as vectors so they stay sharp in SVG and PDF. */
final class Glyphs {

    static final int SIZE = 16;

    private Glyphs() {
    }

    /** Draws {@code glyph} with its top-left corner at (x, y), in the canvas's foreground and background. */
    static void paint(Canvas c, Glyph glyph, int x, int y) {
        switch (glyph) {
            case CHIP -> {
                for (int i = 3; i <= 12; i += 3) {
                    c.drawLine(x + i, y, x + i, y + 15);
                    c.drawLine(x, y + i, x + 15, y + i);
                }
                c.fillRectangle(x + 2, y + 2, 12, 12);
                c.drawRectangle(x + 2, y + 2, 12, 12);
                c.drawRectangle(x + 5, y + 5, 6, 6);
            }
            case STACK -> {
                for (int i = 0; i < 3; i++) {
                    c.fillRectangle(x + 1, y + 1 + 5 * i, 14, 4);
                    c.drawRectangle(x + 1, y + 1 + 5 * i, 14, 4);
                }
            }
            case HOME -> {
                c.fillPolygon(new int[] {x + 8, y + 1, x + 15, y + 8, x + 13, y + 8, x + 13, y + 15, x + 3, y + 15,
                    x + 3, y + 8, x + 1, y + 8});
                c.drawPolygon(new int[] {x + 8, y + 1, x + 15, y + 8, x + 13, y + 8, x + 13, y + 15, x + 3, y + 15,
                    x + 3, y + 8, x + 1, y + 8});
                c.drawRectangle(x + 6, y + 10, 4, 5);
            }
            case DIMM -> {
                c.fillRectangle(x, y + 4, 15, 8);
                c.drawRectangle(x, y + 4, 15, 8);
                for (int i = 2; i < 15; i += 4) {
                    c.drawRectangle(x + i, y + 6, 2, 3);
                }
                c.drawLine(x + 1, y + 13, x + 14, y + 13);
            }
            case RANGE -> {
                c.drawLine(x + 1, y + 8, x + 14, y + 8);
                c.drawLine(x + 1, y + 4, x + 1, y + 12);
                c.drawLine(x + 14, y + 4, x + 14, y + 12);
            }
            case LINK -> {
                c.drawOval(x, y + 5, 8, 6);
                c.drawOval(x + 7, y + 5, 8, 6);
            }
            case TREE -> {
                c.fillRectangle(x + 5, y, 6, 5);
                c.drawRectangle(x + 5, y, 6, 5);
                c.drawLine(x + 8, y + 5, x + 8, y + 8);
                c.drawLine(x + 2, y + 8, x + 13, y + 8);
                c.drawLine(x + 2, y + 8, x + 2, y + 11);
                c.drawLine(x + 13, y + 8, x + 13, y + 11);
                c.drawRectangle(x, y + 11, 4, 4);
                c.drawRectangle(x + 11, y + 11, 4, 4);
            }
            case PORT -> {
                c.fillRectangle(x + 1, y + 3, 14, 10);
                c.drawRectangle(x + 1, y + 3, 14, 10);
                c.drawRectangle(x + 4, y + 6, 8, 4);
            }
            case NIC -> {
                c.fillRectangle(x, y + 2, 15, 10);
                c.drawRectangle(x, y + 2, 15, 10);
                c.drawRectangle(x + 3, y + 5, 5, 4);
                c.drawLine(x + 2, y + 12, x + 2, y + 15);
                c.drawLine(x + 13, y + 12, x + 13, y + 15);
            }
            case DISK -> {
                c.fillRectangle(x + 1, y + 3, 14, 10);
                c.drawLine(x + 1, y + 3, x + 1, y + 13);
                c.drawLine(x + 15, y + 3, x + 15, y + 13);
                c.fillOval(x + 1, y + 10, 14, 5);
                c.drawOval(x + 1, y + 10, 14, 5);
                c.fillOval(x + 1, y + 1, 14, 5);
                c.drawOval(x + 1, y + 1, 14, 5);
            }
            case BOLT -> {
                int[] bolt = {x + 9, y, x + 2, y + 9, x + 7, y + 9, x + 5, y + 15, x + 13, y + 6, x + 8, y + 6};
                c.fillPolygon(bolt);
                c.drawPolygon(bolt);
            }
            case QUEUE -> {
                for (int i = 0; i < 4; i++) {
                    c.drawRectangle(x + 1 + 4 * i, y + 4, 3, 8);
                }
            }
            case CARD -> {
                c.fillRectangle(x, y + 1, 15, 11);
                c.drawRectangle(x, y + 1, 15, 11);
                c.drawLine(x + 3, y + 12, x + 3, y + 15);
                c.drawLine(x + 12, y + 12, x + 12, y + 15);
                c.drawLine(x + 3, y + 15, x + 12, y + 15);
                c.drawRectangle(x + 8, y + 4, 4, 4);
            }
            case SHIELD -> {
                int[] shield = {x + 8, y, x + 15, y + 3, x + 14, y + 10, x + 8, y + 15, x + 2, y + 10, x + 1, y + 3};
                c.fillPolygon(shield);
                c.drawPolygon(shield);
                c.drawPolyline(new int[] {x + 5, y + 7, x + 7, y + 10, x + 11, y + 5});
            }
            case BELL -> {
                c.fillPolygon(new int[] {x + 8, y + 1, x + 12, y + 4, x + 13, y + 11, x + 15, y + 13, x + 1, y + 13,
                    x + 3, y + 11, x + 4, y + 4});
                c.drawPolygon(new int[] {x + 8, y + 1, x + 12, y + 4, x + 13, y + 11, x + 15, y + 13, x + 1, y + 13,
                    x + 3, y + 11, x + 4, y + 4});
                c.drawOval(x + 6, y + 13, 4, 2);
            }
            case WINDOW -> {
                c.fillRectangle(x, y + 1, 15, 13);
                c.drawRectangle(x, y + 1, 15, 13);
                c.drawLine(x, y + 4, x + 15, y + 4);
                c.drawRectangle(x + 3, y + 7, 4, 4);
                c.drawRectangle(x + 9, y + 7, 4, 4);
            }
            case EXIT -> {
                c.drawRectangle(x + 1, y + 1, 8, 14);
                c.drawLine(x + 6, y + 8, x + 15, y + 8);
                c.drawPolyline(new int[] {x + 12, y + 5, x + 15, y + 8, x + 12, y + 11});
            }
            case GEAR -> {
                c.fillOval(x + 2, y + 2, 12, 12);
                c.drawOval(x + 2, y + 2, 12, 12);
                c.drawOval(x + 6, y + 6, 4, 4);
                c.drawLine(x + 8, y, x + 8, y + 2);
                c.drawLine(x + 8, y + 14, x + 8, y + 16);
                c.drawLine(x, y + 8, x + 2, y + 8);
                c.drawLine(x + 14, y + 8, x + 16, y + 8);
            }
            case FLOW -> {
                c.drawLine(x + 1, y + 5, x + 13, y + 5);
                c.drawPolyline(new int[] {x + 10, y + 2, x + 13, y + 5, x + 10, y + 8});
                c.drawLine(x + 3, y + 11, x + 15, y + 11);
                c.drawPolyline(new int[] {x + 6, y + 8, x + 3, y + 11, x + 6, y + 14});
            }
            case CLOCK -> {
                c.fillOval(x + 1, y + 1, 14, 14);
                c.drawOval(x + 1, y + 1, 14, 14);
                c.drawPolyline(new int[] {x + 8, y + 4, x + 8, y + 8, x + 11, y + 10});
            }
            default -> throw new IllegalArgumentException("No pictogram for " + glyph);
        }
    }
}
