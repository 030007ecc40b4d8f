/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.platsim.ui.Workbenches;
import io.platsim.model.Nic;
import io.platsim.model.Platform;
import io.platsim.ui.PlatsimUi;

/** New Child, Delete, Copy and Paste in the tree editor, through the actions its menus run, with undo. */
class TreeEditingTest {

    private IWorkbenchPage page;
    private PlatsimEditor editor;

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    private PlatsimEditor open() throws Exception {
        page = Workbenches.page();
        IFile file = Workbenches.exampleCopy("Tree Test", "small.platsim");
        editor = (PlatsimEditor) IDE.openEditor(page, file, PlatsimUi.EDITOR_ID);
        return editor;
    }

    private IAction global(ActionFactory action) {
        return editor.getEditorSite().getActionBars().getGlobalActionHandler(action.getId());
    }

    private void select(Object element) {
        editor.viewer().setSelection(new StructuredSelection(element), true);
        Workbenches.drain();
    }

    /** The context menu, as it is built when the user right-clicks the tree. */
    private IMenuManager contextMenu() {
        MenuManager menu = new MenuManager("#PopUp");
        menu.add(new org.eclipse.jface.action.Separator("additions"));
        ((org.eclipse.jface.action.IMenuListener) editor.getEditorSite().getActionBarContributor())
            .menuAboutToShow(menu);
        return menu;
    }

    @Test
    void newChildFromTheContextMenuThenUndo() throws Exception {
        Platform platform = open().platform();
        select(platform);
        int before = platform.getDevices().size();
        IMenuManager menu = contextMenu();
        IMenuManager children = (IMenuManager) Arrays.stream(menu.getItems())
            .filter(i -> i instanceof MenuManager m && m.getMenuText().replace("&", "").equals("New Child"))
            .findFirst().orElseThrow();
        IAction nic = Arrays.stream(children.getItems())
            .map(i -> ((org.eclipse.jface.action.ActionContributionItem) i).getAction())
            .filter(a -> a.getText().equals("NIC")).findFirst()
            .orElseThrow(() -> new AssertionError("New Child offers no NIC"));
        nic.run();
        assertEquals(before + 1, platform.getDevices().size());
        assertTrue(platform.getDevices().get(before) instanceof Nic);
        assertTrue(editor.isDirty());
        global(ActionFactory.UNDO).run();
        assertEquals(before, platform.getDevices().size());
    }

    @Test
    void elementsWithoutANameGetReadableLabels() throws Exception {
        Platform platform = open().platform();
        editor.viewer().expandAll();
        Workbenches.drain();
        String label = ((org.eclipse.jface.viewers.ILabelProvider) editor.viewer().getLabelProvider())
            .getText(platform.getRunSettings());
        assertEquals("Run Settings: 1000 µs after 100 µs of warm-up, seed 1", label);
    }

    @Test
    void deleteCopyAndPasteThroughTheEditMenuActions() throws Exception {
        Platform platform = open().platform();
        Nic nic = (Nic) platform.getDevices().get(0);
        select(nic);
        global(ActionFactory.COPY).run();
        select(platform);
        global(ActionFactory.PASTE).run();
        assertEquals(2, platform.getDevices().size(), "paste adds a copy of the NIC");
        assertEquals("nic0", platform.getDevices().get(1).getName());
        select(platform.getDevices().get(1));
        global(ActionFactory.DELETE).run();
        assertEquals(1, platform.getDevices().size());
        global(ActionFactory.UNDO).run();
        global(ActionFactory.UNDO).run();
        assertEquals(1, platform.getDevices().size(), "undoing delete and paste leaves the original");
        assertEquals(nic, platform.getDevices().get(0));
        assertTrue(!editor.isDirty());
    }
}
