/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.junit.jupiter.api.Test;

import io.platsim.model.CacheProtocol;
import io.platsim.model.ExitReason;
import io.platsim.model.InclusionPolicy;
import io.platsim.model.InterruptMode;
import io.platsim.model.PcieGeneration;
import io.platsim.model.PlatsimPackage;

/** Fields and enum values in an architect's words, as the Properties view and the messages show them. */
class FieldLabelsTest {

    private static final PlatsimPackage P = PlatsimPackage.eINSTANCE;

    @Test
    void fieldsReadAsWordsWithTheirUnit() {
        assertEquals("Hit latency (ns)", FieldLabels.field(P.getCache_HitLatencyNs()));
        assertEquals("Size (bytes)", FieldLabels.field(P.getCache_SizeBytes()));
        assertEquals("IOTLB entries (4 KiB pages)", FieldLabels.field(P.getIommu_IotlbEntries4K()));
        assertEquals("Frequency (MHz)", FieldLabels.field(P.getCore_FrequencyMHz()));
        assertEquals("Accesses per µs", FieldLabels.field(P.getCpuAccessStream_AccessesPerUs()));
        assertEquals("I/O directory cache", FieldLabels.field(P.getHomeAgent_IoDirectoryCache()));
        assertEquals("DMA address mask bits", FieldLabels.field(P.getDevice_DmaAddressMaskBits()));
    }

    @Test
    void enumValuesReadAsWords() {
        assertEquals("Non-inclusive", FieldLabels.literal(InclusionPolicy.NON_INCLUSIVE));
        assertEquals("Gen 4", FieldLabels.literal(PcieGeneration.GEN4));
        assertEquals("MSI-X", FieldLabels.literal(InterruptMode.MSI_X));
        assertEquals("I/O instruction", FieldLabels.literal(ExitReason.IO_INSTRUCTION));
        assertEquals("MSR access", FieldLabels.literal(ExitReason.MSR_ACCESS));
        assertEquals("MESIF", FieldLabels.literal(CacheProtocol.MESIF));
    }

    @Test
    void everyFieldAndValueHasADistinctLabelAndEveryFieldACategory() {
        Set<String> categories = Set.of("Identity", "Geometry", "Timing", "Coherence", "PCIe", "IOMMU", "Interrupts",
            "Virtualization", "Traffic");
        for (EClassifier classifier : P.getEClassifiers()) {
            if (classifier instanceof EClass eClass) {
                Map<String, String> seen = new HashMap<>();
                for (EAttribute attribute : eClass.getEAllAttributes()) {
                    String label = FieldLabels.field(attribute);
                    assertFalse(label.isBlank() || Character.isLowerCase(label.charAt(0)), label);
                    String before = seen.put(label, attribute.getName());
                    assertEquals(null, before, () -> eClass.getName() + ": " + attribute.getName() + " and " + before
                        + " both read '" + label + "'");
                    assertTrue(categories.contains(FieldLabels.category(attribute)), attribute.getName());
                }
            } else if (classifier instanceof EEnum eEnum) {
                List<String> labels = eEnum.getELiterals().stream()
                    .map(l -> FieldLabels.literal(((EEnumLiteral) l).getInstance())).toList();
                assertEquals(labels.size(), Set.copyOf(labels).size(), eEnum.getName() + ": " + labels);
            }
        }
        assertEquals("Geometry", FieldLabels.category(P.getCache_Ways()));
        assertEquals("Geometry", FieldLabels.category(P.getCache_Replacement()));
        assertEquals("Timing", FieldLabels.category(P.getCache_HitLatencyNs()));
        assertEquals("Coherence", FieldLabels.category(P.getCache_Protocol()));
        assertEquals("PCIe", FieldLabels.category(P.getPcieLink_Lanes()));
        assertEquals("IOMMU", FieldLabels.category(P.getIommu_InvalidationMode()));
    }

    @Test
    void sizesReadInBinaryUnits() {
        assertEquals("48 KiB", FieldLabels.value(P.getCache_SizeBytes(), 49_152L, String::valueOf));
        assertEquals("1.25 MiB", FieldLabels.value(P.getCache_SizeBytes(), 1_310_720L, String::valueOf));
        assertEquals("64 B", FieldLabels.value(P.getCache_LineSizeBytes(), 64, String::valueOf));
        assertEquals("12", FieldLabels.value(P.getCache_Ways(), 12, String::valueOf));
    }
}
