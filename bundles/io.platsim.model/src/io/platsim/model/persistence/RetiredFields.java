/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.persistence;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.eclipse.emf.ecore.xmi.XMLResource;

import io.platsim.model.labels.Labels;

/**
 * Fields earlier releases wrote that never changed a run, and are gone: a file that still has one loads, the value
 * is dropped with a note saying why, and the next save leaves it out (an unknown field, by contrast, is kept).
 */
final class RetiredFields {

    /** Per class of element, its retired fields and why each went. */
    private static final Map<String, Map<String, String>> RETIRED = Map.of(
        "Cache", Map.of("slices", "the LLC spreads lines over its sets by a hash of their address, whatever its "
            + "slice count, and nothing else read it"),
        "HomeAgent", Map.of("hitMeEntries", "it duplicated the HitME cache's size, which is 'hitMeCacheEntries'"),
        "InterSocketLink", Map.of("transferRateGTps", "it duplicated the link's speed, which is 'bandwidthGBps'"));

    private RetiredFields() {
    }

    /** Drops the retired fields of {@code resource}'s elements; returns a note for each element that had any. */
    static List<LoadProblem> drop(Resource resource, String file) {
        List<LoadProblem> notes = new ArrayList<>();
        if (!(resource instanceof XMLResource xml)) {
            return notes;
        }
        for (Map.Entry<EObject, AnyType> entry : xml.getEObjectToExtensionMap().entrySet()) {
            Map<String, String> retired = retiredOf(entry.getKey().eClass());
            if (retired.isEmpty()) {
                continue;
            }
            for (Iterator<FeatureMap.Entry> it = entry.getValue().getAnyAttribute().iterator(); it.hasNext();) {
                String name = it.next().getEStructuralFeature().getName();
                String why = retired.get(name);
                if (why != null) {
                    it.remove();
                    notes.add(new LoadProblem(file, 0, 0, Labels.describe(entry.getKey()) + ": '" + name
                        + "' is no longer a field, as it never changed a run (" + why + "); its value is dropped "
                        + "and the next save leaves it out"));
                }
            }
        }
        return notes;
    }

    private static Map<String, String> retiredOf(EClass type) {
        Map<String, String> own = RETIRED.get(type.getName());
        if (own != null) {
            return own;
        }
        for (EClass supertype : type.getEAllSuperTypes()) {
            Map<String, String> inherited = RETIRED.get(supertype.getName());
            if (inherited != null) {
                return inherited;
            }
        }
        return Map.of();
    }
}
