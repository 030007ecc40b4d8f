/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.diagram.layout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.platsim.diagram.Connection;
import io.platsim.diagram.layout.DiagramLayout.Point;
import io.platsim.diagram.layout.OrthogonalRouter.Heading;
import io.platsim.model.InterSocketLink;
import io.platsim.model.Platform;

/**
 * Orthogonal routes for single lines among boxes already placed: a line leaves the side of its first box that faces
 * its second (the bottom when the second lies below) and goes around every box that holds neither of its ends: the
 * top-level boxes and, inside the boxes that hold an end, that end's neighbours.
 */
public final class Routes {

    /** How far beyond its ends' boxes a route is looked for. */
    private static final int NEAR = 200;

    private Routes() {
    }

    /**
     * The bends of an orthogonal route for {@code line} among {@code boxes} (absolute, as the renderer has them),
     * or no bends when its boxes overlap or leave it no way round (it is then drawn straight).
     */
    static List<Point> of(Connection line, Map<EObject, Box> boxes) {
        Box from = boxes.get(line.source());
        Box to = boxes.get(line.target());
        if (from == null || to == null || line.element() instanceof InterSocketLink) {
            return List.of(); // the link between sockets is the straight bar block diagrams draw
        }
        Heading facing;
        if (to.y() >= from.bottom() + 2 * OrthogonalRouter.MARGIN) {
            facing = Heading.DOWN;
        } else if (to.bottom() + 2 * OrthogonalRouter.MARGIN <= from.y()) {
            facing = Heading.UP;
        } else if (to.x() >= from.right() + 2 * OrthogonalRouter.MARGIN) {
            facing = Heading.RIGHT;
        } else if (to.right() + 2 * OrthogonalRouter.MARGIN <= from.x()) {
            facing = Heading.LEFT;
        } else {
            return List.of();
        }
        List<Box> around = near(obstacles(line.source(), line.target(), boxes), from, to);
        EObject sourceTop = topLevel(line.source());
        EObject targetTop = topLevel(line.target());
        if (sourceTop != targetTop) { // each end leaves its holder by a door, not along its outline
            List<Box> inner = List.copyOf(around);
            if (sourceTop != line.source() && boxes.get(sourceTop) != null) {
                around.addAll(frame(boxes.get(sourceTop), EnumSet.allOf(Heading.class), from, inner));
            }
            if (targetTop != line.target() && boxes.get(targetTop) != null) {
                around.addAll(frame(boxes.get(targetTop), EnumSet.allOf(Heading.class), to, inner));
            }
        }
        List<Point> route = OrthogonalRouter.route(exit(from, facing), facing, exit(to, facing.reverse()), facing,
            around);
        if (route.isEmpty()) {
            // A side packed against a neighbour (a core's caches under it): the cheapest way from another side.
            long cheapest = Long.MAX_VALUE;
            for (Heading leaving : Heading.values()) {
                for (Heading arriving : Heading.values()) {
                    List<Point> other = OrthogonalRouter.route(exit(from, leaving), leaving,
                        exit(to, arriving.reverse()), arriving, around);
                    if (!other.isEmpty() && cost(other) < cheapest) {
                        cheapest = cost(other);
                        route = other;
                    }
                }
            }
        }
        return route.size() <= 2 ? List.of() : route;
    }

    /** A route's length, each bend counting {@value OrthogonalRouter#BEND} pixels. */
    private static long cost(List<Point> route) {
        long cost = (long) OrthogonalRouter.BEND * (route.size() - 2);
        for (int i = 1; i < route.size(); i++) {
            cost += Math.abs(route.get(i).x() - route.get(i - 1).x())
                + Math.abs(route.get(i).y() - route.get(i - 1).y());
        }
        return cost;
    }

    /**
     * The route from {@code start}, outside the top-level box that holds {@code end}, going {@code leaving} (and
     * setting off that way when {@code fromBox}, for a point on a box's edge),
     * in through that box's edge it meets going {@code inwards} (its bottom for {@code UP}) to the side of
     * {@code end}'s box it faces, around the boxes in the way and never along the holder's other edges: the part of a
     * line the automatic layout leaves at the holder's edge. Empty when {@code end} cannot be reached.
     */
    static List<Point> inside(Point start, Heading leaving, boolean fromBox, EObject end,
            Map<EObject, Box> boxes, Heading inwards) {
        Box box = boxes.get(end);
        Box holder = boxes.get(topLevel(end));
        if (box == null || holder == null) {
            return List.of();
        }
        List<Box> around = near(obstacles(end, end, boxes), holder, new Box(start.x(), start.y(), 0, 0));
        around.addAll(frame(holder, Set.of(inwards), box, around));
        return OrthogonalRouter.route(start, leaving, fromBox, exit(box, inwards.reverse()), inwards, around);
    }

    /** The top-level box that holds {@code element}, or the element itself at the top level. */
    private static EObject topLevel(EObject element) {
        EObject top = element;
        while (top.eContainer() != null && !(top.eContainer() instanceof Platform)) {
            top = top.eContainer();
        }
        return top;
    }

    /**
     * Bands along {@code holder}'s edges, {@value OrthogonalRouter#MARGIN} pixels each side, so a route neither
     * crosses nor follows them: whole but for the edges a line going one of {@code open} comes in through (the
     * bottom for {@code UP}), which have doors to pass straight through: beside each of {@code inside} (the boxes in
     * the holder) and in line with the middle of {@code end}.
     */
    private static List<Box> frame(Box holder, Set<Heading> open, Box end, List<Box> inside) {
        int m = OrthogonalRouter.MARGIN;
        TreeSet<Integer> xs = new TreeSet<>(List.of(end.x() + end.width() / 2));
        TreeSet<Integer> ys = new TreeSet<>(List.of(end.y() + end.height() / 2));
        for (Box box : inside) {
            if (box.x() >= holder.x() && box.right() <= holder.right() && box.y() >= holder.y()
                    && box.bottom() <= holder.bottom()) {
                xs.addAll(List.of(box.x() - m, box.right() + m));
                ys.addAll(List.of(box.y() - m, box.bottom() + m));
            }
        }
        List<Box> bands = new ArrayList<>();
        band(bands, true, holder.y(), holder, open.contains(Heading.DOWN) ? xs : Set.of());
        band(bands, true, holder.bottom(), holder, open.contains(Heading.UP) ? xs : Set.of());
        band(bands, false, holder.x(), holder, open.contains(Heading.RIGHT) ? ys : Set.of());
        band(bands, false, holder.right(), holder, open.contains(Heading.LEFT) ? ys : Set.of());
        return bands;
    }

    /** The band along one edge of {@code holder} (at {@code at}), cut at each door inside the edge's length. */
    private static void band(List<Box> bands, boolean horizontal, int at, Box holder, Set<Integer> doors) {
        int m = OrthogonalRouter.MARGIN;
        int start = (horizontal ? holder.x() : holder.y()) - m;
        int end = (horizontal ? holder.right() : holder.bottom()) + m;
        int half = OrthogonalRouter.CLEARANCE + 2;
        int from = start;
        for (int door : new TreeSet<>(doors)) {
            if (door < start + 2 * m || door > end - 2 * m) {
                continue; // not through the holder's corners
            }
            if (door - half > from) {
                bands.add(horizontal ? new Box(from, at - m, door - half - from, 2 * m)
                    : new Box(at - m, from, 2 * m, door - half - from));
            }
            from = Math.max(from, door + half);
        }
        bands.add(horizontal ? new Box(from, at - m, end - from, 2 * m) : new Box(at - m, from, 2 * m, end - from));
    }

    /** The middle of {@code box}'s side that a line leaving it {@code heading} goes through. */
    private static Point exit(Box box, Heading heading) {
        return switch (heading) {
            case DOWN -> new Point(box.x() + box.width() / 2, box.bottom());
            case UP -> new Point(box.x() + box.width() / 2, box.y());
            case RIGHT -> new Point(box.right(), box.y() + box.height() / 2);
            case LEFT -> new Point(box.x(), box.y() + box.height() / 2);
        };
    }

    /**
     * The boxes of {@code all} that come within {@value #NEAR} pixels of the box spanning {@code a} and {@code b}:
     * those a route between them may have to go round. The rest would only slow the search on a large diagram.
     */
    private static List<Box> near(List<Box> all, Box a, Box b) {
        int left = Math.min(a.x(), b.x()) - NEAR;
        int top = Math.min(a.y(), b.y()) - NEAR;
        int right = Math.max(a.right(), b.right()) + NEAR;
        int bottom = Math.max(a.bottom(), b.bottom()) + NEAR;
        List<Box> near = new ArrayList<>();
        for (Box box : all) {
            if (box.right() >= left && box.x() <= right && box.bottom() >= top && box.y() <= bottom) {
                near.add(box);
            }
        }
        return near;
    }

    /** The boxes a line between {@code a} and {@code b} goes around: those neither holds that sit beside one. */
    private static List<Box> obstacles(EObject a, EObject b, Map<EObject, Box> boxes) {
        List<Box> around = new ArrayList<>();
        for (Map.Entry<EObject, Box> entry : boxes.entrySet()) {
            EObject element = entry.getKey();
            EObject parent = element.eContainer();
            if (EcoreUtil.isAncestor(element, a) || EcoreUtil.isAncestor(element, b)) {
                continue;
            }
            if (parent instanceof Platform || parent != null && (EcoreUtil.isAncestor(parent, a)
                    || EcoreUtil.isAncestor(parent, b))) {
                around.add(entry.getValue());
            }
        }
        return around;
    }
}
