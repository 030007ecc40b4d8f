/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram.editparts;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import io.platsim.diagram.Ids;
import io.platsim.model.Platform;
import io.platsim.ui.diagram.DiagramContext;

/**
 * The live parts of one diagram, by the layout key of their box or line and by the model element they draw, so
 * that a change reaches only the parts it concerns. Parts enter when they are activated and leave when they are
 * deactivated.
 */
public final class PartIndex {

    private final Map<String, NodePart> boxes = new HashMap<>();
    private final Map<String, LinePart> lines = new HashMap<>();
    private final Map<EObject, NodePart> nodesByElement = new HashMap<>();
    private final Map<EObject, LinePart> linesByElement = new HashMap<>();
    /** The diagram's background: the platform's, or that of a socket opened on its own. */
    private DiagramPart ground;

    void ground(DiagramPart part) {
        ground = part;
    }

    void add(NodePart part) {
        boxes.put(part.key(), part);
        nodesByElement.put(part.element(), part);
    }

    void remove(NodePart part) {
        boxes.remove(part.key(), part);
        nodesByElement.remove(part.element(), part);
    }

    void add(LinePart part) {
        lines.put(part.line().key(), part);
        if (part.line().element() != null) {
            linesByElement.put(part.line().element(), part);
        }
    }

    void remove(LinePart part) {
        lines.remove(part.line().key(), part);
        if (part.line().element() != null) {
            linesByElement.remove(part.line().element(), part);
        }
    }

    /** The geometry of {@code key} (a box or a line's bends) changed: only its part moves. */
    public void layoutChanged(String key) {
        NodePart box = boxes.get(key);
        if (box != null) {
            box.refreshVisuals();
        }
        LinePart line = lines.get(key);
        if (line != null) {
            line.refreshVisuals();
        }
        if (ground != null && !(ground.shown() instanceof Platform) && key.equals(Ids.of(ground.shown()))) {
            ground.refreshBoxes(); // the opened socket's box changed: it was folded, unfolded or packed again
        }
    }

    /** Lists again the boxes inside every folded socket, and redraws them: a change may regroup alike cores. */
    public void refreshFoldedSockets(java.util.function.Predicate<EObject> folded) {
        for (NodePart part : new java.util.ArrayList<>(nodesByElement.values())) {
            if (folded.test(part.element())) {
                part.refreshFolded();
            }
        }
        if (ground != null && folded.test(ground.shown())) {
            ground.refreshBoxes();
        }
    }

    /** Redraws the parts whose lines or problems changed in a recomputation of the diagram's derived state. */
    public void derivedChanged(DiagramContext.Changes changes) {
        for (EObject element : changes.lines()) {
            NodePart part = nodesByElement.get(element);
            if (part != null) {
                part.linesChanged();
            }
        }
        for (EObject element : changes.problems()) {
            NodePart box = nodesByElement.get(element);
            if (box != null) {
                box.refreshVisuals();
            }
            LinePart line = linesByElement.get(element);
            if (line != null) {
                line.refreshVisuals();
            }
        }
    }
}
