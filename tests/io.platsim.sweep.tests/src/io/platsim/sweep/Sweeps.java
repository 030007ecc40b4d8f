/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.platsim.model.Platform;
import io.platsim.model.persistence.LoadResult;
import io.platsim.model.persistence.ModelFiles;
import io.platsim.model.sweep.Factor;
import io.platsim.model.sweep.Factors;
import io.platsim.templates.Templates;

/** Sweeps over the one-socket template, saved beside it in a folder of the test's. */
public final class Sweeps {

    private Sweeps() {
    }

    /** The one-socket template saved as {@code lab.platsim} in {@code folder}, loaded back from there. */
    public static Platform lab(Path folder) throws IOException {
        Path model = folder.resolve("lab.platsim");
        ModelFiles.save(Templates.small("lab"), model);
        LoadResult loaded = ModelFiles.load(model);
        return loaded.platform();
    }

    /** A listed factor on {@code element}'s {@code attribute}. */
    public static Factor listed(EObject element, String attribute, String... values) {
        return Factors.listed(element, attribute, values);
    }

    /** A sweep of {@code base} with {@code factors}, collecting {@code responses}, saved to {@code file}. */
    public static Path save(Platform base, Path file, int replications, double durationUs, List<Factor> factors,
            String... responses) throws IOException {
        SweepFile.save(Factors.sweep(base, replications, durationUs, factors, responses), file);
        return file;
    }
}
