/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.platsim.model.labels.FieldLabels;
import io.platsim.model.labels.Labels;
import io.platsim.model.persistence.LoadResult;
import io.platsim.model.persistence.ModelFiles;
import io.platsim.model.sweep.Factor;
import io.platsim.model.validation.ModelValidator;
import io.platsim.model.validation.ValidationProblem;
import io.platsim.sweep.design.FactorValues;
import io.platsim.sweep.design.Point;

/**
 * A point's model: the base model read afresh from its file, each factor's field set to the point's value, checked
 * by the model's validation and written where the point's runs read it. Elements keep their ids, so a point's model
 * differs from the base model's file only in the fields the sweep sets.
 */
public final class PointModel {

    private PointModel() {
    }

    /**
     * Writes the point's model to {@code target} and returns its validation errors (empty when it may run), each
     * naming the element and the field. The model is written even when it does not validate, so it can be opened.
     */
    public static List<String> write(Path baseFile, List<Factor> factors, Point point, Path target)
            throws IOException {
        LoadResult base = ModelFiles.load(baseFile);
        if (!base.ok()) {
            throw new IOException(baseFile + " no longer loads: " + base.errors().get(0).text());
        }
        for (int f = 0; f < factors.size(); f++) {
            Factor factor = factors.get(f);
            EObject element = base.resource().getEObject(EcoreUtil.getURI(factor.getElement()).fragment());
            FactorValues.apply(element, element.eClass().getEStructuralFeature(factor.getAttribute()),
                point.values().get(f));
        }
        List<String> errors = new ArrayList<>();
        for (ValidationProblem problem : ModelValidator.validate(base.platform())) {
            if (problem.severity() == ValidationProblem.Severity.ERROR) {
                errors.add(Labels.describe(problem.element())
                    + (problem.feature() == null ? "" : ": field '" + FieldLabels.field(problem.feature()) + "'")
                    + ": " + problem.message());
            }
        }
        ModelFiles.save(base.platform(), target);
        return errors;
    }
}
