/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.diagram.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import io.platsim.diagram.DiagramStructure;
import io.platsim.diagram.Ids;
import io.platsim.model.Platform;

/**
 * Room for a top-level box that changed size (a socket folded or unfolded, a box grown to hold a new child). The
 * top-level boxes right of where it ended, and those below where it ended, move together, so the diagram keeps its
 * rows and columns. When it grew, they move as far as the boxes beside it need to keep their gap to it (a gap of
 * at most {@link #KEPT_GAP}: room a neighbour already made is not made twice); when it shrank, they move back by
 * as much, but no closer than {@link Packer#GAP} to any box that stays beside them, so that a smaller box never
 * pulls others under a larger neighbour. Bend points beyond its old edges move with the boxes.
 */
final class Room {

    /**
     * The widest gap kept between a grown box and the boxes it pushes: twice the automatic layout's space between
     * layers, so that the layout's own gaps survive a fold and unfold.
     */
    static final int KEPT_GAP = 2 * AutoLayout.BETWEEN_LAYERS;

    private Room() {
    }

    /** Moves the boxes around {@code top} after it changed from {@code before} to its box in {@code layout}. */
    static void make(Platform platform, DiagramLayout layout, EObject top, Box before) {
        Box after = layout.box(Ids.of(top));
        if (after == null || before == null || after.equals(before)) {
            return;
        }
        Map<String, Box> others = new HashMap<>();
        for (EObject other : DiagramStructure.children(platform, layout::isFolded)) {
            Box box = other == top ? null : layout.box(Ids.of(other));
            if (box != null) {
                others.put(Ids.of(other), box);
            }
        }
        int dx = shift(others.values(), before, after, true);
        Map<String, Box> across = new HashMap<>();
        others.forEach((key, box) -> across.put(key, box.x() >= before.right() ? box.moved(dx, 0) : box));
        int dy = shift(across.values(), before, after, false);
        across.forEach((key, box) -> layout.setBox(key, box.y() >= before.bottom() ? box.moved(0, dy) : box));
        for (Map.Entry<String, List<DiagramLayout.Point>> line : layout.allBends().entrySet()) {
            List<DiagramLayout.Point> moved = new ArrayList<>();
            for (DiagramLayout.Point p : line.getValue()) {
                moved.add(new DiagramLayout.Point(p.x() + (p.x() >= before.right() ? dx : 0),
                    p.y() + (p.y() >= before.bottom() ? dy : 0)));
            }
            layout.setBends(line.getKey(), moved);
        }
    }

    /**
     * How far the boxes beyond {@code before}'s edge (its right edge when {@code across}, its bottom otherwise)
     * move now that it is {@code after}.
     */
    private static int shift(Collection<Box> others, Box before, Box after, boolean across) {
        int edge = end(before, across);
        List<Box> staying = new ArrayList<>();
        List<Box> moving = new ArrayList<>();
        for (Box box : others) {
            (start(box, across) >= edge ? moving : staying).add(box);
        }
        int grown = end(after, across) - edge;
        if (grown >= 0) {
            int shift = 0;
            for (Box box : moving) {
                if (beside(box, after, across)) {
                    int gap = Math.max(Packer.GAP, Math.min(KEPT_GAP, start(box, across) - edge));
                    shift = Math.max(shift, end(after, across) + gap - start(box, across));
                }
            }
            return shift;
        }
        staying.add(after);
        int shift = grown;
        for (Box box : moving) {
            for (Box still : staying) {
                if (beside(box, still, across)) {
                    shift = Math.max(shift, end(still, across) + Packer.GAP - start(box, across));
                }
            }
        }
        return Math.min(0, shift);
    }

    private static int start(Box box, boolean across) {
        return across ? box.x() : box.y();
    }

    private static int end(Box box, boolean across) {
        return across ? box.right() : box.bottom();
    }

    /** Whether {@code a} and {@code b} share rows (when moving across) or columns (when moving down). */
    private static boolean beside(Box a, Box b, boolean across) {
        return across ? a.y() < b.bottom() && b.y() < a.bottom() : a.x() < b.right() && b.x() < a.right();
    }
}
