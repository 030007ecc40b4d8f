/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.editor;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.ui.provider.AdapterFactoryContentProvider;
import org.eclipse.emf.edit.ui.provider.PropertyDescriptor;
import org.eclipse.emf.edit.ui.provider.PropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * Property sources whose descriptions are the metamodel's documentation of each field: its unit and where its
 * default comes from. The Properties view shows it in the status line and as the row's tooltip.
 */
final class DocumentedContentProvider extends AdapterFactoryContentProvider {

    DocumentedContentProvider(AdapterFactory adapterFactory) {
        super(adapterFactory);
    }

    @Override
    protected IPropertySource createPropertySource(Object object, IItemPropertySource itemPropertySource) {
        return new PropertySource(object, itemPropertySource) {
            @Override
            protected IPropertyDescriptor createPropertyDescriptor(IItemPropertyDescriptor itemDescriptor) {
                return new PropertyDescriptor(object, itemDescriptor) {
                    @Override
                    public String getDescription() {
                        Object feature = itemDescriptor.getFeature(object);
                        String documentation = feature instanceof EModelElement element
                            ? EcoreUtil.getDocumentation(element) : null;
                        return documentation != null ? documentation : super.getDescription();
                    }
                };
            }
        };
    }
}
