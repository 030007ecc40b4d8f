/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram.figures;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;

import io.platsim.diagram.render.Canvas;
import io.platsim.graphics.Fonts;

/** The diagram painter's canvas on draw2d's Graphics: how the editor's figures draw themselves. */
public final class Draw2dCanvas implements Canvas {

    private static final Map<Canvas.Font, org.eclipse.swt.graphics.Font> FONTS = new EnumMap<>(Canvas.Font.class);
    private static final Map<Integer, Color> COLOURS = new HashMap<>();

    private static final int OVAL_POINTS = 24;

    private final Graphics g;

    /** A canvas on {@code g}; with null, one that only measures text. */
    public Draw2dCanvas(Graphics g) {
        this.g = g;
    }

    /**
     * The diagram's font for {@code role}: {@link Fonts}' typeface, loaded from its bundle once, at the role's size,
     * so the editor measures text as the exports do.
     */
    public static org.eclipse.swt.graphics.Font font(Canvas.Font role) {
        return FONTS.computeIfAbsent(role, r -> {
            Display display = Display.getCurrent();
            String family = DiagramTypeface.load(display) ? Fonts.FAMILY
                : JFaceResources.getDefaultFont().getFontData()[0].getName();
            return new org.eclipse.swt.graphics.Font(display, family, r.points(), r.bold() ? SWT.BOLD : SWT.NORMAL);
        });
    }

    public static Color colour(int rgb) {
        return COLOURS.computeIfAbsent(rgb, c -> new Color(c >> 16 & 0xFF, c >> 8 & 0xFF, c & 0xFF));
    }

    @Override
    public void setForeground(int rgb) {
        g.setForegroundColor(colour(rgb));
    }

    @Override
    public void setBackground(int rgb) {
        g.setBackgroundColor(colour(rgb));
    }

    @Override
    public void setLineWidth(int width) {
        g.setLineWidth(width);
    }

    @Override
    public void setDashed(boolean dashed) {
        g.setLineStyle(dashed ? SWT.LINE_DASH : SWT.LINE_SOLID);
    }

    @Override
    public void fillRectangle(int x, int y, int width, int height) {
        g.fillRectangle(x, y, width, height);
    }

    @Override
    public void drawRectangle(int x, int y, int width, int height) {
        g.drawRectangle(x, y, width, height);
    }

    @Override
    public void fillRoundRectangle(int x, int y, int width, int height, int arc) {
        g.fillRoundRectangle(new org.eclipse.draw2d.geometry.Rectangle(x, y, width, height), arc, arc);
    }

    @Override
    public void drawRoundRectangle(int x, int y, int width, int height, int arc) {
        g.drawRoundRectangle(new org.eclipse.draw2d.geometry.Rectangle(x, y, width, height), arc, arc);
    }

    /**
     * Ovals are drawn as polygons: zoomed out, a small oval scales to zero height, and GTK's cairo then drops every
     * later drawing operation of the whole paint.
     */
    @Override
    public void fillOval(int x, int y, int width, int height) {
        g.fillPolygon(oval(x, y, width, height));
    }

    @Override
    public void drawOval(int x, int y, int width, int height) {
        g.drawPolygon(oval(x, y, width, height));
    }

    private static int[] oval(int x, int y, int width, int height) {
        int[] points = new int[2 * OVAL_POINTS];
        for (int i = 0; i < OVAL_POINTS; i++) {
            double angle = 2 * Math.PI * i / OVAL_POINTS;
            points[2 * i] = (int) Math.round(x + width / 2.0 * (1 + Math.cos(angle)));
            points[2 * i + 1] = (int) Math.round(y + height / 2.0 * (1 + Math.sin(angle)));
        }
        return points;
    }

    @Override
    public void fillPolygon(int[] points) {
        g.fillPolygon(points);
    }

    @Override
    public void drawPolygon(int[] points) {
        g.drawPolygon(points);
    }

    @Override
    public void drawPolyline(int[] points) {
        g.drawPolyline(points);
    }

    @Override
    public void drawLine(int x1, int y1, int x2, int y2) {
        g.drawLine(x1, y1, x2, y2);
    }

    @Override
    public void drawText(String text, int x, int y, Canvas.Font font) {
        g.setFont(font(font));
        g.drawText(text, x, y);
    }

    @Override
    public int textWidth(String text, Canvas.Font font) {
        return FigureUtilities.getTextExtents(text, font(font)).width;
    }

    @Override
    public int lineHeight(Canvas.Font font) {
        return FigureUtilities.getFontMetrics(font(font)).getHeight();
    }
}
