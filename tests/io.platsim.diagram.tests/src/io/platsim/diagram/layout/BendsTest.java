/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import io.platsim.diagram.Connection;
import io.platsim.diagram.DiagramStructure;
import io.platsim.diagram.Ids;
import io.platsim.diagram.LineKind;
import io.platsim.diagram.render.AwtCanvas;
import io.platsim.diagram.render.DiagramRenderer;
import io.platsim.model.Platform;
import io.platsim.model.Socket;
import io.platsim.templates.Templates;

/** What becomes of routes when boxes move, and what a fresh layout keeps of the one it replaces. */
class BendsTest {

    private final AwtCanvas measure = AwtCanvas.measuring();
    private final Platform platform = Templates.realistic("lab");

    @Test
    void movingABoxRoutesTheLinesLeavingItAroundTheBoxesAndCarriesThoseInsideIt() {
        DiagramLayout layout = AutoLayout.layout(platform, measure);
        Socket socket = platform.getSockets().get(0);
        List<Connection> lines = DiagramStructure.connections(platform);
        Connection leaving = lines.stream().filter(line -> inside(socket, line) == 1
            && !layout.bends(line.key()).isEmpty()).findFirst().orElseThrow();
        Map<String, List<DiagramLayout.Point>> after = Bends.afterMove(platform, layout, socket, 30, -5);
        DiagramLayout moved = layout.copy();
        moved.setBox(Ids.of(socket), layout.box(Ids.of(socket)).moved(30, -5));
        Map<EObject, Box> boxes = DiagramRenderer.absoluteBoxes(platform, moved);
        for (Connection line : DiagramStructure.connections(platform, layout::isFolded)) {
            List<DiagramLayout.Point> route = after.get(line.key());
            if (inside(socket, line) == 1 && route != null && !route.isEmpty()) {
                for (int i = 1; i < route.size(); i++) {
                    assertTrue(route.get(i - 1).x() == route.get(i).x() || route.get(i - 1).y() == route.get(i).y(),
                        line.key() + ": orthogonal " + route);
                }
                assertEquals(List.of(), RoutesTest.crossings(route, RoutesTest.passed(line, boxes)),
                    line.key() + " runs out of the socket around the boxes: " + route);
            }
        }
        assertFalse(after.get(leaving.key()).isEmpty(), leaving.key() + " is routed afresh");
        assertFalse(after.get(leaving.key()).equals(layout.bends(leaving.key())));
        for (Connection line : lines) {
            if (inside(socket, line) == 0) {
                assertFalse(after.containsKey(line.key()), line.key() + " does not touch the socket");
            }
        }
        // every line lies inside the whole platform: moved as one, each route moves with it
        Map<String, List<DiagramLayout.Point>> all = Bends.afterMove(platform, layout, platform, 30, -5);
        assertEquals(layout.allBends().keySet(), all.keySet());
        DiagramLayout.Point first = layout.bends(leaving.key()).get(0);
        assertEquals(new DiagramLayout.Point(first.x() + 30, first.y() - 5), all.get(leaving.key()).get(0));
        assertTrue(Bends.afterMove(platform, layout, platform, 0, 0).isEmpty(), "a resize moves no route inside");
    }

    /** How many of {@code line}'s ends lie inside {@code box}. */
    private static int inside(EObject box, Connection line) {
        return (EcoreUtil.isAncestor(box, line.modelSource()) ? 1 : 0)
            + (EcoreUtil.isAncestor(box, line.modelTarget()) ? 1 : 0);
    }

    @Test
    void aLayoutWithFoldsAndHiddenLinesButNoBoxesKeepsThem() {
        Socket second = platform.getSockets().get(1);
        DiagramLayout saved = new DiagramLayout();
        saved.setFolded(Ids.of(second), true);
        saved.setHidden(LineKind.MSI_ROUTE, true);
        DiagramLayout completed = Layouts.complete(platform, saved, measure);
        assertTrue(completed.isFolded(second));
        assertFalse(completed.isFolded(platform.getSockets().get(0)), "only what the file folds is folded");
        assertEquals(Set.of(LineKind.MSI_ROUTE), completed.hidden());
        DiagramLayout relaid = Layouts.relaidOut(platform, completed, measure);
        assertEquals(completed.folded(), relaid.folded(), "Auto Layout keeps the folds");
        assertEquals(Set.of(LineKind.MSI_ROUTE), relaid.hidden(), "Auto Layout keeps the hidden lines");
    }
}
