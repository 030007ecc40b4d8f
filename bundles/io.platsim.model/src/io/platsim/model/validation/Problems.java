/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Collects the problems the rules report, each tagged with the rule that is running. */
public final class Problems {

    private final List<ValidationProblem> found = new ArrayList<>();
    private Rule current;

    void start(Rule rule) {
        current = rule;
    }

    /** Reports that {@code element}'s {@code feature} breaks the current rule. */
    public void report(EObject element, EStructuralFeature feature, String message) {
        found.add(new ValidationProblem(current.id(), current.severity(), element, feature, message));
    }

    List<ValidationProblem> list() {
        return found;
    }
}
