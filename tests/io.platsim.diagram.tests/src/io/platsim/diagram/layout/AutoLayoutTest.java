/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import io.platsim.diagram.DiagramStructure;
import io.platsim.diagram.Ids;
import io.platsim.diagram.render.AwtCanvas;
import io.platsim.diagram.render.DiagramRenderer;
import io.platsim.model.Core;
import io.platsim.model.Platform;
import io.platsim.model.PlatsimFactory;
import io.platsim.model.Socket;
import io.platsim.templates.Templates;

class AutoLayoutTest {

    private final AwtCanvas measure = AwtCanvas.measuring();

    @Test
    void everyTemplateOpensWithEveryBoxInsideItsParentAndNoneOverlappingASibling() {
        for (Templates.Template template : Templates.all()) {
            Platform platform = Templates.create(template.id(), template.id());
            DiagramLayout layout = AutoLayout.layout(platform, measure);
            for (EObject element : DiagramStructure.allNodes(platform, layout::isFolded)) {
                assertNotNull(layout.box(Ids.of(element)), () -> template.id() + ": no box for " + element);
            }
            assertNoOverlapAndNested(platform, layout);
        }
    }

    @Test
    void linesBetweenLayersRouteOrthogonallyAroundTheBoxes() {
        Platform platform = Templates.realistic("lab");
        DiagramLayout layout = AutoLayout.layout(platform, measure);
        int routed = 0;
        for (io.platsim.diagram.Connection line : DiagramStructure.connections(platform, layout::isFolded)) {
            List<DiagramLayout.Point> bends = layout.bends(line.key());
            for (int i = 1; i < bends.size(); i++) {
                DiagramLayout.Point a = bends.get(i - 1);
                DiagramLayout.Point b = bends.get(i);
                assertTrue(a.x() == b.x() || a.y() == b.y(), line.key() + ": a slanted segment " + a + " to " + b);
            }
            routed += bends.isEmpty() ? 0 : 1;
        }
        assertTrue(routed > 5, routed + " lines routed");
    }

    @Test
    void theSameModelGetsTheSameLayout() {
        Platform platform = Templates.realistic("lab");
        assertEquals(AutoLayout.layout(platform, measure).boxes(), AutoLayout.layout(platform, measure).boxes());
    }

    @Test
    void theDevicesSitBelowTheSocketsThatTheirLinksComeFrom() {
        Platform platform = Templates.realistic("lab");
        DiagramLayout layout = AutoLayout.layout(platform, measure);
        int socketsBottom = platform.getSockets().stream().mapToInt(s -> layout.box(Ids.of(s)).bottom()).max()
            .orElseThrow();
        for (EObject device : platform.getDevices()) {
            assertTrue(layout.box(Ids.of(device)).y() > socketsBottom, () -> device + " is not below the sockets");
        }
    }

    @Test
    void anElementAddedOutsideTheDiagramIsPlacedBelowItsSiblingsAndNothingElseMoves() {
        Platform platform = Templates.small("lab");
        DiagramLayout layout = AutoLayout.layout(platform, measure);
        Map<String, Box> before = layout.boxes();
        Socket socket = platform.getSockets().get(0);
        Core added = PlatsimFactory.eINSTANCE.createCore();
        added.setName("added-core");
        socket.getCores().add(added);
        DiagramLayout completed = Layouts.complete(platform, layout, measure);
        Box box = completed.box(Ids.of(added));
        assertNotNull(box);
        for (EObject sibling : DiagramStructure.children(socket, completed::isFolded)) {
            if (sibling != added) {
                assertTrue(box.y() >= completed.box(Ids.of(sibling)).bottom(), "below " + sibling);
                assertEquals(before.get(Ids.of(sibling)), completed.box(Ids.of(sibling)), "a sibling moved");
            }
        }
        Box socketBox = completed.box(Ids.of(socket));
        assertEquals(before.get(Ids.of(socket)).x(), socketBox.x());
        assertEquals(before.get(Ids.of(socket)).y(), socketBox.y());
        assertTrue(socketBox.height() >= box.bottom(), "the socket grew to hold the new core");
        assertNoOverlapAndNested(platform, completed);
    }

    static void assertNoOverlapAndNested(Platform platform, DiagramLayout layout) {
        Map<EObject, Box> absolute = DiagramRenderer.absoluteBoxes(platform, layout);
        for (EObject parent : DiagramStructure.allNodes(platform, layout::isFolded)) {
            List<EObject> children = DiagramStructure.children(parent, layout::isFolded);
            Box outer = absolute.get(parent);
            for (int i = 0; i < children.size(); i++) {
                Box a = absolute.get(children.get(i));
                assertTrue(a.x() >= outer.x() && a.y() >= outer.y() && a.right() <= outer.right()
                    && a.bottom() <= outer.bottom(), children.get(i) + " sticks out of " + parent);
                for (int j = i + 1; j < children.size(); j++) {
                    assertFalse(overlap(a, absolute.get(children.get(j))), children.get(i) + " overlaps "
                        + children.get(j));
                }
            }
        }
        List<EObject> top = DiagramStructure.children(platform, layout::isFolded);
        for (int i = 0; i < top.size(); i++) {
            for (int j = i + 1; j < top.size(); j++) {
                assertFalse(overlap(absolute.get(top.get(i)), absolute.get(top.get(j))), top.get(i) + " overlaps "
                    + top.get(j));
            }
        }
    }

    private static boolean overlap(Box a, Box b) {
        return a.x() < b.right() && b.x() < a.right() && a.y() < b.bottom() && b.y() < a.bottom();
    }
}
