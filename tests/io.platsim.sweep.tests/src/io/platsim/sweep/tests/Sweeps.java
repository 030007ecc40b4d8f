/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.platsim.model.Platform;
import io.platsim.model.persistence.LoadResult;
import io.platsim.model.persistence.ModelFiles;
import io.platsim.model.sweep.Factor;
import io.platsim.model.sweep.FactorScale;
import io.platsim.model.sweep.Sweep;
import io.platsim.model.sweep.SweepFactory;
import io.platsim.sweep.SweepFile;
import io.platsim.templates.Templates;

/** Sweeps over the one-socket template, saved beside it in a folder of the test's. */
final class Sweeps {

    private Sweeps() {
    }

    /** The one-socket template saved as {@code lab.platsim} in {@code folder}, loaded back from there. */
    static Platform lab(Path folder) throws IOException {
        Path model = folder.resolve("lab.platsim");
        ModelFiles.save(Templates.small("lab"), model);
        LoadResult loaded = ModelFiles.load(model);
        return loaded.platform();
    }

    /** A listed factor on {@code element}'s {@code attribute}. */
    static Factor listed(EObject element, String attribute, String... values) {
        Factor factor = SweepFactory.eINSTANCE.createFactor();
        factor.setElement(element);
        factor.setAttribute(attribute);
        factor.setScale(FactorScale.LIST);
        factor.getValues().addAll(List.of(values));
        return factor;
    }

    /** A sweep of {@code base} with {@code factors}, collecting {@code responses}, saved to {@code file}. */
    static Path save(Platform base, Path file, int replications, double durationUs, List<Factor> factors,
            String... responses) throws IOException {
        Sweep sweep = SweepFactory.eINSTANCE.createSweep();
        sweep.setBase(base);
        sweep.setReplications(replications);
        sweep.setDurationUs(durationUs);
        sweep.getFactors().addAll(factors);
        sweep.getResponses().addAll(List.of(responses));
        SweepFile.save(sweep, file);
        return file;
    }
}
