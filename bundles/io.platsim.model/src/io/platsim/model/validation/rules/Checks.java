/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.validation.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.platsim.model.Platform;
import io.platsim.model.labels.Labels;
import io.platsim.model.validation.Problems;

/** Small helpers the rules share. */
final class Checks {

    private Checks() {
    }

    static boolean powerOfTwo(long value) {
        return value > 0 && (value & (value - 1)) == 0;
    }

    /** True when {@code element} is set, resolved and part of {@code platform}. */
    static boolean inPlatform(Platform platform, EObject element) {
        return element != null && !element.eIsProxy() && EcoreUtil.isAncestor(platform, element);
    }

    static String name(EObject element) {
        return Labels.describe(element);
    }

    /** Reports every element after the first whose key repeats an earlier one's. */
    static <T extends EObject, K> void unique(List<T> elements, Function<T, K> key, EStructuralFeature feature,
            Problems problems, String what) {
        Map<K, T> seen = new HashMap<>();
        for (T element : elements) {
            K value = key.apply(element);
            if (value == null) {
                continue;
            }
            T first = seen.putIfAbsent(value, element);
            if (first != null) {
                problems.report(element, feature, what + " " + value + " is already used by " + name(first));
            }
        }
    }
}
