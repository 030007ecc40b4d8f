/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.ui.action.CreateChildAction;
import org.eclipse.emf.edit.ui.action.CreateSiblingAction;
import org.eclipse.emf.edit.ui.action.EditingDomainActionBarContributor;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.ui.IEditorPart;

import io.platsim.ui.markers.ValidateAction;

/**
 * Menus of the PlatSim editor: Edit's undo, redo, cut, copy, paste and delete on the model's command stack;
 * a PlatSim menu and the context menu with New Child, New Sibling and Validate.
 */
public class PlatsimActionBarContributor extends EditingDomainActionBarContributor
        implements ISelectionChangedListener {

    private final ValidateAction validate = new ValidateAction();
    private ISelectionProvider selectionProvider;
    private List<IAction> childActions = List.of();
    private List<IAction> siblingActions = List.of();
    private MenuManager childMenu;
    private MenuManager siblingMenu;

    public PlatsimActionBarContributor() {
        super(ADDITIONS_LAST_STYLE);
    }

    @Override
    public void contributeToMenu(IMenuManager menuManager) {
        super.contributeToMenu(menuManager);
        MenuManager platsim = new MenuManager("&PlatSim", "io.platsim.ui.menu");
        menuManager.insertAfter("additions", platsim);
        childMenu = new MenuManager("New &Child");
        siblingMenu = new MenuManager("New &Sibling");
        platsim.add(childMenu);
        platsim.add(siblingMenu);
        platsim.add(new Separator());
        platsim.add(validate);
        platsim.addMenuListener(m -> m.updateAll(true));
    }

    /** The tree's Delete (EMF's), which the diagram's replaces while the diagram tab is in front. */
    public IAction treeDelete() {
        return deleteAction;
    }

    @Override
    public void setActiveEditor(IEditorPart part) {
        super.setActiveEditor(part);
        validate.setEditor(part instanceof PlatsimEditor editor ? editor : null);
        if (selectionProvider != null) {
            selectionProvider.removeSelectionChangedListener(this);
        }
        selectionProvider = part == null ? null : part.getSite().getSelectionProvider();
        if (selectionProvider != null) {
            selectionProvider.addSelectionChangedListener(this);
            selectionChanged(new SelectionChangedEvent(selectionProvider, selectionProvider.getSelection()));
        }
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        childActions = List.of();
        siblingActions = List.of();
        ISelection selection = event.getSelection();
        if (activeEditor instanceof IEditingDomainProvider editor && editor.getEditingDomain() != null
                && selection instanceof IStructuredSelection structured && structured.size() == 1) {
            EditingDomain domain = editor.getEditingDomain();
            Object object = structured.getFirstElement();
            childActions = childActions(domain.getNewChildDescriptors(object, null), selection);
            siblingActions = siblingActions(domain.getNewChildDescriptors(null, object), selection);
        }
        fill(childMenu, childActions);
        fill(siblingMenu, siblingActions);
    }

    private List<IAction> childActions(Collection<?> descriptors, ISelection selection) {
        List<IAction> actions = new ArrayList<>();
        for (Object descriptor : descriptors) {
            actions.add(new CreateChildAction(activeEditor, selection, descriptor));
        }
        return actions;
    }

    private List<IAction> siblingActions(Collection<?> descriptors, ISelection selection) {
        List<IAction> actions = new ArrayList<>();
        for (Object descriptor : descriptors) {
            actions.add(new CreateSiblingAction(activeEditor, selection, descriptor));
        }
        return actions;
    }

    private static void fill(MenuManager menu, List<IAction> actions) {
        if (menu == null) {
            return;
        }
        menu.removeAll();
        actions.forEach(menu::add);
        menu.update(true);
    }

    @Override
    public void menuAboutToShow(IMenuManager menuManager) {
        super.menuAboutToShow(menuManager);
        MenuManager children = new MenuManager("New &Child");
        childActions.forEach(children::add);
        MenuManager siblings = new MenuManager("New &Sibling");
        siblingActions.forEach(siblings::add);
        menuManager.insertBefore("edit", children);
        menuManager.insertBefore("edit", siblings);
        menuManager.insertBefore("edit", new Separator());
        menuManager.insertAfter("additions-end", validate);
        if (activeEditor instanceof PlatsimEditor editor && selectionProvider != null
                && selectionProvider.getSelection() instanceof IStructuredSelection selected && selected.size() == 1
                && selected.getFirstElement() instanceof org.eclipse.emf.ecore.EObject element) {
            menuManager.insertAfter("additions-end", new io.platsim.ui.sweep.SweepFieldAction(editor, element));
        }
    }
}
