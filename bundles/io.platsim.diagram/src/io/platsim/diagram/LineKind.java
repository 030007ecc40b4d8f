/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.diagram;

import io.platsim.model.DeviceAttachment;
import io.platsim.model.InterSocketLink;
import io.platsim.model.MsiRoute;
import io.platsim.model.PcieLink;
import io.platsim.model.PlatsimPackage;

/** The kinds of line a diagram draws, by what they stand for; each but the links can be hidden as a kind. */
public enum LineKind {
    PCIE_LINK("PCIe links"),
    INTER_SOCKET_LINK("Inter-socket links"),
    ATTACHMENT("VM device attachments"),
    MSI_ROUTE("MSI routes"),
    PINNING("vCPU pinning"),
    COVERAGE("IOMMU coverage"),
    FUNCTION("Virtual functions"),
    TARGET("Workload targets");

    private final String label;

    LineKind(String label) {
        this.label = label;
    }

    /** The kind's name in menus: "MSI routes". */
    public String label() {
        return label;
    }

    /** Whether lines of this kind may be hidden: every kind but the links that carry the traffic. */
    public boolean hideable() {
        return this != PCIE_LINK && this != INTER_SOCKET_LINK;
    }

    /** The kind of {@code line}. */
    public static LineKind of(Connection line) {
        if (line.element() != null) {
            return switch (line.element()) {
                case PcieLink link -> PCIE_LINK;
                case InterSocketLink link -> INTER_SOCKET_LINK;
                case DeviceAttachment attachment -> ATTACHMENT;
                case MsiRoute route -> MSI_ROUTE;
                default -> throw new IllegalArgumentException("not a line: " + line.element().eClass().getName());
            };
        }
        PlatsimPackage p = PlatsimPackage.eINSTANCE;
        if (line.reference() == p.getVirtualCpu_PinnedTo()) {
            return PINNING;
        } else if (line.reference() == p.getIommu_CoveredRootComplexes()) {
            return COVERAGE;
        } else if (line.reference() == p.getDevice_PhysicalFunction()) {
            return FUNCTION;
        }
        return TARGET;
    }
}
