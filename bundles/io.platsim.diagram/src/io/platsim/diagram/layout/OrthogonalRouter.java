/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.diagram.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeSet;

import io.platsim.diagram.layout.DiagramLayout.Point;

/**
 * A route of horizontal and vertical segments around boxes: the shortest, each bend counting as {@value #BEND}
 * pixels of length, over the grid of lines that run {@value #MARGIN} pixels outside every box's edges and through
 * the line's ends (the orthogonal visibility graph of Wybrow, Marriott and Stuckey, "Orthogonal Connector Routing",
 * Graph Drawing 2009, in its plain grid form). For lines the automatic layout did not route: those whose boxes
 * moved since, and the part of a line inside the box that holds its end.
 */
public final class OrthogonalRouter {

    /** How far a route keeps from a box it passes, and how far it runs straight out of its own boxes. */
    static final int MARGIN = 6;
    /** What a bend costs, in pixels of length: a route takes a detour of up to this much to save a bend. */
    static final int BEND = 40;
    /** How close a route may come to a box it passes: less than half the gap packed boxes keep. */
    static final int CLEARANCE = 3;
    /** A pixel of a route's cost. */
    private static final long UNIT = 1000;

    /** A direction of travel. */
    public enum Heading {
        UP(0, -1), DOWN(0, 1), LEFT(-1, 0), RIGHT(1, 0);

        final int dx;
        final int dy;

        Heading(int dx, int dy) {
            this.dx = dx;
            this.dy = dy;
        }

        Heading reverse() {
            return values()[ordinal() ^ 1];
        }
    }

    private final int[] xs;
    private final int[] ys;
    private final boolean[] blockedNode;
    /** Whether the segment from node (i, j) to (i + 1, j) crosses a box. */
    private final boolean[] blockedRight;
    /** Whether the segment from node (i, j) to (i, j + 1) crosses a box. */
    private final boolean[] blockedDown;

    private OrthogonalRouter(int[] xs, int[] ys, List<Box> obstacles) {
        this.xs = xs;
        this.ys = ys;
        blockedNode = new boolean[xs.length * ys.length];
        blockedRight = new boolean[xs.length * ys.length];
        blockedDown = new boolean[xs.length * ys.length];
        for (Box given : obstacles) {
            // A box blocks its inside, its edges and a little around them: a route neither crosses it nor runs
            // along it, yet passes between two boxes packed a gap apart.
            Box box = new Box(given.x() - CLEARANCE, given.y() - CLEARANCE, given.width() + 2 * CLEARANCE,
                given.height() + 2 * CLEARANCE);
            int i0 = firstAbove(xs, box.x() - 1);
            int i1 = lastBelow(xs, box.right() + 1);
            int j0 = firstAbove(ys, box.y() - 1);
            int j1 = lastBelow(ys, box.bottom() + 1);
            for (int i = i0; i <= i1; i++) {
                for (int j = j0; j <= j1; j++) {
                    blockedNode[node(i, j)] = true;
                }
            }
            // Segments whose open span overlaps the box's: from the last line at or left of its edge.
            for (int j = j0; j <= j1; j++) {
                for (int i = Math.max(0, firstAbove(xs, box.x()) - 1); i <= lastBelow(xs, box.right())
                        && i + 1 < xs.length; i++) {
                    blockedRight[node(i, j)] = true;
                }
            }
            for (int i = i0; i <= i1; i++) {
                for (int j = Math.max(0, firstAbove(ys, box.y()) - 1); j <= lastBelow(ys, box.bottom())
                        && j + 1 < ys.length; j++) {
                    blockedDown[node(i, j)] = true;
                }
            }
        }
    }

    /**
     * The route from {@code start}, leaving it {@code leaving}, to {@code end}, reaching it {@code arriving},
     * around {@code obstacles} (which must not hold either end): its ends and corners, or an empty list when the
     * boxes leave no way.
     */
    public static List<Point> route(Point start, Heading leaving, Point end, Heading arriving, List<Box> obstacles) {
        return route(start, leaving, true, end, arriving, obstacles);
    }

    /**
     * The route from {@code start} to {@code end} as above; {@code leaving} is the way it is already going, which
     * it need not keep when {@code fromBox} is false (a corner of a route, rather than a point on a box's edge).
     */
    public static List<Point> route(Point start, Heading leaving, boolean fromBox, Point end, Heading arriving,
            List<Box> obstacles) {
        int stub = fromBox ? MARGIN : 0;
        Point out = new Point(start.x() + leaving.dx * stub, start.y() + leaving.dy * stub);
        Point in = new Point(end.x() - arriving.dx * MARGIN, end.y() - arriving.dy * MARGIN);
        TreeSet<Integer> xs = new TreeSet<>(List.of(start.x(), out.x(), in.x(), end.x(), (out.x() + in.x()) / 2));
        TreeSet<Integer> ys = new TreeSet<>(List.of(start.y(), out.y(), in.y(), end.y(), (out.y() + in.y()) / 2));
        for (Box box : obstacles) {
            xs.add(box.x() - MARGIN);
            xs.add(box.right() + MARGIN);
            ys.add(box.y() - MARGIN);
            ys.add(box.bottom() + MARGIN);
        }
        OrthogonalRouter grid = new OrthogonalRouter(xs.stream().mapToInt(Integer::intValue).toArray(),
            ys.stream().mapToInt(Integer::intValue).toArray(), obstacles);
        List<Point> middle = grid.search(out, leaving, in, arriving);
        if (middle.isEmpty()) {
            return middle;
        }
        List<Point> all = new ArrayList<>();
        all.add(start);
        all.addAll(middle);
        all.add(end);
        return corners(all);
    }

    /** The cheapest walk on the grid from {@code from}, heading {@code first}, to {@code to}, heading {@code last}. */
    private List<Point> search(Point from, Heading first, Point to, Heading last) {
        Point middle = new Point((from.x() + to.x()) / 2, (from.y() + to.y()) / 2);
        int start = node(Arrays.binarySearch(xs, from.x()), Arrays.binarySearch(ys, from.y()));
        int goal = node(Arrays.binarySearch(xs, to.x()), Arrays.binarySearch(ys, to.y()));
        if (blockedNode[start] || blockedNode[goal]) {
            return List.of();
        }
        int states = blockedNode.length * 4;
        long[] cost = new long[states];
        int[] previous = new int[states];
        Arrays.fill(cost, Long.MAX_VALUE);
        PriorityQueue<long[]> open = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        int begin = start * 4 + first.ordinal();
        cost[begin] = 0;
        previous[begin] = -1;
        open.add(new long[] {0, begin});
        int best = -1;
        long bestCost = Long.MAX_VALUE;
        while (!open.isEmpty()) {
            long[] head = open.poll();
            int state = (int) head[1];
            if (head[0] > cost[state] || head[0] >= bestCost) {
                continue;
            }
            int at = state / 4;
            Heading heading = Heading.values()[state % 4];
            if (at == goal && heading != last.reverse()) {
                long total = head[0] + (heading == last ? 0 : UNIT * BEND);
                if (total < bestCost) {
                    bestCost = total;
                    best = state;
                }
                continue;
            }
            for (Heading next : Heading.values()) {
                int to2 = step(at, next);
                if (next == heading.reverse() || to2 < 0) {
                    continue;
                }
                int x = xs[at / ys.length];
                int y = ys[at % ys.length];
                long length = Math.abs(xs[to2 / ys.length] - x) + Math.abs(ys[to2 % ys.length] - y);
                // Pixels and bends count in thousandths; what is left breaks ties towards segments that cross
                // halfway between the ends, as a hand-drawn Z does, rather than jogging beside a box.
                long off = next == Heading.LEFT || next == Heading.RIGHT ? Math.abs(y - middle.y())
                    : Math.abs(x - middle.x());
                long through = head[0] + UNIT * (length + (next == heading ? 0 : BEND)) + length * off / 64;
                int nextState = to2 * 4 + next.ordinal();
                if (through < cost[nextState]) {
                    cost[nextState] = through;
                    previous[nextState] = state;
                    open.add(new long[] {through, nextState});
                }
            }
        }
        List<Point> walk = new ArrayList<>();
        for (int state = best; state >= 0; state = previous[state]) {
            int at = state / 4;
            walk.add(0, new Point(xs[at / ys.length], ys[at % ys.length]));
        }
        return walk;
    }

    /** The neighbour of node {@code at} in direction {@code heading}, or -1 when the way there is blocked. */
    private int step(int at, Heading heading) {
        int i = at / ys.length;
        int j = at % ys.length;
        int ni = i + heading.dx;
        int nj = j + heading.dy;
        if (ni < 0 || nj < 0 || ni >= xs.length || nj >= ys.length) {
            return -1;
        }
        boolean blocked = switch (heading) {
            case RIGHT -> blockedRight[at];
            case LEFT -> blockedRight[node(ni, nj)];
            case DOWN -> blockedDown[at];
            case UP -> blockedDown[node(ni, nj)];
        };
        return blocked || blockedNode[node(ni, nj)] ? -1 : node(ni, nj);
    }

    private int node(int i, int j) {
        return i * ys.length + j;
    }

    /** The points of {@code path} where it turns, with its two ends. */
    static List<Point> corners(List<Point> path) {
        List<Point> kept = new ArrayList<>();
        for (Point p : path) {
            if (!kept.isEmpty() && kept.get(kept.size() - 1).equals(p)) {
                continue;
            }
            if (kept.size() >= 2) {
                Point a = kept.get(kept.size() - 2);
                Point b = kept.get(kept.size() - 1);
                if (a.x() == b.x() && b.x() == p.x() || a.y() == b.y() && b.y() == p.y()) {
                    kept.set(kept.size() - 1, p);
                    continue;
                }
            }
            kept.add(p);
        }
        return kept;
    }

    /** The index of the first value strictly above {@code v}. */
    private static int firstAbove(int[] values, int v) {
        int i = Arrays.binarySearch(values, v);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The index of the last value strictly below {@code v}. */
    private static int lastBelow(int[] values, int v) {
        int i = Arrays.binarySearch(values, v);
        return i >= 0 ? i - 1 : -i - 2;
    }
}
