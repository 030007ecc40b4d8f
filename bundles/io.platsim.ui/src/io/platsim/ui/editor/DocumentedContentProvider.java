/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.editor;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.ui.provider.AdapterFactoryContentProvider;
import org.eclipse.emf.edit.ui.provider.PropertyDescriptor;
import org.eclipse.emf.edit.ui.provider.PropertySource;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

import io.platsim.model.labels.FieldLabels;

/**
 * Property sources in an architect's words: each field under its category (Geometry, Timing, Coherence, PCIe,
 * IOMMU, ...) with its label and unit ("Hit latency (ns)"), enum values as words ("Non-inclusive", "Gen 4"), sizes
 * in KiB, MiB and GiB (the exact bytes when edited), and as description the metamodel's documentation of the field:
 * its unit and where its default comes from, shown in the status line and as the row's tooltip.
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
                    private EStructuralFeature feature() {
                        return itemDescriptor.getFeature(object) instanceof EStructuralFeature f ? f : null;
                    }

                    @Override
                    public String getDisplayName() {
                        return feature() == null ? super.getDisplayName() : FieldLabels.field(feature());
                    }

                    @Override
                    public String getCategory() {
                        return feature() == null ? super.getCategory() : FieldLabels.category(feature());
                    }

                    @Override
                    public ILabelProvider getLabelProvider() {
                        ILabelProvider emf = super.getLabelProvider();
                        EStructuralFeature feature = feature();
                        return new LabelProvider() {
                            @Override
                            public String getText(Object value) {
                                return FieldLabels.value(feature, value, emf::getText);
                            }

                            @Override
                            public org.eclipse.swt.graphics.Image getImage(Object value) {
                                return emf.getImage(value);
                            }
                        };
                    }

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
