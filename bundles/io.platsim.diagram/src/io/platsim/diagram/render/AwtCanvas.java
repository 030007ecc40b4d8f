/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.diagram.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.Map;

import io.platsim.graphics.Fonts;

/** The painter's canvas on a Graphics2D: a raster image, or JFree's SVG and PDF back ends. */
public final class AwtCanvas implements Canvas {

    private static final Map<Font, java.awt.Font> FONTS = new EnumMap<>(Font.class);

    static {
        for (Font font : Font.values()) {
            FONTS.put(font, Fonts.awt(font.bold() ? Fonts.Face.BOLD : Fonts.Face.REGULAR, font.pixels()));
        }
    }

    private final Graphics2D g;
    private Color foreground = Color.BLACK;
    private Color background = Color.WHITE;
    private int lineWidth = 1;
    private boolean dashed;

    public AwtCanvas(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        stroke();
    }

    /** A canvas that only measures text, for laying out without drawing. */
    public static AwtCanvas measuring() {
        return new AwtCanvas(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics());
    }

    private void stroke() {
        g.setStroke(dashed
            ? new BasicStroke(lineWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 3f}, 0f)
            : new BasicStroke(lineWidth));
    }

    @Override
    public void setForeground(int rgb) {
        foreground = new Color(rgb);
    }

    @Override
    public void setBackground(int rgb) {
        background = new Color(rgb);
    }

    @Override
    public void setLineWidth(int width) {
        lineWidth = width;
        stroke();
    }

    @Override
    public void setDashed(boolean value) {
        dashed = value;
        stroke();
    }

    @Override
    public void fillRectangle(int x, int y, int width, int height) {
        g.setColor(background);
        g.fillRect(x, y, width, height);
    }

    @Override
    public void drawRectangle(int x, int y, int width, int height) {
        g.setColor(foreground);
        g.drawRect(x, y, width, height);
    }

    @Override
    public void fillRoundRectangle(int x, int y, int width, int height, int arc) {
        g.setColor(background);
        g.fillRoundRect(x, y, width, height, arc, arc);
    }

    @Override
    public void drawRoundRectangle(int x, int y, int width, int height, int arc) {
        g.setColor(foreground);
        g.drawRoundRect(x, y, width, height, arc, arc);
    }

    @Override
    public void fillOval(int x, int y, int width, int height) {
        g.setColor(background);
        g.fillOval(x, y, width, height);
    }

    @Override
    public void drawOval(int x, int y, int width, int height) {
        g.setColor(foreground);
        g.drawOval(x, y, width, height);
    }

    @Override
    public void fillPolygon(int[] points) {
        g.setColor(background);
        g.fillPolygon(xs(points), ys(points), points.length / 2);
    }

    @Override
    public void drawPolygon(int[] points) {
        g.setColor(foreground);
        g.drawPolygon(xs(points), ys(points), points.length / 2);
    }

    @Override
    public void drawPolyline(int[] points) {
        g.setColor(foreground);
        g.drawPolyline(xs(points), ys(points), points.length / 2);
    }

    @Override
    public void drawLine(int x1, int y1, int x2, int y2) {
        g.setColor(foreground);
        g.drawLine(x1, y1, x2, y2);
    }

    @Override
    public void drawText(String text, int x, int y, Font font) {
        g.setColor(foreground);
        g.setFont(FONTS.get(font));
        g.drawString(text, x, y + g.getFontMetrics().getAscent());
    }

    @Override
    public int textWidth(String text, Font font) {
        return metrics(font).stringWidth(text);
    }

    @Override
    public int lineHeight(Font font) {
        return metrics(font).getHeight();
    }

    private FontMetrics metrics(Font font) {
        return g.getFontMetrics(FONTS.get(font));
    }

    private static int[] xs(int[] points) {
        int[] xs = new int[points.length / 2];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = points[2 * i];
        }
        return xs;
    }

    private static int[] ys(int[] points) {
        int[] ys = new int[points.length / 2];
        for (int i = 0; i < ys.length; i++) {
            ys[i] = points[2 * i + 1];
        }
        return ys;
    }
}
