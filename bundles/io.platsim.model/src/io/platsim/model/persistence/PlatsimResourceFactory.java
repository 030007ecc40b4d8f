/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.persistence;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

import io.platsim.model.validation.PlatsimValidator;

/** Creates {@link PlatsimResource}s; registered for the {@code platsim} extension. */
public class PlatsimResourceFactory extends XMIResourceFactoryImpl {

    /** File extension of PlatSim models. */
    public static final String EXTENSION = "platsim";

    public PlatsimResourceFactory() {
        PlatsimValidator.register();
    }

    @Override
    public Resource createResource(URI uri) {
        return new PlatsimResource(uri);
    }
}
