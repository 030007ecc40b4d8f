/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import io.platsim.diagram.Connection;
import io.platsim.diagram.DiagramStructure;
import io.platsim.diagram.layout.DiagramLayout.Point;
import io.platsim.diagram.layout.OrthogonalRouter.Heading;
import io.platsim.diagram.render.AwtCanvas;
import io.platsim.diagram.render.DiagramRenderer;
import io.platsim.diagram.render.LinePainter;
import io.platsim.model.Platform;
import io.platsim.templates.Templates;

/** Lines go around the boxes they pass, as an architect draws them: after auto layout, and inside the boxes. */
class RoutesTest {

    @Test
    void aRouteGoesAroundABoxInItsWayByItsNearerSide() {
        Box wall = new Box(40, 40, 100, 40);
        List<Point> route = OrthogonalRouter.route(new Point(90, 0), Heading.DOWN, new Point(90, 140), Heading.DOWN,
            List.of(wall));
        assertEquals(new Point(90, 0), route.get(0));
        assertEquals(new Point(90, 140), route.get(route.size() - 1));
        assertTrue(crossings(route, List.of(wall)).isEmpty(), route.toString());
        assertEquals(6, route.size(), "out, round the nearer side (two corners each way) and in: " + route);
    }

    @Test
    void noRouteIsGivenWhenBoxesShutTheEndIn() {
        List<Box> walls = List.of(new Box(60, 60, 80, 10), new Box(60, 130, 80, 10), new Box(60, 60, 10, 80),
            new Box(130, 60, 10, 80));
        assertTrue(OrthogonalRouter.route(new Point(0, 0), Heading.DOWN, new Point(100, 100), Heading.DOWN, walls)
            .isEmpty());
    }

    @Test
    void theTwoSocketExamplesRoutedLinesCrossNoBoxTheyDoNotEndIn() {
        Platform platform = Templates.realistic("lab");
        DiagramLayout layout = AutoLayout.layout(platform, AwtCanvas.measuring());
        Map<EObject, Box> boxes = DiagramRenderer.absoluteBoxes(platform, layout);
        List<String> crossing = new ArrayList<>();
        int routed = 0;
        for (Connection line : DiagramStructure.connections(platform, layout::isFolded)) {
            if (layout.bends(line.key()).isEmpty()) {
                continue;
            }
            routed++;
            int[] drawn = LinePainter.route(boxes.get(line.source()), boxes.get(line.target()),
                layout.bends(line.key()));
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < drawn.length; i += 2) {
                points.add(new Point(drawn[i], drawn[i + 1]));
            }
            List<Box> passed = passed(line, boxes);
            crossings(points, passed).forEach(box -> crossing.add(line.key() + " crosses " + box + " on " + points));
            boxes.entrySet().stream().filter(e -> e.getKey().eContainer() instanceof Platform
                    && alongOutline(points, e.getValue()))
                .forEach(e -> crossing.add(line.key() + " runs along the outline of " + e.getValue() + ": " + points));
        }
        assertTrue(routed > 10, routed + " lines routed");
        assertTrue(crossing.isEmpty(), String.join("\n", crossing));
    }

    /** The boxes a line passes: any that holds neither end, at the top level or beside a box that holds one. */
    static List<Box> passed(Connection line, Map<EObject, Box> boxes) {
        List<Box> passed = new ArrayList<>();
        for (Map.Entry<EObject, Box> entry : boxes.entrySet()) {
            EObject element = entry.getKey();
            EObject parent = element.eContainer();
            boolean holds = EcoreUtil.isAncestor(element, line.source())
                || EcoreUtil.isAncestor(element, line.target());
            if (!holds && (parent instanceof Platform || EcoreUtil.isAncestor(parent, line.source())
                    || EcoreUtil.isAncestor(parent, line.target()))) {
                passed.add(entry.getValue());
            }
        }
        return passed;
    }

    /** Whether a segment of {@code route} runs along an edge of {@code box}, within 3 pixels, for over 12. */
    static boolean alongOutline(List<Point> route, Box box) {
        for (int i = 1; i < route.size(); i++) {
            Point a = route.get(i - 1);
            Point b = route.get(i);
            if (a.y() == b.y() && (Math.abs(a.y() - box.y()) <= 3 || Math.abs(a.y() - box.bottom()) <= 3)
                    && Math.min(Math.max(a.x(), b.x()), box.right())
                        - Math.max(Math.min(a.x(), b.x()), box.x()) > 12) {
                return true;
            }
            if (a.x() == b.x() && (Math.abs(a.x() - box.x()) <= 3 || Math.abs(a.x() - box.right()) <= 3)
                    && Math.min(Math.max(a.y(), b.y()), box.bottom())
                        - Math.max(Math.min(a.y(), b.y()), box.y()) > 12) {
                return true;
            }
        }
        return false;
    }

    /** The boxes of {@code boxes} whose inside a segment of {@code route} runs through. */
    static List<Box> crossings(List<Point> route, List<Box> boxes) {
        List<Box> crossed = new ArrayList<>();
        for (Box box : boxes) {
            for (int i = 1; i < route.size(); i++) {
                Point a = route.get(i - 1);
                Point b = route.get(i);
                if (Math.max(a.x(), b.x()) > box.x() && Math.min(a.x(), b.x()) < box.right()
                        && Math.max(a.y(), b.y()) > box.y() && Math.min(a.y(), b.y()) < box.bottom()) {
                    crossed.add(box);
                    break;
                }
            }
        }
        return crossed;
    }
}
