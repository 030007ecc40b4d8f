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
import org.eclipse.emf.ecore.EReference;

import io.platsim.diagram.DiagramStructure;
import io.platsim.diagram.Ids;
import io.platsim.diagram.render.Canvas;
import io.platsim.diagram.render.NodePainter;

/**
 * Lays out the inside of a box that holds others, the way block diagrams show a socket: one band per kind of
 * child in model order (cores, then caches, then home agents, memory controllers and root complexes), each band
 * a grid of equal cells at most {@value #MAX_COLUMNS} wide. Sizes every box from its text and its children.
 */
final class Packer {

    static final int GAP = 10;
    /** Space between a holding box's border and the boxes inside it. */
    static final int INSET = NodePainter.PAD + 2;
    private static final int MAX_COLUMNS = 8;

    private final Canvas measure;
    private final DiagramLayout layout;

    Packer(Canvas measure, DiagramLayout layout) {
        this.measure = measure;
        this.layout = layout;
    }

    /**
     * Sizes {@code element} and, when it holds boxes, places them inside it; stores every child's box and returns
     * the element's own box at (0, 0).
     */
    Box pack(EObject element) {
        Box header = NodePainter.preferredSize(measure, element);
        List<EObject> children = DiagramStructure.children(element);
        if (children.isEmpty()) {
            return header;
        }
        int top = NodePainter.headerHeight(measure, element);
        int y = top;
        int width = header.width();
        for (List<EObject> band : bands(children)) {
            List<Box> sizes = new ArrayList<>();
            int cellWidth = 0;
            int cellHeight = 0;
            for (EObject child : band) {
                Box size = pack(child);
                sizes.add(size);
                cellWidth = Math.max(cellWidth, size.width());
                cellHeight = Math.max(cellHeight, size.height());
            }
            int columns = Math.min(MAX_COLUMNS, (int) Math.ceil(Math.sqrt(2.0 * band.size())));
            boolean uniform = band.size() > 1 && sizes.stream().allMatch(s -> s.height() == sizes.get(0).height());
            int x = INSET;
            int rowHeight = 0;
            for (int i = 0; i < band.size(); i++) {
                if (i > 0 && i % columns == 0) {
                    y += rowHeight + GAP;
                    x = INSET;
                    rowHeight = 0;
                }
                Box size = sizes.get(i);
                int w = uniform ? cellWidth : size.width();
                layout.setBox(Ids.of(band.get(i)), new Box(x, y, w, size.height()));
                x += w + GAP;
                rowHeight = Math.max(rowHeight, size.height());
                width = Math.max(width, x - GAP + INSET);
            }
            y += rowHeight + GAP;
        }
        return new Box(0, 0, width, y - GAP + INSET + 2);
    }

    /** Children grouped by the containment reference that holds them, in the metamodel's order. */
    private static List<List<EObject>> bands(List<EObject> children) {
        Map<EReference, List<EObject>> bands = new LinkedHashMap<>();
        for (EObject child : children) {
            bands.computeIfAbsent(child.eContainmentFeature(), f -> new ArrayList<>()).add(child);
        }
        return new ArrayList<>(bands.values());
    }
}
