/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.diagram.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;

import io.platsim.diagram.Connection;
import io.platsim.diagram.DiagramStructure;
import io.platsim.diagram.Ids;
import io.platsim.diagram.NodeLabels;
import io.platsim.diagram.layout.Box;
import io.platsim.diagram.layout.DiagramLayout;
import io.platsim.model.Platform;

/** Paints a whole diagram (or the part a predicate keeps) from the model and its layout, without a display. */
public final class DiagramRenderer {

    private DiagramRenderer() {
    }

    /** Every placed box in diagram coordinates, parents before children; a box whose parent has none is left out. */
    public static Map<EObject, Box> absoluteBoxes(Platform platform, DiagramLayout layout) {
        Map<EObject, Box> boxes = new LinkedHashMap<>();
        for (EObject element : DiagramStructure.allNodes(platform, layout::isFolded)) {
            Box own = layout.box(Ids.of(element));
            EObject parent = element.eContainer();
            Box origin = parent instanceof Platform ? new Box(0, 0, 0, 0) : boxes.get(parent);
            if (own != null && origin != null) {
                boxes.put(element, own.moved(origin.x(), origin.y()));
            }
        }
        return boxes;
    }

    /** The smallest box holding every box {@code include} keeps, or null when it keeps none. */
    public static Box bounds(Map<EObject, Box> boxes, Predicate<EObject> include) {
        int left = Integer.MAX_VALUE;
        int top = Integer.MAX_VALUE;
        int right = Integer.MIN_VALUE;
        int bottom = Integer.MIN_VALUE;
        for (Map.Entry<EObject, Box> entry : boxes.entrySet()) {
            if (include.test(entry.getKey())) {
                Box box = entry.getValue();
                left = Math.min(left, box.x());
                top = Math.min(top, box.y());
                right = Math.max(right, box.right());
                bottom = Math.max(bottom, box.bottom());
            }
        }
        return left == Integer.MAX_VALUE ? null : new Box(left, top, right - left, bottom - top);
    }

    /**
     * Every text a painting of the whole diagram writes, whole: each placed box's title and detail, and the label of
     * each line shown between two placed boxes. What an export must show uncut.
     */
    public static List<String> texts(Platform platform, DiagramLayout layout) {
        Map<EObject, Box> boxes = absoluteBoxes(platform, layout);
        List<String> texts = new ArrayList<>();
        for (EObject element : boxes.keySet()) {
            texts.add(NodeLabels.title(element, layout::isFolded));
            texts.add(NodeLabels.detail(element, layout::isFolded));
        }
        for (Connection line : DiagramStructure.connections(platform, layout::isFolded)) {
            if (layout.shows(line) && boxes.containsKey(line.source()) && boxes.containsKey(line.target())) {
                texts.add(LineStyle.of(line).label());
            }
        }
        texts.removeIf(String::isEmpty);
        return texts;
    }

    /**
     * Paints the boxes {@code include} keeps, then the lines between two kept boxes, shifted by
     * ({@code dx}, {@code dy}). {@code severity} gives each element's problem badge (0 for none).
     */
    public static void paint(Canvas c, Platform platform, DiagramLayout layout, Predicate<EObject> include,
            java.util.function.ToIntFunction<EObject> severity, int dx, int dy) {
        Map<EObject, Box> boxes = absoluteBoxes(platform, layout);
        for (Map.Entry<EObject, Box> entry : boxes.entrySet()) {
            EObject element = entry.getKey();
            if (include.test(element)) {
                NodePainter.paint(c, element, entry.getValue().moved(dx, dy),
                    !DiagramStructure.children(element, layout::isFolded).isEmpty(), severity.applyAsInt(element),
                    layout::isFolded);
            }
        }
        for (Connection line : DiagramStructure.connections(platform, layout::isFolded)) {
            Box source = boxes.get(line.source());
            Box target = boxes.get(line.target());
            if (source != null && target != null && layout.shows(line) && include.test(line.source())
                    && include.test(line.target())) {
                int[] points = LinePainter.route(source.moved(dx, dy), target.moved(dx, dy),
                    layout.bends(line.key()).stream().map(p -> new DiagramLayout.Point(p.x() + dx, p.y() + dy))
                        .toList());
                LinePainter.paint(c, LineStyle.of(line), points);
            }
        }
    }
}
