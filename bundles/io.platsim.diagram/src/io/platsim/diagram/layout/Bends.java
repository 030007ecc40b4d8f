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
import io.platsim.model.Platform;

/**
 * What becomes of the bend points of lines when a box moves or a socket folds. A route (the automatic layout's or
 * the user's) is drawn for where its boxes were: a line inside a box that moves goes with it, and a line from
 * inside to outside is straightened, since its old route would now leave its box at an angle or cross others.
 */
public final class Bends {

    private Bends() {
    }

    /**
     * The bend points of the lines touching {@code root} (or anything inside it) after {@code root} moves by
     * {@code dx, dy}: a line with both ends inside moves with it, any other line has none. Only lines whose bends
     * change are listed, by layout key.
     */
    public static Map<String, List<DiagramLayout.Point>> afterMove(Platform platform, DiagramLayout layout,
            EObject root, int dx, int dy) {
        Map<String, List<DiagramLayout.Point>> changed = new LinkedHashMap<>();
        for (Connection line : DiagramStructure.connections(platform)) {
            List<DiagramLayout.Point> bends = layout.bends(line.key());
            boolean fromInside = EcoreUtil.isAncestor(root, line.modelSource());
            boolean toInside = EcoreUtil.isAncestor(root, line.modelTarget());
            if (bends.isEmpty() || !fromInside && !toInside) {
                continue;
            }
            if (fromInside && toInside) {
                if (dx != 0 || dy != 0) {
                    List<DiagramLayout.Point> moved = new ArrayList<>();
                    bends.forEach(p -> moved.add(new DiagramLayout.Point(p.x() + dx, p.y() + dy)));
                    changed.put(line.key(), moved);
                }
            } else {
                changed.put(line.key(), List.of());
            }
        }
        return changed;
    }

    /** Forgets the bend points of every line with an end inside {@code root}: its boxes were packed afresh. */
    static void straighten(Platform platform, DiagramLayout layout, EObject root) {
        for (Connection line : DiagramStructure.connections(platform)) {
            if (EcoreUtil.isAncestor(root, line.modelSource()) || EcoreUtil.isAncestor(root, line.modelTarget())) {
                layout.setBends(line.key(), List.of());
            }
        }
    }
}
