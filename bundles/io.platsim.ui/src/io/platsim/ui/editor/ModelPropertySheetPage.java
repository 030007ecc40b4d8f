/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.editor;

import java.util.List;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.ui.provider.AdapterFactoryContentProvider;
import org.eclipse.emf.edit.ui.view.ExtendedPropertySheetPage;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * The Properties view page of a PlatSim editor. Edits become commands on the editor's stack, and the editor's
 * Undo and Redo work while the Properties view has focus.
 */
final class ModelPropertySheetPage extends ExtendedPropertySheetPage {

    private final PlatsimEditor editor;
    private final AdapterFactoryContentProvider provider;

    ModelPropertySheetPage(PlatsimEditor editor, ComposedAdapterFactory adapterFactory) {
        super((AdapterFactoryEditingDomain) editor.getEditingDomain());
        this.editor = editor;
        provider = new DocumentedContentProvider(adapterFactory);
        setPropertySourceProvider(provider);
    }

    /** The property source this page edits {@code element} through (what a cell editor's apply calls). */
    IPropertySource propertySource(Object element) {
        return provider.getPropertySource(element);
    }

    @Override
    public void setSelectionToViewer(List selection) {
        editor.setSelectionToViewer(selection);
        editor.setFocus();
    }

    @Override
    public void setActionBars(IActionBars actionBars) {
        super.setActionBars(actionBars);
        ((PlatsimActionBarContributor) editor.getEditorSite().getActionBarContributor())
            .shareGlobalActions(this, actionBars);
    }
}
