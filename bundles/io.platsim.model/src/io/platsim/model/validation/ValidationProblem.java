/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.platsim.model.labels.FieldLabels;
import io.platsim.model.labels.Labels;

/**
 * One broken rule, on one element and field.
 *
 * @param ruleId   stable id of the rule (see {@link ModelValidator#rules()})
 * @param severity error (the model cannot run) or warning
 * @param element  the offending element
 * @param feature  the offending field
 * @param message  what is wrong and what would be right
 */
public record ValidationProblem(String ruleId, Severity severity, EObject element, EStructuralFeature feature,
        String message) {

    /** How bad a problem is. */
    public enum Severity {
        ERROR, WARNING
    }

    /** For example {@code PCIe link 'nic-link', field 'Lanes': 3 lanes is not a PCIe link width ...}. */
    public String text() {
        return Labels.describe(element) + ", field '" + FieldLabels.field(feature) + "': " + message;
    }

    @Override
    public String toString() {
        return severity + " [" + ruleId + "] " + text();
    }
}
