/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.diagram.render;

import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;

import io.platsim.diagram.CoreGroup;
import io.platsim.diagram.Kind;
import io.platsim.diagram.NodeLabels;
import io.platsim.diagram.layout.Box;
import io.platsim.diagram.render.Canvas.Font;
import io.platsim.model.Socket;

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
    /** The size of a problem badge, and of a fold toggle. */
    private static final int BADGE = 14;
    private static final int TOGGLE = 12;
    /** How far the cards of a folded tile's stack stand out, right and down. */
    private static final int STACK = 6;

    private NodePainter() {
    }

    /** The size a box needs to show its title and detail in full, nothing folded. */
    public static Box preferredSize(Canvas c, EObject element) {
        return preferredSize(c, element, e -> false);
    }

    /**
     * The size a box needs to show its title and detail in full, and a folded tile its stack, as {@code folded}
     * shows it; a socket that folds keeps room for its toggle.
     */
    public static Box preferredSize(Canvas c, EObject element, Predicate<EObject> folded) {
        String detail = NodeLabels.detail(element, folded);
        int width = Math.max(c.textWidth(NodeLabels.title(element, folded), Font.TITLE) + toggleRoom(element),
            c.textWidth(detail, Font.DETAIL));
        int stack = CoreGroup.foldedGroupOf(element, folded) != null ? STACK : 0;
        return new Box(0, 0, Math.max(MIN_WIDTH, TEXT_LEFT + width + PAD + 4) + stack,
            headerHeight(c, element) + stack);
    }

    /**
     * Where a socket whose cores fold draws its fold toggle ("+" to unfold, "−" to fold), in the coordinates of
     * {@code box}; null for a box without one.
     */
    public static Box foldToggle(EObject element, Box box) {
        if (!(element instanceof Socket socket) || !CoreGroup.foldable(socket)) {
            return null;
        }
        return new Box(box.right() - BADGE - 2 - TOGGLE - 4, box.y() + 3, TOGGLE, TOGGLE);
    }

    private static int toggleRoom(EObject element) {
        return element instanceof Socket socket && CoreGroup.foldable(socket) ? TOGGLE + BADGE + 8 : 0;
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
        paint(c, element, box, container, severity, e -> false);
    }

    /**
     * Paints {@code element} in {@code box} (absolute) as {@code folded} shows it: a folded tile as a stack of
     * cards, a socket whose cores fold with its toggle. {@code severity} is 0, {@link #WARNING} or {@link #ERROR}.
     */
    public static void paint(Canvas c, EObject element, Box box, boolean container, int severity,
            Predicate<EObject> folded) {
        Kind kind = Kind.of(element.eClass());
        c.setLineWidth(container ? 2 : 1);
        c.setDashed(kind == Kind.VIRTUAL_MACHINE);
        c.setBackground(kind.fill());
        c.setForeground(kind.border());
        if (CoreGroup.foldedGroupOf(element, folded) != null) {
            for (int card = 2; card >= 1; card--) {
                int offset = card * STACK / 2;
                shape(c, kind.shape(), new Box(box.x() + offset, box.y() + offset, box.width() - STACK,
                    box.height() - STACK));
            }
            box = new Box(box.x(), box.y(), box.width() - STACK, box.height() - STACK);
        }
        shape(c, kind.shape(), box);
        c.setDashed(false);
        c.setLineWidth(1);
        c.setBackground(0xFFFFFF);
        Glyphs.paint(c, kind.glyph(), box.x() + PAD, box.y() + PAD);
        int textWidth = box.width() - TEXT_LEFT - PAD;
        c.setForeground(0x000000);
        int y = box.y() + PAD - 1;
        c.drawText(fit(c, NodeLabels.title(element, folded), Font.TITLE, textWidth - toggleRoom(element)),
            box.x() + TEXT_LEFT, y, Font.TITLE);
        String detail = NodeLabels.detail(element, folded);
        if (!detail.isEmpty()) {
            c.setForeground(DETAIL_COLOUR);
            c.drawText(fit(c, detail, Font.DETAIL, textWidth), box.x() + TEXT_LEFT, y + c.lineHeight(Font.TITLE),
                Font.DETAIL);
        }
        Box toggle = foldToggle(element, box);
        if (toggle != null) {
            toggle(c, toggle, folded.test(element));
        }
        if (severity > 0) {
            badge(c, severity, box);
        }
    }

    /** A small square with "+" when the socket's cores are folded (click to unfold) and "−" when they are not. */
    private static void toggle(Canvas c, Box t, boolean isFolded) {
        c.setBackground(0xFFFFFF);
        c.setForeground(0x505050);
        c.fillRectangle(t.x(), t.y(), t.width(), t.height());
        c.drawRectangle(t.x(), t.y(), t.width(), t.height());
        int mid = t.height() / 2;
        c.drawLine(t.x() + 3, t.y() + mid, t.right() - 3, t.y() + mid);
        if (isFolded) {
            c.drawLine(t.x() + t.width() / 2, t.y() + 3, t.x() + t.width() / 2, t.bottom() - 3);
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
        int size = BADGE;
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
