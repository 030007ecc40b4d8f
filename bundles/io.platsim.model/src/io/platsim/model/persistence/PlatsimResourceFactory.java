/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.persistence;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

import io.platsim.model.validation.PlatsimValidator;

/** Creates {@link PlatsimResource}s; registered for the {@code platsim} and {@code sweep} extensions. */
public class PlatsimResourceFactory extends XMIResourceFactoryImpl {

    /** File extension of PlatSim models. */
    public static final String EXTENSION = "platsim";
    /** File extension of PlatSim sweeps: the same XMI, with stable ids, over the sweep metamodel. */
    public static final String SWEEP_EXTENSION = "sweep";

    public PlatsimResourceFactory() {
        PlatsimValidator.register();
    }

    @Override
    public Resource createResource(URI uri) {
        return new PlatsimResource(uri);
    }
}
