/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.diagram.render;

import org.eclipse.emf.ecore.EObject;

import io.platsim.diagram.Kind;
import io.platsim.diagram.NodeLabels;
import io.platsim.diagram.layout.Box;
import io.platsim.diagram.render.Canvas.Font;

/**
 * Paints one box: its kind's shape and colours, its pictogram, its name and key attributes, and a problem
 * badge. The same code paints the editor's figures and the exported files.
 */
public final class NodePainter {

    /** Space between a box's edge and its contents. */
    public static final int PAD = 6;
    /** Space between a box holding others and the boxes inside it. */
    public static final int INSET = PAD + 2;
    /** Problem severities a badge shows. */
    public static final int WARNING = 1;
    public static final int ERROR = 2;

    private static final int TEXT_LEFT = PAD + Glyphs.SIZE + 5;
    private static final int DETAIL_COLOUR = 0x404040;
    private static final int MIN_WIDTH = 96;
    private static final int ARC = 14;

    private NodePainter() {
    }

    /** The size a box needs to show its title and detail in full. */
    public static Box preferredSize(Canvas c, EObject element) {
        String detail = NodeLabels.detail(element);
        int width = Math.max(c.textWidth(NodeLabels.title(element), Font.TITLE), c.textWidth(detail, Font.DETAIL));
        return new Box(0, 0, Math.max(MIN_WIDTH, TEXT_LEFT + width + PAD + 4), headerHeight(c, element));
    }

    /** The height of the title and detail band; a container's children start below it. */
    public static int headerHeight(Canvas c, EObject element) {
        boolean hasDetail = !NodeLabels.detail(element).isEmpty();
        return PAD + c.lineHeight(Font.TITLE) + (hasDetail ? c.lineHeight(Font.DETAIL) : 0) + PAD;
    }

    /**
     * Paints {@code element} in {@code box} (absolute). {@code severity} is 0, {@link #WARNING} or {@link #ERROR}.
     */
    public static void paint(Canvas c, EObject element, Box box, boolean container, int severity) {
        Kind kind = Kind.of(element.eClass());
        c.setLineWidth(container ? 2 : 1);
        c.setDashed(kind == Kind.VIRTUAL_MACHINE);
        c.setBackground(kind.fill());
        c.setForeground(kind.border());
        shape(c, kind.shape(), box);
        c.setDashed(false);
        c.setLineWidth(1);
        c.setBackground(0xFFFFFF);
        Glyphs.paint(c, kind.glyph(), box.x() + PAD, box.y() + PAD);
        int textWidth = box.width() - TEXT_LEFT - PAD;
        c.setForeground(0x000000);
        int y = box.y() + PAD - 1;
        c.drawText(fit(c, NodeLabels.title(element), Font.TITLE, textWidth), box.x() + TEXT_LEFT, y, Font.TITLE);
        String detail = NodeLabels.detail(element);
        if (!detail.isEmpty()) {
            c.setForeground(DETAIL_COLOUR);
            c.drawText(fit(c, detail, Font.DETAIL, textWidth), box.x() + TEXT_LEFT, y + c.lineHeight(Font.TITLE),
                Font.DETAIL);
        }
        if (severity > 0) {
            badge(c, severity, box);
        }
    }

    /** Paints the pictogram of {@code kind} in its colours, 16 × 16 at (x, y): the palette's icons. */
    public static void paintIcon(Canvas c, Kind kind, int x, int y) {
        c.setForeground(kind.border());
        c.setBackground(kind.isLine() ? 0xFFFFFF : kind.fill());
        Glyphs.paint(c, kind.glyph(), x, y);
    }

    private static void shape(Canvas c, Kind.Shape shape, Box b) {
        int x = b.x();
        int y = b.y();
        int w = b.width() - 1;
        int h = b.height() - 1;
        switch (shape) {
            case ROUNDED -> {
                c.fillRoundRectangle(x, y, w, h, ARC);
                c.drawRoundRectangle(x, y, w, h, ARC);
            }
            case HEXAGON -> polygon(c, new int[] {x + 8, y, x + w - 8, y, x + w, y + h / 2, x + w - 8, y + h, x + 8,
                y + h, x, y + h / 2});
            case OCTAGON -> polygon(c, new int[] {x + 8, y, x + w - 8, y, x + w, y + 8, x + w, y + h - 8, x + w - 8,
                y + h, x + 8, y + h, x, y + h - 8, x, y + 8});
            case TAG -> polygon(c, new int[] {x, y, x + w - 10, y, x + w, y + 10, x + w, y + h, x, y + h});
            case CYLINDER -> {
                c.fillRoundRectangle(x, y, w, h, 10);
                c.drawLine(x, y + 4, x, y + h - 4);
                c.drawLine(x + w, y + 4, x + w, y + h - 4);
                c.drawPolyline(new int[] {x, y + h - 4, x + 4, y + h, x + w - 4, y + h, x + w, y + h - 4});
                c.drawPolyline(new int[] {x, y + 4, x + 4, y, x + w - 4, y, x + w, y + 4});
            }
            default -> {
                c.fillRectangle(x, y, w, h);
                c.drawRectangle(x, y, w, h);
            }
        }
    }

    private static void polygon(Canvas c, int[] points) {
        c.fillPolygon(points);
        c.drawPolygon(points);
    }

    /** A round mark on the top-right corner: red for an error, amber for a warning. */
    private static void badge(Canvas c, int severity, Box box) {
        int size = 14;
        int x = box.right() - size - 2;
        int y = box.y() + 2;
        c.setBackground(severity == ERROR ? 0xD32F2F : 0xF2A900);
        c.setForeground(0xFFFFFF);
        c.fillOval(x, y, size, size);
        c.setLineWidth(2);
        c.drawLine(x + size / 2, y + 3, x + size / 2, y + 8);
        c.drawLine(x + size / 2, y + 10, x + size / 2, y + 11);
        c.setLineWidth(1);
    }

    /** {@code text}, cut with an ellipsis to fit {@code width}. */
    static String fit(Canvas c, String text, Font font, int width) {
        if (c.textWidth(text, font) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && c.textWidth(cut + "…", font) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }
}
