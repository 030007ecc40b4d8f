/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.labels;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The words an architect reads for the metamodel's fields and enum values, in the Properties view, the diagram and
 * validation messages alike: "Hit latency (ns)" for {@code hitLatencyNs}, "Non-inclusive" for
 * {@code NON_INCLUSIVE}, "Gen 4" for {@code GEN4}, and each field's category ("Geometry", "Timing", ...).
 */
public final class FieldLabels {

    /** Words written in capitals (or as given) wherever they appear in a name. */
    private static final Map<String, String> WORDS = Map.ofEntries(
        Map.entry("dma", "DMA"), Map.entry("io", "I/O"), Map.entry("iotlb", "IOTLB"), Map.entry("iova", "IOVA"),
        Map.entry("pasid", "PASID"), Map.entry("ats", "ATS"), Map.entry("pri", "PRI"), Map.entry("apic", "APIC"),
        Map.entry("numa", "NUMA"), Map.entry("ecrc", "ECRC"), Map.entry("pte", "PTE"), Map.entry("ipis", "IPIs"),
        Map.entry("rx", "RX"), Map.entry("cr4", "CR4"), Map.entry("mce", "MCE"), Map.entry("tlb", "TLB"),
        Map.entry("id", "ID"), Map.entry("msi", "MSI"), Map.entry("mesi", "MESI"), Map.entry("mesif", "MESIF"),
        Map.entry("moesi", "MOESI"), Map.entry("lru", "LRU"), Map.entry("plru", "PLRU"), Map.entry("rrip", "RRIP"),
        Map.entry("ept", "EPT"), Map.entry("msr", "MSR"), Map.entry("hlt", "HLT"), Map.entry("cpuid", "CPUID"),
        Map.entry("vmcall", "VMCALL"), Map.entry("vm", "VM"), Map.entry("iommu", "IOMMU"), Map.entry("me", "ME"),
        Map.entry("x2apic", "x2APIC"), Map.entry("xapic", "xAPIC"), Map.entry("llc", "LLC"), Map.entry("l1", "L1"),
        Map.entry("l2", "L2"));

    /** Units a field name ends with, and how a label writes them. */
    private static final List<Map.Entry<String, String>> UNITS = List.of(
        Map.entry("PerUs", " per µs"), Map.entry("PerSecond", " per second"), Map.entry("GTps", " (GT/s)"),
        Map.entry("GBps", " (GB/s)"), Map.entry("Gbps", " (Gb/s)"), Map.entry("MHz", " (MHz)"),
        Map.entry("MiB", " (MiB)"), Map.entry("Bytes", " (bytes)"), Map.entry("Ns", " (ns)"),
        Map.entry("Us", " (µs)"), Map.entry("Hz", " (Hz)"), Map.entry("4K", " (4 KiB pages)"),
        Map.entry("2M", " (2 MiB pages)"), Map.entry("1G", " (1 GiB pages)"));

    /** Enum values whose words no rule gives. */
    private static final Map<String, String> LITERALS = Map.of(
        "MSI_X", "MSI-X", "SIZE_4K", "4 KiB", "SIZE_2M", "2 MiB", "SIZE_1G", "1 GiB", "EPT_MISCONFIG",
        "EPT misconfiguration", "READ_WRITE", "Read and write", "GLOBAL_LOCK_TREE", "Global lock (tree)",
        "PER_CPU_MAGAZINES", "Per-CPU magazines", "NON_INCLUSIVE", "Non-inclusive");

    private static final Set<String> COHERENCE = Set.of("protocol", "inclusion", "snoopMode",
        "dmaCoherent", "coherentDma", "noSnoop", "flushBeforeRead", "invalidateAfterWrite", "dmaAllocatableWays",
        "uncached");

    private FieldLabels() {
    }

    /** A field's label: {@code hitLatencyNs} is "Hit latency (ns)", {@code iotlbEntries4K} "IOTLB entries (4 KiB
     * pages)". */
    public static String field(EStructuralFeature feature) {
        String name = feature.getName();
        String unit = "";
        for (Map.Entry<String, String> suffix : UNITS) {
            if (name.endsWith(suffix.getKey()) && name.length() > suffix.getKey().length()) {
                name = name.substring(0, name.length() - suffix.getKey().length());
                unit = suffix.getValue();
                break;
            }
        }
        return sentence(name.split("(?<=[a-z0-9])(?=[A-Z])")) + unit;
    }

    /**
     * How a field's value reads: an enum value as words, a size in bytes in binary units ("48 KiB"), anything else
     * as {@code otherwise} gives it.
     */
    public static String value(EStructuralFeature feature, Object value, Function<Object, String> otherwise) {
        if (value instanceof Enumerator enumerator) {
            return literal(enumerator);
        }
        if (feature != null && feature.getName().endsWith("Bytes") && value instanceof Number number) {
            return bytes(number.longValue());
        }
        return otherwise.apply(value);
    }

    /** {@code 40370176} as {@code 38.5 MiB}: binary units, named as such. */
    public static String bytes(long bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = 0;
        while (Math.abs(value) >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return number(value) + " " + units[unit];
    }

    /** A figure without trailing zeros: 2, 2.5, 38.5, 0.25. */
    public static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String text = String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%.1f" : "%.2f", value);
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }

    /** An enum value's label: "Non-inclusive", "Gen 4", "MSI-X", "I/O instruction", "Home snoop". */
    public static String literal(Enumerator value) {
        String name = value.getName();
        if (LITERALS.containsKey(name)) {
            return LITERALS.get(name);
        }
        if (name.matches("GEN\\d")) {
            return "Gen " + name.substring(3);
        }
        return sentence(name.toLowerCase(Locale.ROOT).split("_"));
    }

    /**
     * The category the Properties view files a field under: Identity, Geometry, Timing, Coherence, PCIe, IOMMU,
     * Interrupts, Virtualization or Traffic.
     */
    public static String category(EStructuralFeature feature) {
        String n = feature.getName();
        if (List.of("name", "description", "socketId", "coreId", "index", "portNumber", "enabled", "defaultsRevision",
                "seed").contains(n)) {
            return "Identity";
        } else if (COHERENCE.contains(n) || n.startsWith("ioDirectory") || n.startsWith("hitMe")) {
            return "Coherence";
        } else if (n.startsWith("iotlb") || n.startsWith("iova") || n.startsWith("invalidation")
                || n.startsWith("deferred") || n.startsWith("magazine") || n.startsWith("pageWalk")
                || n.startsWith("pte") || n.startsWith("ats") || n.startsWith("pri") || n.startsWith("pasid")
                || n.startsWith("walkCache") || n.startsWith("mapp") || n.equals("mapPerIo") || n.equals("depotSize")
                || n.equals("scalableMode") || n.equals("readOnlyMapping") || n.equals("unmapKeepsWalkCaches")
                || n.equals("deviceTlbEntries") || n.equals("interruptRemapping") || n.startsWith("pageTable")
                || n.startsWith("pageFault") || n.equals("nonPresentPageFraction") || n.equals("lookupLatencyNs")) {
            return "IOMMU";
        } else if (n.contains("Credits") || n.contains("eneration") || n.contains("anes")
                || n.startsWith("maxPayload")
                || n.startsWith("maxReadRequest") || n.startsWith("readCompletion") || n.equals("ecrc")
                || n.equals("relaxedOrdering") || n.equals("portCount")
                || n.equals("virtualFunctions") || n.equals("dmaAddressMaskBits") || n.equals("forwardingLatencyNs")
                || n.equals("prefetchable") || n.equals("memoryType")) {
            return "PCIe";
        } else if (n.startsWith("interrupt") || n.equals("vector") || n.equals("postedInterrupts")
                || n.equals("apicVirtualization") || n.equals("ipisPerSecond") || n.equals("timerHz")
                || n.equals("deliveryLatencyNs") || n.equals("handlerEntryNs")) {
            return "Interrupts";
        } else if (n.equals("reason") || n.equals("costNs") || n.equals("vhost") || n.equals("hypercallsPerSecond")
                || n.equals("notificationSuppression") || n.equals("hostKeepsCr4Mce") || n.equals("memoryMiB")) {
            return "Virtualization";
        } else if (n.endsWith("Ns") || n.endsWith("Us") || n.endsWith("MHz") || n.contains("Latency")) {
            return "Timing";
        } else if (n.endsWith("Bytes") || n.endsWith("MiB") || n.contains("Entries") || n.equals("ways")
                || n.equals("replacement") || n.equals("channels") || n.equals("engines") || n.endsWith("Depth")
                || n.equals("depth") || n.equals("level") || n.endsWith("Address") || n.equals("queuePairs")
                || n.equals("ioQueues") || n.endsWith("Size")) {
            return "Geometry";
        }
        return "Traffic";
    }

    /** Words as a label: the first capitalised, acronyms as they are written, the rest lower case. */
    private static String sentence(String[] words) {
        StringBuilder text = new StringBuilder();
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            String shown = WORDS.getOrDefault(lower, lower);
            if (text.isEmpty() && shown.equals(lower)) {
                shown = Character.toUpperCase(shown.charAt(0)) + shown.substring(1);
            }
            text.append(text.isEmpty() ? "" : " ").append(shown);
        }
        return text.toString();
    }
}
