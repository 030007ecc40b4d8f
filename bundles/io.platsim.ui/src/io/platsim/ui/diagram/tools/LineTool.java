/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram.tools;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import io.platsim.diagram.Kind;
import io.platsim.model.Core;
import io.platsim.model.Device;
import io.platsim.model.Iommu;
import io.platsim.model.PcieDownstreamEnd;
import io.platsim.model.PcieUpstreamEnd;
import io.platsim.model.PlatsimPackage;
import io.platsim.model.RootComplex;
import io.platsim.model.Socket;
import io.platsim.model.VirtualCpu;
import io.platsim.model.VirtualMachine;

/** The palette's line tools: what each joins, and (for references) which reference it sets. */
public enum LineTool {
    PCIE_LINK("PCIe link", Kind.PCIE_LINK, "A PCIe link from a root port or switch down to a switch or device"),
    INTER_SOCKET_LINK("Inter-socket link", Kind.INTER_SOCKET_LINK, "A coherent link between two sockets (UPI)"),
    MSI_ROUTE("MSI route", Kind.MSI_ROUTE, "Where a device's MSIs go: from the device to a core or vCPU"),
    IOMMU_COVERAGE("IOMMU coverage", Kind.IOMMU, "An IOMMU translating for a root complex",
        PlatsimPackage.Literals.IOMMU__COVERED_ROOT_COMPLEXES),
    DEVICE_ATTACHMENT("Device attachment", Kind.DEVICE_ATTACHMENT,
        "A VM's device: emulated, virtio or passthrough; from the VM to the device"),
    VCPU_PINNING("vCPU pinning", Kind.VIRTUAL_CPU, "A vCPU pinned to a core",
        PlatsimPackage.Literals.VIRTUAL_CPU__PINNED_TO),
    VIRTUAL_FUNCTION("VF of", Kind.NIC, "A virtual function and its physical function",
        PlatsimPackage.Literals.DEVICE__PHYSICAL_FUNCTION),
    WORKLOAD_TARGET("Workload target", Kind.DMA_STREAM,
        "What a workload drives: a DMA stream's device, a CPU stream's core, a submission's work queue, a flow's VM "
            + "or host device",
        PlatsimPackage.Literals.DMA_STREAM__DEVICE, PlatsimPackage.Literals.CPU_ACCESS_STREAM__CORE,
        PlatsimPackage.Literals.WORK_SUBMISSION__WORK_QUEUE, PlatsimPackage.Literals.REQUEST_RESPONSE_FLOW__VM,
        PlatsimPackage.Literals.REQUEST_RESPONSE_FLOW__DEVICE, PlatsimPackage.Literals.FAULT_INJECTION__CORE);

    private final String label;
    private final Kind kind;
    private final String description;
    private final List<EReference> references;

    LineTool(String label, Kind kind, String description, EReference... references) {
        this.label = label;
        this.kind = kind;
        this.description = description;
        this.references = List.of(references);
    }

    String label() {
        return label;
    }

    Kind kind() {
        return kind;
    }

    String description() {
        return description;
    }

    /** The reference this tool sets from {@code source} to {@code target}, or null when it sets none. */
    public EReference reference(EObject source, EObject target) {
        for (EReference reference : references) {
            if (reference.getEContainingClass().isInstance(source)
                && (target == null || reference.getEReferenceType().isInstance(target))) {
                return reference;
            }
        }
        return null;
    }

    public boolean canStartAt(EObject source) {
        return switch (this) {
            case PCIE_LINK -> source instanceof PcieUpstreamEnd;
            case INTER_SOCKET_LINK -> source instanceof Socket;
            case MSI_ROUTE -> source instanceof Device;
            case DEVICE_ATTACHMENT -> source instanceof VirtualMachine;
            default -> reference(source, null) != null;
        };
    }

    public boolean canEndAt(EObject source, EObject target) {
        return source != target && switch (this) {
            case PCIE_LINK -> target instanceof PcieDownstreamEnd;
            case INTER_SOCKET_LINK -> target instanceof Socket;
            case MSI_ROUTE -> target instanceof Core || target instanceof VirtualCpu;
            case DEVICE_ATTACHMENT -> target instanceof Device;
            case IOMMU_COVERAGE -> source instanceof Iommu && target instanceof RootComplex;
            default -> reference(source, target) != null;
        };
    }
}
