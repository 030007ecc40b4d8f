/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.platsim.diagram.Ids;
import io.platsim.model.persistence.LoadResult;
import io.platsim.model.persistence.ModelFiles;
import io.platsim.model.sweep.Factors;
import io.platsim.model.sweep.Sweep;
import io.platsim.sweep.SweepFile;
import io.platsim.sweep.design.FactorValues;

/**
 * "Sweep a Field…": adds a factor on a field of a model's element to a sweep, a new one beside the model or one that
 * exists. The factor refers to the element in the saved model file, by its id.
 */
public final class SweepField {

    private SweepField() {
    }

    /**
     * Adds a factor giving {@code element}'s {@code field} each of {@code values} to {@code sweep} (null: a new sweep
     * named after the model and the field, beside the model), saves it and returns its file.
     *
     * @throws IllegalArgumentException a value the field cannot take, or an element the saved model does not have
     */
    public static IFile add(IFile model, EObject element, EStructuralFeature field, List<String> values, IFile sweep)
            throws IOException, CoreException {
        for (String value : values) {
            String refusal = FactorValues.refusal(element, field, value);
            if (refusal != null) {
                throw new IllegalArgumentException(field.getName() + ": " + refusal);
            }
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException(field.getName() + ": no value to sweep over");
        }
        String id = Ids.of(element);
        IFile target = sweep;
        Sweep changed;
        Path targetPath;
        if (sweep == null) {
            LoadResult base = ModelFiles.load(model.getLocation().toFile().toPath());
            EObject there = base.ok() ? base.resource().getEObject(id) : null;
            if (there == null) {
                throw new IllegalArgumentException("the saved " + model.getName() + " has no such element yet; "
                    + "save the model first");
            }
            String stem = model.getName().replaceFirst("\\.platsim$", "") + "-" + field.getName();
            target = model.getParent().getFile(new org.eclipse.core.runtime.Path(stem + ".sweep"));
            for (int n = 2; target.exists(); n++) {
                target = model.getParent().getFile(new org.eclipse.core.runtime.Path(stem + "-" + n + ".sweep"));
            }
            changed = Factors.sweep(base.platform(), 5, 0, List.of(Factors.listed(there, field.getName(),
                values.toArray(String[]::new))));
            changed.setName(target.getName().replaceFirst("\\.sweep$", ""));
        } else {
            SweepFile.Loaded loaded = SweepFile.load(sweep.getLocation().toFile().toPath());
            EObject there = loaded.sweep() == null || loaded.base() == null || !loaded.base().ok() ? null
                : loaded.base().resource().getEObject(id);
            if (there == null) {
                throw new IllegalArgumentException(sweep.getName() + " does not sweep the saved " + model.getName()
                    + " or that model has no such element yet");
            }
            changed = loaded.sweep();
            changed.getFactors().add(Factors.listed(there, field.getName(), values.toArray(String[]::new)));
        }
        targetPath = target.getLocation().toFile().toPath();
        SweepFile.save(changed, targetPath);
        target.refreshLocal(IResource.DEPTH_ZERO, null);
        return target;
    }
}
