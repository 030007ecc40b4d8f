/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.eclipse.emf.ecore.xmi.XMLResource;

import io.platsim.model.labels.Labels;

/** Reports the attributes and elements a file had that this release does not know (they are kept on save). */
final class UnknownContent {

    private UnknownContent() {
    }

    static List<LoadProblem> describe(Resource resource, String file) {
        List<LoadProblem> warnings = new ArrayList<>();
        if (!(resource instanceof XMLResource xml)) {
            return warnings;
        }
        for (Map.Entry<EObject, AnyType> entry : xml.getEObjectToExtensionMap().entrySet()) {
            List<String> names = new ArrayList<>();
            collect(entry.getValue().getAnyAttribute(), names);
            collect(entry.getValue().getMixed(), names);
            collect(entry.getValue().getAny(), names);
            if (!names.isEmpty()) {
                warnings.add(new LoadProblem(file, 0, 0, Labels.describe(entry.getKey()) + " has "
                        + String.join(", ", names) + ", unknown to this release; kept and written back on save"));
            }
        }
        return warnings;
    }

    private static void collect(FeatureMap features, List<String> names) {
        for (FeatureMap.Entry feature : features) {
            String name = "'" + feature.getEStructuralFeature().getName() + "'";
            if (!names.contains(name) && !name.startsWith("':")) {
                names.add(name);
            }
        }
    }
}
