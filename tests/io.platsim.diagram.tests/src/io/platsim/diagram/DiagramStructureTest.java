/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.junit.jupiter.api.Test;

import io.platsim.model.Cache;
import io.platsim.model.DmaStream;
import io.platsim.model.Iommu;
import io.platsim.model.PcieLink;
import io.platsim.model.Platform;
import io.platsim.model.PlatsimPackage;
import io.platsim.model.Socket;
import io.platsim.model.VirtualMachine;
import io.platsim.templates.Templates;

class DiagramStructureTest {

    private final Platform realistic = Templates.realistic("lab");

    @Test
    void everyConcreteClassHasOneKindAndNoKindIsLeftOver() {
        Set<String> concrete = PlatsimPackage.eINSTANCE.getEClassifiers().stream()
            .filter(EClass.class::isInstance).map(EClass.class::cast)
            .filter(c -> !c.isAbstract() && !c.isInterface() && c != PlatsimPackage.Literals.PLATFORM)
            .map(EClassifier::getName).collect(Collectors.toSet());
        Set<String> kinds = java.util.Arrays.stream(Kind.values()).map(k -> k.eClass().getName())
            .collect(Collectors.toSet());
        assertEquals(concrete, kinds);
    }

    @Test
    void socketsHoldTheirPartsAsNestedBoxes() {
        Socket socket = realistic.getSockets().get(0);
        List<?> children = DiagramStructure.children(socket);
        assertEquals(socket.getCores().size() + socket.getCaches().size() + socket.getHomeAgents().size()
            + socket.getMemoryControllers().size() + socket.getRootComplexes().size(), children.size());
        assertTrue(DiagramStructure.children(realistic).containsAll(realistic.getSockets()));
        assertFalse(DiagramStructure.children(realistic).stream().anyMatch(PcieLink.class::isInstance),
            "links are lines, not boxes");
    }

    @Test
    void linksCoverageAttachmentsAndPinningAreLines() {
        List<Connection> lines = DiagramStructure.connections(realistic);
        assertEquals(realistic.getPcieLinks().size(), lines.stream().filter(l -> l.element() instanceof PcieLink)
            .count());
        Iommu iommu = realistic.getIommus().get(0);
        assertEquals(iommu.getCoveredRootComplexes().size(), lines.stream()
            .filter(l -> l.reference() == PlatsimPackage.Literals.IOMMU__COVERED_ROOT_COMPLEXES).count());
        int vcpus = realistic.getVms().stream().mapToInt(vm -> vm.getVcpus().size()).sum();
        assertEquals(vcpus, lines.stream().filter(l -> l.reference() == PlatsimPackage.Literals.VIRTUAL_CPU__PINNED_TO)
            .count());
        int attachments = realistic.getVms().stream().mapToInt(vm -> vm.getAttachments().size()).sum();
        List<Connection> attached = lines.stream().filter(l -> l.element() != null
            && l.element().eContainer() instanceof VirtualMachine).toList();
        assertEquals(attachments, attached.size());
        assertTrue(attached.stream().allMatch(l -> l.source() instanceof VirtualMachine));
        assertEquals(lines.size(), lines.stream().map(Connection::key).distinct().count(), "keys are unique");
    }

    @Test
    void labelsShowTheKeyAttributesAnArchitectWritesOnABlockDiagram() {
        Cache llc = realistic.getSockets().get(0).getCaches().stream()
            .filter(c -> c.getLevel().getLiteral().equals("LLC")).findFirst().orElseThrow();
        String detail = NodeLabels.detail(llc);
        assertTrue(detail.startsWith("LLC " + NodeLabels.bytes(llc.getSizeBytes()) + " " + llc.getWays() + "-way"),
            detail);
        PcieLink link = realistic.getPcieLinks().get(0);
        String label = NodeLabels.lineLabel(link);
        assertTrue(label.startsWith("Gen" + (link.getGeneration().getValue() + 1) + " ×" + link.getLanes() + " "),
            label);
        assertTrue(NodeLabels.detail(realistic.getIommus().get(0)).startsWith("IOTLB "
            + realistic.getIommus().get(0).getIotlbEntries4K() + " × 4K"));
        DmaStream rx = realistic.getWorkloads().stream().filter(DmaStream.class::isInstance)
            .map(DmaStream.class::cast).findFirst().orElseThrow();
        rx.setDriverWorkNs(200);
        assertTrue(NodeLabels.detail(rx).endsWith(" · driver 200 ns"), NodeLabels.detail(rx));
        assertEquals("38.5 MiB", NodeLabels.bytes(40_370_176L));
        assertEquals("31.5", NodeLabels.number(31.5077));
    }
}
