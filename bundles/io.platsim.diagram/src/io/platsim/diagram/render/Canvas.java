/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.diagram.render;

/**
 * What the diagram painter draws on. The editor adapts draw2d's Graphics to it and the exporters adapt
 * Graphics2D (raster, SVG and PDF), so a box looks the same on screen and in every exported file.
 * Coordinates are integers in diagram units; colours are 0xRRGGBB; text is placed by its top-left corner.
 */
public interface Canvas {

    /**
     * The three sizes of text on a diagram, in {@code io.platsim.graphics.Fonts}' typeface: the one place their
     * sizes and weights are chosen, for the editor and every export alike.
     */
    enum Font {
        TITLE(9, true), DETAIL(8, false), SMALL(7, false);

        private final int points;
        private final boolean bold;

        Font(int points, boolean bold) {
            this.points = points;
            this.bold = bold;
        }

        /** The size in points, as SWT sizes fonts. */
        public int points() {
            return points;
        }

        /** The size in pixels at 100% (96 pixels to the inch), as Java2D sizes fonts. */
        public float pixels() {
            return points * 96f / 72f;
        }

        public boolean bold() {
            return bold;
        }
    }

    void setForeground(int rgb);

    void setBackground(int rgb);

    void setLineWidth(int width);

    /** Dashed (true) or solid (false) lines from now on. */
    void setDashed(boolean dashed);

    void fillRectangle(int x, int y, int width, int height);

    void drawRectangle(int x, int y, int width, int height);

    void fillRoundRectangle(int x, int y, int width, int height, int arc);

    void drawRoundRectangle(int x, int y, int width, int height, int arc);

    void fillOval(int x, int y, int width, int height);

    void drawOval(int x, int y, int width, int height);

    /** A closed polygon given as x0, y0, x1, y1, ... */
    void fillPolygon(int[] points);

    void drawPolygon(int[] points);

    void drawPolyline(int[] points);

    void drawLine(int x1, int y1, int x2, int y2);

    void drawText(String text, int x, int y, Font font);

    int textWidth(String text, Font font);

    int lineHeight(Font font);
}
