/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.persistence;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;

import io.platsim.model.Platform;

/**
 * What loading a model file gave: the platform, or the errors that stopped it, and warnings either way.
 *
 * @param resource  the resource (kept even after an error, so nothing the user had is lost)
 * @param platform  the root platform, or null when the file could not be loaded
 * @param errors    problems that stop the model from being used
 * @param warnings  problems that do not (for example elements this release does not know, which are kept)
 */
public record LoadResult(Resource resource, Platform platform, List<LoadProblem> errors, List<LoadProblem> warnings) {

    public LoadResult {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** True when the file loaded into a platform without errors. */
    public boolean ok() {
        return platform != null && errors.isEmpty();
    }
}
