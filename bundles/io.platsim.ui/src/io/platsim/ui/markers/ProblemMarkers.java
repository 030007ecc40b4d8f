/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.markers;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.platsim.model.Platform;
import io.platsim.model.labels.Labels;
import io.platsim.model.validation.ModelValidator;
import io.platsim.model.validation.ValidationProblem;
import io.platsim.ui.PlatsimUi;

/**
 * Validation problems as markers on the model file, so they show in the Problems view; each marker carries
 * the URI of its element, and double-clicking it selects the element in the editor.
 */
public final class ProblemMarkers {

    /** Marker type of PlatSim validation problems. */
    public static final String TYPE = PlatsimUi.ID + ".problem";
    /** Marker attribute: URI of the offending element. */
    public static final String URI_ATTRIBUTE = "uri";
    /** Marker attribute: name of the offending field. */
    public static final String FIELD_ATTRIBUTE = "field";
    /** Marker attribute: id of the broken rule. */
    public static final String RULE_ATTRIBUTE = "rule";

    private ProblemMarkers() {
    }

    /** Validates {@code platform} and replaces the file's PlatSim markers with what it finds. */
    public static List<ValidationProblem> update(IFile file, Platform platform) {
        List<ValidationProblem> problems = ModelValidator.validate(platform);
        try {
            file.deleteMarkers(TYPE, true, IResource.DEPTH_ZERO);
            for (ValidationProblem problem : problems) {
                IMarker marker = file.createMarker(TYPE);
                marker.setAttribute(IMarker.MESSAGE, problem.text());
                marker.setAttribute(IMarker.SEVERITY, problem.severity() == ValidationProblem.Severity.ERROR
                    ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING);
                marker.setAttribute(IMarker.LOCATION, Labels.describe(problem.element()) + " / "
                    + problem.feature().getName());
                marker.setAttribute(URI_ATTRIBUTE, EcoreUtil.getURI(problem.element()).toString());
                marker.setAttribute(FIELD_ATTRIBUTE, problem.feature().getName());
                marker.setAttribute(RULE_ATTRIBUTE, problem.ruleId());
            }
        } catch (CoreException e) {
            PlatsimUi.log("Could not update the problem markers of " + file.getFullPath(), e);
        }
        return problems;
    }

    /** The element a marker points at, or null when it is gone. */
    public static EObject elementOf(IMarker marker, ResourceSet resourceSet) {
        String uri = marker.getAttribute(URI_ATTRIBUTE, null);
        if (uri == null) {
            return null;
        }
        try {
            return resourceSet.getEObject(URI.createURI(uri), false);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
