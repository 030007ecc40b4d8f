/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.diagram;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;

import io.platsim.model.PlatsimPackage;

/**
 * How each kind of element looks and where the palette offers it: its group as an architect thinks of the
 * platform (compute, interconnect, devices, translation, interrupts, virtualization, workloads), its colours,
 * shape and pictogram. One entry per concrete class of the metamodel.
 */
public enum Kind {
    SOCKET(Group.COMPUTE, "Socket", 0xEAF1FA, 0x2F5E8C, Shape.ROUNDED, Glyph.CHIP),
    CORE(Group.COMPUTE, "Core", 0xCFE2F7, 0x2F5E8C, Shape.RECT, Glyph.CHIP),
    CACHE(Group.COMPUTE, "Cache", 0xD9EAD3, 0x38761D, Shape.RECT, Glyph.STACK),
    HOME_AGENT(Group.COMPUTE, "HomeAgent", 0xFFF2CC, 0xA67C00, Shape.RECT, Glyph.HOME),
    MEMORY_CONTROLLER(Group.COMPUTE, "MemoryController", 0xF4CCCC, 0x990000, Shape.RECT, Glyph.DIMM),
    NUMA_RANGE(Group.COMPUTE, "NumaRange", 0xFBE9E9, 0x990000, Shape.TAG, Glyph.RANGE),
    INTER_SOCKET_LINK(Group.INTERCONNECT, "InterSocketLink", 0x1F3F66, 0x1F3F66, Shape.LINE, Glyph.LINK),
    ROOT_COMPLEX(Group.INTERCONNECT, "RootComplex", 0xEEE9FA, 0x5B3F99, Shape.ROUNDED, Glyph.TREE),
    ROOT_PORT(Group.INTERCONNECT, "RootPort", 0xD9D0F3, 0x5B3F99, Shape.RECT, Glyph.PORT),
    PCIE_SWITCH(Group.INTERCONNECT, "PcieSwitch", 0xD9D0F3, 0x5B3F99, Shape.HEXAGON, Glyph.TREE),
    PCIE_LINK(Group.INTERCONNECT, "PcieLink", 0x5B3F99, 0x5B3F99, Shape.LINE, Glyph.LINK),
    NIC(Group.DEVICES, "Nic", 0xFCE5CD, 0xB45F06, Shape.RECT, Glyph.NIC),
    NVME_DRIVE(Group.DEVICES, "NvmeDrive", 0xFCE5CD, 0xB45F06, Shape.CYLINDER, Glyph.DISK),
    ACCELERATOR(Group.DEVICES, "Accelerator", 0xFDEBD9, 0xB45F06, Shape.ROUNDED, Glyph.BOLT),
    WORK_QUEUE(Group.DEVICES, "WorkQueue", 0xFFF8EC, 0xB45F06, Shape.RECT, Glyph.QUEUE),
    BAR(Group.DEVICES, "Bar", 0xFFF8EC, 0xB45F06, Shape.RECT, Glyph.RANGE),
    AGENT_BOARD(Group.DEVICES, "AgentBoardDmaEngine", 0xFCE5CD, 0xB45F06, Shape.RECT, Glyph.CARD),
    SHARED_MEMORY_DEVICE(Group.DEVICES, "SharedMemoryDevice", 0xFCE5CD, 0xB45F06, Shape.RECT, Glyph.DIMM),
    IOMMU(Group.TRANSLATION, "Iommu", 0xD0E4E8, 0x134F5C, Shape.OCTAGON, Glyph.SHIELD),
    INTERRUPT_CONTROLLER(Group.INTERRUPTS, "InterruptController", 0xFCE4F1, 0xA61C70, Shape.RECT, Glyph.BELL),
    MSI_ROUTE(Group.INTERRUPTS, "MsiRoute", 0xA61C70, 0xA61C70, Shape.LINE, Glyph.LINK),
    VIRTUAL_MACHINE(Group.VIRTUALIZATION, "VirtualMachine", 0xF5F5F5, 0x4D4D4D, Shape.ROUNDED, Glyph.WINDOW),
    VIRTUAL_CPU(Group.VIRTUALIZATION, "VirtualCpu", 0xE6E6E6, 0x4D4D4D, Shape.RECT, Glyph.CHIP),
    DEVICE_ATTACHMENT(Group.VIRTUALIZATION, "DeviceAttachment", 0x4D4D4D, 0x4D4D4D, Shape.LINE, Glyph.LINK),
    EXIT_COST(Group.VIRTUALIZATION, "ExitCost", 0xFFFFFF, 0x4D4D4D, Shape.TAG, Glyph.EXIT),
    PROCESS(Group.WORKLOADS, "Process", 0xEFEFEF, 0x4D4D4D, Shape.ROUNDED, Glyph.GEAR),
    DMA_STREAM(Group.WORKLOADS, "DmaStream", 0xFFFBE0, 0x7F6000, Shape.TAG, Glyph.FLOW),
    CPU_ACCESS_STREAM(Group.WORKLOADS, "CpuAccessStream", 0xFFFBE0, 0x7F6000, Shape.TAG, Glyph.FLOW),
    REQUEST_RESPONSE_FLOW(Group.WORKLOADS, "RequestResponseFlow", 0xFFFBE0, 0x7F6000, Shape.TAG, Glyph.FLOW),
    WORK_SUBMISSION(Group.WORKLOADS, "WorkSubmission", 0xFFFBE0, 0x7F6000, Shape.TAG, Glyph.FLOW),
    MEMORY_REGISTRATION(Group.WORKLOADS, "MemoryRegistration", 0xFFFBE0, 0x7F6000, Shape.TAG, Glyph.RANGE),
    FAULT_INJECTION(Group.WORKLOADS, "FaultInjection", 0xFDE0DC, 0xB71C1C, Shape.TAG, Glyph.BOLT),
    RUN_SETTINGS(Group.WORKLOADS, "RunSettings", 0xFFFFFF, 0x4D4D4D, Shape.RECT, Glyph.CLOCK);

    /** Palette drawers, in the order they are shown. */
    public enum Group {
        COMPUTE("Compute"), INTERCONNECT("Interconnect"), DEVICES("Devices"), TRANSLATION("Translation"),
        INTERRUPTS("Interrupts"), VIRTUALIZATION("Virtualization"), WORKLOADS("Workloads");

        private final String label;

        Group(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Outline of a box; {@code LINE} marks kinds drawn as connections. */
    public enum Shape { RECT, ROUNDED, HEXAGON, OCTAGON, CYLINDER, TAG, LINE }

    /** The pictogram in a box's corner. */
    public enum Glyph { CHIP, STACK, HOME, DIMM, RANGE, LINK, TREE, PORT, NIC, DISK, BOLT, QUEUE, CARD, SHIELD, BELL,
        WINDOW, EXIT, GEAR, FLOW, CLOCK }

    private final Group group;
    private final String className;
    private final int fill;
    private final int border;
    private final Shape shape;
    private final Glyph glyph;

    Kind(Group group, String className, int fill, int border, Shape shape, Glyph glyph) {
        this.group = group;
        this.className = className;
        this.fill = fill;
        this.border = border;
        this.shape = shape;
        this.glyph = glyph;
    }

    public Group group() {
        return group;
    }

    public EClass eClass() {
        return (EClass) PlatsimPackage.eINSTANCE.getEClassifier(className);
    }

    /** Fill colour as 0xRRGGBB. */
    public int fill() {
        return fill;
    }

    /** Border, pictogram and line colour as 0xRRGGBB. */
    public int border() {
        return border;
    }

    public Shape shape() {
        return shape;
    }

    public Glyph glyph() {
        return glyph;
    }

    public boolean isLine() {
        return shape == Shape.LINE;
    }

    /** The kind of an element of class {@code eClass}. */
    public static Kind of(EClass eClass) {
        for (Kind kind : values()) {
            if (kind.className.equals(eClass.getName())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("No diagram kind for " + eClass.getName());
    }

    /** The kinds of one palette drawer, in palette order. */
    public static List<Kind> inGroup(Group group) {
        List<Kind> kinds = new ArrayList<>();
        for (Kind kind : values()) {
            if (kind.group == group) {
                kinds.add(kind);
            }
        }
        return kinds;
    }
}
