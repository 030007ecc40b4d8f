/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.diagram.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.platsim.diagram.Connection;
import io.platsim.diagram.DiagramStructure;
import io.platsim.diagram.Ids;
import io.platsim.diagram.render.DiagramRenderer;
import io.platsim.model.Platform;

/**
 * What becomes of the bend points of lines when a box moves or a socket folds. A route (the automatic layout's or
 * the user's) is drawn for where its boxes were: a line inside a box that moves goes with it, and a line from
 * inside to outside is routed afresh around the boxes where they now are ({@link Routes}).
 */
public final class Bends {

    private Bends() {
    }

    /**
     * The bend points of the lines touching {@code root} (or anything inside it) after {@code root} moves by
     * {@code dx, dy}, keeping its size.
     */
    public static Map<String, List<DiagramLayout.Point>> afterMove(Platform platform, DiagramLayout layout,
            EObject root, int dx, int dy) {
        Box box = layout.box(Ids.of(root));
        return afterMove(platform, layout, root, dx, dy, box == null ? null : box.moved(dx, dy));
    }

    /**
     * The bend points of the lines touching {@code root} (or anything inside it) once its box is {@code moved}: a
     * line with both ends inside moves with it; a line from inside to outside gets an orthogonal route around the
     * boxes as they will be (none when they leave no way, and it is drawn straight). Only lines whose bends change
     * are listed, by layout key.
     */
    public static Map<String, List<DiagramLayout.Point>> afterMove(Platform platform, DiagramLayout layout,
            EObject root, Box moved) {
        Box old = layout.box(Ids.of(root));
        return old == null ? Map.of()
            : afterMove(platform, layout, root, moved.x() - old.x(), moved.y() - old.y(), moved);
    }

    /** The routes after {@code root} moves by {@code dx, dy}, to {@code moved} when it has a box of its own. */
    private static Map<String, List<DiagramLayout.Point>> afterMove(Platform platform, DiagramLayout layout,
            EObject root, int dx, int dy, Box moved) {
        Map<String, List<DiagramLayout.Point>> changed = new LinkedHashMap<>();
        DiagramLayout after = layout.copy();
        if (moved != null) {
            after.setBox(Ids.of(root), moved);
        }
        Map<EObject, Box> boxes = null;
        for (Connection line : DiagramStructure.connections(platform, layout::isFolded)) {
            List<DiagramLayout.Point> bends = layout.bends(line.key());
            boolean fromInside = EcoreUtil.isAncestor(root, line.modelSource());
            boolean toInside = EcoreUtil.isAncestor(root, line.modelTarget());
            if (!fromInside && !toInside) {
                continue;
            }
            if (fromInside && toInside) {
                if (!bends.isEmpty() && (dx != 0 || dy != 0)) {
                    List<DiagramLayout.Point> shifted = new ArrayList<>();
                    bends.forEach(p -> shifted.add(new DiagramLayout.Point(p.x() + dx, p.y() + dy)));
                    changed.put(line.key(), shifted);
                }
                continue;
            }
            if (boxes == null) {
                boxes = DiagramRenderer.absoluteBoxes(platform, after);
            }
            List<DiagramLayout.Point> route = Routes.of(line, boxes);
            if (!route.equals(bends)) {
                changed.put(line.key(), route);
            }
        }
        return changed;
    }

    /** Routes every line with an end inside {@code root} afresh ({@link Routes}): its boxes were packed anew. */
    static void reroute(Platform platform, DiagramLayout layout, EObject root) {
        Map<EObject, Box> boxes = DiagramRenderer.absoluteBoxes(platform, layout);
        for (Connection line : DiagramStructure.connections(platform, layout::isFolded)) {
            if (EcoreUtil.isAncestor(root, line.modelSource()) || EcoreUtil.isAncestor(root, line.modelTarget())) {
                layout.setBends(line.key(), Routes.of(line, boxes));
            }
        }
    }
}
