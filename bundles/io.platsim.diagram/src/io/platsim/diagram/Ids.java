/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.diagram;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

/** The stable key by which the diagram layout refers to a model element: its id in the {@code .platsim} file. */
public final class Ids {

    private Ids() {
    }

    /** The element's id in its file, or its path in the model when it is not in a file with ids. */
    public static String of(EObject element) {
        if (element.eResource() instanceof XMLResource resource) {
            String id = resource.getID(element);
            if (id != null) {
                return id;
            }
        }
        return EcoreUtil.getURI(element).fragment();
    }
}
