/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.validation;

import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;

import io.platsim.model.Platform;
import io.platsim.model.PlatsimPackage;

/**
 * Plugs the PlatSim rules into EMF's {@link org.eclipse.emf.ecore.util.Diagnostician}, so the editors'
 * Validate action and EMF's problem markers see them. The rules run once, on the platform; each diagnostic
 * carries the offending element and field as its data.
 */
public final class PlatsimValidator implements EValidator {

    /** Source of PlatSim diagnostics. */
    public static final String DIAGNOSTIC_SOURCE = "io.platsim.model";

    static final PlatsimValidator INSTANCE = new PlatsimValidator();

    private PlatsimValidator() {
    }

    /** Registers the validator for the PlatSim package (idempotent). */
    public static synchronized void register() {
        EValidator.Registry.INSTANCE.put(PlatsimPackage.eINSTANCE, INSTANCE);
    }

    @Override
    public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(eObject.eClass(), eObject, diagnostics, context);
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        if (!(eObject instanceof Platform platform)) {
            return true;
        }
        boolean valid = true;
        for (ValidationProblem problem : ModelValidator.validate(platform)) {
            boolean error = problem.severity() == ValidationProblem.Severity.ERROR;
            valid &= !error;
            if (diagnostics != null) {
                diagnostics.add(new BasicDiagnostic(error ? Diagnostic.ERROR : Diagnostic.WARNING, DIAGNOSTIC_SOURCE,
                        0, problem.text(), new Object[] {problem.element(), problem.feature(), problem.ruleId()}));
            }
        }
        return valid;
    }

    @Override
    public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return true;
    }
}
