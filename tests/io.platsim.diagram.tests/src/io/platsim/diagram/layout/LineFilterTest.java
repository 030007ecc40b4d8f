/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.platsim.diagram.Connection;
import io.platsim.diagram.DiagramStructure;
import io.platsim.diagram.LineKind;
import io.platsim.diagram.render.AwtCanvas;
import io.platsim.diagram.render.DiagramRenderer;
import io.platsim.model.Platform;
import io.platsim.templates.Templates;

/** Kinds of line hidden to unclutter a diagram: MSI routes and vCPU pinning, never the links. */
class LineFilterTest {

    private final Platform platform = Templates.realistic("lab");
    private final DiagramLayout layout = AutoLayout.layout(platform, AwtCanvas.measuring());

    @Test
    void everyLineHasAKindAndTheExampleDrawsEachButTheFunctionLine() {
        Set<LineKind> kinds = EnumSet.noneOf(LineKind.class);
        for (Connection line : DiagramStructure.connections(platform)) {
            kinds.add(LineKind.of(line));
        }
        assertTrue(kinds.containsAll(List.of(LineKind.PCIE_LINK, LineKind.INTER_SOCKET_LINK, LineKind.MSI_ROUTE,
            LineKind.PINNING, LineKind.COVERAGE, LineKind.ATTACHMENT, LineKind.TARGET)), kinds.toString());
    }

    @Test
    void hiddenKindsAreNeitherDrawnNorLabelledAndTheLinksStay() {
        assertTrue(DiagramRenderer.texts(platform, layout).stream().anyMatch(t -> t.startsWith("MSI ")));
        layout.setHidden(LineKind.MSI_ROUTE, true);
        layout.setHidden(LineKind.PINNING, true);
        layout.setHidden(LineKind.PCIE_LINK, true);
        assertEquals(EnumSet.of(LineKind.MSI_ROUTE, LineKind.PINNING), layout.hidden(), "links cannot be hidden");
        assertFalse(DiagramRenderer.texts(platform, layout).stream().anyMatch(t -> t.startsWith("MSI ")),
            "no MSI route is labelled");
        long shown = DiagramStructure.connections(platform).stream().filter(layout::shows).count();
        long routesAndPins = DiagramStructure.connections(platform).stream()
            .filter(l -> LineKind.of(l) == LineKind.MSI_ROUTE || LineKind.of(l) == LineKind.PINNING).count();
        assertEquals(DiagramStructure.connections(platform).size() - routesAndPins, shown);
    }

    @Test
    void theLayoutFileKeepsTheHiddenKindsAndIgnoresAnUnknownOneWithAMessage() throws Exception {
        layout.setHidden(LineKind.PINNING, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LayoutFile.write(layout, out);
        DiagramLayout read = LayoutFile.read(new ByteArrayInputStream(out.toByteArray()), "lab.platsim.layout");
        assertEquals(EnumSet.of(LineKind.PINNING), read.hidden());
        String odd = out.toString(StandardCharsets.UTF_8).replace("lines=\"PINNING\"", "lines=\"WIRES\"");
        DiagramLayout oddRead = LayoutFile.read(new ByteArrayInputStream(odd.getBytes(StandardCharsets.UTF_8)),
            "lab.platsim.layout");
        assertTrue(oddRead.hidden().isEmpty());
        assertTrue(oddRead.ignored().stream().anyMatch(m -> m.contains("lab.platsim.layout") && m.contains("WIRES")),
            oddRead.ignored().toString());
    }
}
