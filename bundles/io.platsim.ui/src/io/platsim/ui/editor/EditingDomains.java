/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.editor;

import java.util.HashMap;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

import io.platsim.model.PlatsimPackage;
import io.platsim.model.persistence.PlatsimResourceFactory;
import io.platsim.model.provider.PlatsimItemProviderAdapterFactory;

/** Builds the adapter factories and the editing domain that a PlatSim model's views share. */
public final class EditingDomains {

    private EditingDomains() {
    }

    public static ComposedAdapterFactory adapterFactory() {
        ComposedAdapterFactory factory = new ComposedAdapterFactory(
            ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        factory.addAdapterFactory(new PlatsimItemProviderAdapterFactory());
        factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        return factory;
    }

    /** One command stack per model: the tree, the Properties view and (later) the diagram share it. */
    public static AdapterFactoryEditingDomain domain(ComposedAdapterFactory factory) {
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack(),
            new HashMap<Resource, Boolean>());
        domain.getResourceSet().getPackageRegistry().put(PlatsimPackage.eNS_URI, PlatsimPackage.eINSTANCE);
        domain.getResourceSet().getResourceFactoryRegistry().getExtensionToFactoryMap()
            .put(PlatsimResourceFactory.EXTENSION, new PlatsimResourceFactory());
        return domain;
    }
}
