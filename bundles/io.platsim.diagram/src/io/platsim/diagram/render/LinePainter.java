/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.diagram.render;

import java.util.List;

import io.platsim.diagram.layout.Box;
import io.platsim.diagram.layout.DiagramLayout.Point;
import io.platsim.diagram.render.Canvas.Font;

/** Routes and paints a line between two boxes: from border to border, through its bend points. */
public final class LinePainter {

    private LinePainter() {
    }

    /** The polyline from {@code source}'s border through {@code bends} to {@code target}'s border. */
    public static int[] route(Box source, Box target, List<Point> bends) {
        int n = bends.size();
        int[] points = new int[2 * (n + 2)];
        int firstX = n == 0 ? centreX(target) : bends.get(0).x();
        int firstY = n == 0 ? centreY(target) : bends.get(0).y();
        int lastX = n == 0 ? centreX(source) : bends.get(n - 1).x();
        int lastY = n == 0 ? centreY(source) : bends.get(n - 1).y();
        int[] start = border(source, firstX, firstY);
        int[] end = border(target, lastX, lastY);
        points[0] = start[0];
        points[1] = start[1];
        for (int i = 0; i < n; i++) {
            points[2 + 2 * i] = bends.get(i).x();
            points[3 + 2 * i] = bends.get(i).y();
        }
        points[points.length - 2] = end[0];
        points[points.length - 1] = end[1];
        return points;
    }

    /** Where the line from the box's centre towards (x, y) leaves the box. */
    static int[] border(Box box, int x, int y) {
        double cx = box.x() + box.width() / 2.0;
        double cy = box.y() + box.height() / 2.0;
        double dx = x - cx;
        double dy = y - cy;
        if (dx == 0 && dy == 0) {
            return new int[] {(int) cx, (int) cy};
        }
        double scale = Math.min(dx == 0 ? Double.MAX_VALUE : (box.width() / 2.0) / Math.abs(dx),
            dy == 0 ? Double.MAX_VALUE : (box.height() / 2.0) / Math.abs(dy));
        return new int[] {(int) Math.round(cx + dx * scale), (int) Math.round(cy + dy * scale)};
    }

    /**
     * Where a line's label is centred: the middle of its longest segment, which on an orthogonal route is the
     * stretch in the open between two boxes rather than a short jog beside one.
     */
    public static int[] labelCentre(int[] points) {
        int best = 0;
        long longest = -1;
        for (int i = 0; i + 3 < points.length; i += 2) {
            long length = (long) Math.abs(points[i + 2] - points[i]) + Math.abs(points[i + 3] - points[i + 1]);
            if (length > longest) {
                longest = length;
                best = i;
            }
        }
        return new int[] {(points[best] + points[best + 2]) / 2, (points[best + 1] + points[best + 3]) / 2};
    }

    /** Paints the line and its label, centred on its longest segment on a white ground. */
    public static void paint(Canvas c, LineStyle style, int[] points) {
        c.setForeground(style.colour());
        c.setLineWidth(style.width());
        c.setDashed(style.dashed());
        c.drawPolyline(points);
        c.setDashed(false);
        c.setLineWidth(1);
        if (!style.label().isEmpty()) {
            int[] centre = labelCentre(points);
            int mx = centre[0];
            int my = centre[1];
            int width = c.textWidth(style.label(), Font.SMALL) + 6;
            int height = c.lineHeight(Font.SMALL) + 2;
            c.setBackground(0xFFFFFF);
            c.fillRectangle(mx - width / 2, my - height / 2, width, height);
            c.setForeground(style.colour());
            c.drawText(style.label(), mx - width / 2 + 3, my - height / 2 + 1, Font.SMALL);
        }
    }

    private static int centreX(Box box) {
        return box.x() + box.width() / 2;
    }

    private static int centreY(Box box) {
        return box.y() + box.height() / 2;
    }
}
