/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.labels;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** How messages name model elements: their kind in an architect's words, and their name. */
public final class Labels {

    private Labels() {
    }

    /** For example {@code PCIe link 'nic0-link'}, or {@code PCIe link #2 in platform 'lab'} when unnamed. */
    public static String describe(EObject element) {
        if (element == null) {
            return "an element";
        }
        String kind = kind(element.eClass());
        EStructuralFeature nameFeature = element.eClass().getEStructuralFeature("name");
        Object name = nameFeature == null ? null : element.eGet(nameFeature);
        if (name instanceof String text && !text.isBlank()) {
            return kind + " '" + text + "'";
        }
        EObject container = element.eContainer();
        if (container == null) {
            return "the " + kind;
        }
        Object siblings = container.eGet(element.eContainmentFeature());
        String position = siblings instanceof java.util.List<?> list ? " #" + (list.indexOf(element) + 1) : "";
        return kind + position + " in " + describe(container);
    }

    /** An element kind in words: {@code PcieLink} becomes {@code PCIe link}, {@code VirtualCpu} {@code vCPU}. */
    public static String kind(EClass eClass) {
        return switch (eClass.getName()) {
            case "PcieLink" -> "PCIe link";
            case "PcieSwitch" -> "PCIe switch";
            case "Nic" -> "NIC";
            case "NvmeDrive" -> "NVMe drive";
            case "Iommu" -> "IOMMU";
            case "Bar" -> "BAR";
            case "VirtualCpu" -> "vCPU";
            case "VirtualMachine" -> "VM";
            case "MsiRoute" -> "MSI route";
            case "NumaRange" -> "NUMA range";
            case "Cache" -> "cache";
            case "AgentBoardDmaEngine" -> "agent-board DMA engine";
            case "DmaStream" -> "DMA stream";
            case "CpuAccessStream" -> "CPU access stream";
            default -> words(eClass.getName());
        };
    }

    private static String words(String camel) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (i > 0 && Character.isUpperCase(c)) {
                text.append(' ');
            }
            text.append(i == 0 ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
        return text.toString();
    }
}
