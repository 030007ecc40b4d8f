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
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import io.platsim.diagram.Connection;
import io.platsim.diagram.CoreGroup;
import io.platsim.diagram.DiagramStructure;
import io.platsim.diagram.Ids;
import io.platsim.diagram.NodeLabels;
import io.platsim.diagram.render.AwtCanvas;
import io.platsim.diagram.render.DiagramRenderer;
import io.platsim.model.Cache;
import io.platsim.model.Core;
import io.platsim.model.MsiRoute;
import io.platsim.model.Platform;
import io.platsim.model.Socket;
import io.platsim.templates.Templates;

/** A socket's alike cores folded into one tile, as an architect draws "28 × core" on a block diagram. */
class FoldingTest {

    private final AwtCanvas measure = AwtCanvas.measuring();
    private final Platform platform = Templates.realistic("lab");
    private final Socket socket = platform.getSockets().get(0);

    @Test
    void aSocketsAlikeCoresFoldIntoOneTileThatNamesThemAndTheirCaches() {
        List<CoreGroup> groups = CoreGroup.of(socket);
        assertEquals(1, groups.size(), "the example's cores are all alike");
        assertEquals(socket.getCores().size(), groups.get(0).cores().size());
        List<EObject> children = DiagramStructure.children(socket, s -> s == socket);
        assertEquals(List.of(socket.getCores().get(0)), children.stream().filter(Core.class::isInstance).toList());
        assertFalse(children.stream().anyMatch(c -> c instanceof Cache cache && cache.getPrivateTo() != null),
            "private caches are inside the tile");
        assertTrue(children.containsAll(socket.getHomeAgents()) && children.containsAll(socket.getRootComplexes()));
        Core first = socket.getCores().get(0);
        assertEquals(socket.getCores().size() + " × core", NodeLabels.title(first, s -> s == socket));
        assertEquals("2.0 GHz · L1 48 KiB 12-way · L2 1.25 MiB 20-way MESIF", NodeLabels.detail(first, s -> true));
        assertEquals("s0c0", NodeLabels.title(first, s -> false), "unfolded, the core is itself");
    }

    @Test
    void aCoreThatDiffersStandsApartWithItsCaches() {
        Core odd = socket.getCores().get(5);
        odd.setFrequencyMHz(3400);
        assertEquals(2, CoreGroup.of(socket).size());
        List<EObject> children = DiagramStructure.children(socket, s -> true);
        assertTrue(children.contains(odd) && children.contains(socket.getCores().get(0)));
        assertEquals(2, children.stream().filter(Core.class::isInstance).count());
        assertTrue(children.stream().anyMatch(c -> c instanceof Cache cache && cache.getPrivateTo() == odd),
            "the odd core keeps its own caches");
        assertEquals((socket.getCores().size() - 1) + " × core",
            NodeLabels.title(socket.getCores().get(0), s -> true));
    }

    @Test
    void linesToAFoldedCoreEndAtItsTile() {
        List<Connection> all = DiagramStructure.connections(platform);
        List<Connection> folded = DiagramStructure.connections(platform, s -> true);
        assertEquals(all.size(), folded.size(), "no line runs between two cores of one tile in the example");
        for (Connection line : folded) {
            assertTrue(DiagramStructure.allNodes(platform, s -> true).containsAll(List.of(line.source(),
                line.target())), () -> line.key() + " ends at a box that is not drawn");
        }
        Connection msi = folded.stream().filter(l -> l.element() instanceof MsiRoute route
            && route.getTargetCore() != null && route.getTargetCore() != route.getTargetCore().eContainer()
                .eContents().get(0)).findFirst().orElse(null);
        if (msi != null) {
            Socket holder = (Socket) ((MsiRoute) msi.element()).getTargetCore().eContainer();
            assertEquals(holder.getCores().get(0), msi.target(), "an MSI to a folded core arrives at the tile");
        }
    }

    @Test
    void aFreshLayoutFoldsAndTheTwoSocketExampleFitsAScreenAtALegibleZoom() {
        DiagramLayout layout = AutoLayout.layout(platform, measure);
        for (Socket s : platform.getSockets()) {
            assertTrue(layout.isFolded(s), s.getName() + " is folded");
        }
        Box bounds = DiagramRenderer.bounds(DiagramRenderer.absoluteBoxes(platform, layout), e -> true);
        // the maximized editor's drawing area on a 1600 × 1000 screen, below its toolbar, beside the palette
        double fit = Math.min(1560.0 / bounds.width(), 840.0 / bounds.height());
        assertTrue(fit >= 0.65, "Fit shows the diagram at " + Math.round(fit * 100) + "% (" + bounds.width() + " × "
            + bounds.height() + "): titles would be under 8 pixels");
        AutoLayoutTest.assertNoOverlapAndNested(platform, layout);
    }

    @Test
    void unfoldingMakesRoomAndFoldingAgainGivesItBack() {
        DiagramLayout layout = AutoLayout.layout(platform, measure);
        Box folded = layout.box(Ids.of(socket));
        DiagramLayout open = Folding.toggled(platform, layout, socket, false, measure);
        assertFalse(open.isFolded(socket));
        Box unfolded = open.box(Ids.of(socket));
        assertTrue(unfolded.height() > folded.height() * 2, folded + " unfolded to " + unfolded);
        for (EObject element : DiagramStructure.allNodes(platform, open::isFolded)) {
            assertNotNull(open.box(Ids.of(element)), () -> "no box for " + element);
        }
        AutoLayoutTest.assertNoOverlapAndNested(platform, open);
        DiagramLayout closed = Folding.toggled(platform, open, socket, true, measure);
        assertEquals(folded, closed.box(Ids.of(socket)), "folding again gives the room back");
        AutoLayoutTest.assertNoOverlapAndNested(platform, closed);
        assertTrue(layout.isFolded(socket), "the layout toggled from is left as it was");
    }

    @Test
    void foldingOneOfTwoOpenSocketsMovesNothingUnderTheOther() {
        Socket other = platform.getSockets().get(1);
        DiagramLayout open = Folding.toggled(platform, AutoLayout.layout(platform, measure), socket, false, measure);
        open = Folding.toggled(platform, open, other, false, measure);
        AutoLayoutTest.assertNoOverlapAndNested(platform, open);
        // a box the user dragged up close under the second socket, below where the first one ends
        Box under = open.box(Ids.of(other));
        String device = Ids.of(platform.getDevices().get(2));
        Box dragged = open.box(device);
        open.setBox(device, new Box(under.x() + 10, under.bottom() + 10, dragged.width(), dragged.height()));
        DiagramLayout one = Folding.toggled(platform, open, socket, true, measure);
        AutoLayoutTest.assertNoOverlapAndNested(platform, one);
        DiagramLayout both = Folding.toggled(platform, one, other, true, measure);
        AutoLayoutTest.assertNoOverlapAndNested(platform, both);
    }

    @Test
    void aCoreFoldedAwayKeepsNoBoxAndIsPlacedAnewWhenItLeavesItsGroup() {
        DiagramLayout open = Folding.toggled(platform, AutoLayout.layout(platform, measure), socket, false, measure);
        DiagramLayout closed = Folding.toggled(platform, open, socket, true, measure);
        Core odd = socket.getCores().get(3);
        assertEquals(null, closed.box(Ids.of(odd)), "a core inside a tile has no box of its own");
        odd.setFrequencyMHz(3400);
        Box tile = closed.box(Ids.of(socket.getCores().get(0)));
        DiagramLayout placed = Layouts.complete(platform, closed, measure);
        Box own = placed.box(Ids.of(odd));
        assertNotNull(own, "the core that left the tile is drawn");
        assertTrue(own.y() >= tile.bottom(), "it is placed below the tile " + tile + ", not where it was: " + own);
        AutoLayoutTest.assertNoOverlapAndNested(platform, placed);
    }

    @Test
    void linesIntoASocketAreRoutedAfreshAroundItsNewBoxesWhenItFoldsOrUnfolds() {
        DiagramLayout layout = AutoLayout.layout(platform, measure);
        List<Connection> into = DiagramStructure.connections(platform).stream().filter(line ->
            EcoreUtil.isAncestor(socket, line.modelSource()) || EcoreUtil.isAncestor(socket, line.modelTarget()))
            .toList();
        assertTrue(into.stream().anyMatch(line -> !layout.bends(line.key()).isEmpty()),
            "the automatic layout routes some line into the socket");
        DiagramLayout open = Folding.toggled(platform, layout, socket, false, measure);
        Map<EObject, Box> boxes = DiagramRenderer.absoluteBoxes(platform, open);
        int routed = 0;
        for (Connection line : DiagramStructure.connections(platform, open::isFolded)) {
            if (!into.stream().anyMatch(l -> l.key().equals(line.key())) || open.bends(line.key()).isEmpty()) {
                continue;
            }
            routed++;
            assertFalse(open.bends(line.key()).equals(layout.bends(line.key())), line.key()
                + " keeps a route drawn for the tile");
            assertEquals(List.of(), RoutesTest.crossings(open.bends(line.key()), RoutesTest.passed(line, boxes)),
                line.key() + " runs around the unfolded cores: " + open.bends(line.key()));
            assertFalse(RoutesTest.alongOutline(open.bends(line.key()), boxes.get(socket)),
                line.key() + " leaves the socket by a door, not along its edge: " + open.bends(line.key()));
        }
        assertTrue(routed >= into.size() / 2, routed + " of " + into.size() + " lines to the unfolded cores are routed,"
            + " from a side clear of their caches");
        platform.getInterSocketLinks().forEach(link -> assertEquals(List.of(), open.bends(Ids.of(link)),
            "the link between the sockets stays a straight bar"));
    }
}
