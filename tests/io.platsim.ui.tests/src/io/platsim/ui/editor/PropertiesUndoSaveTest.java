/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.platsim.ui.Workbenches;
import io.platsim.model.PcieLink;
import io.platsim.model.Platform;
import io.platsim.model.persistence.LoadResult;
import io.platsim.model.persistence.ModelFiles;
import io.platsim.ui.PlatsimUi;

/** The realistic example: a property changed in the Properties view, undone, redone, saved and reloaded. */
class PropertiesUndoSaveTest {

    private IWorkbenchPage page;

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
    }

    private static PcieLink nicLink(Platform platform) {
        return platform.getPcieLinks().stream().filter(l -> "nic100g-link".equals(l.getName())).findFirst()
            .orElseThrow();
    }

    @Test
    void propertyChangeUndoRedoSaveReload() throws Exception {
        page = Workbenches.page();
        IFile file = Workbenches.exampleCopy("Properties Test", "two-socket-server.platsim");
        PlatsimEditor editor = (PlatsimEditor) IDE.openEditor(page, file, PlatsimUi.EDITOR_ID);
        PcieLink link = nicLink(editor.platform());
        assertEquals(16, link.getLanes());

        editor.viewer().setSelection(new StructuredSelection(link), true);
        PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
        page.activate(editor);
        Workbenches.drain();
        assertTrue(Workbenches.waitFor(() -> rowValue(properties, "Lanes") != null, 5000),
            "the Properties view shows no 'Lanes' row for the selected link");
        assertEquals("16", rowValue(properties, "Lanes"));

        IPropertySource source = propertySource(properties, link);
        String help = descriptor(source, "Lanes").getDescription();
        assertTrue(help.contains("PCI Express Base Specification"), "the Lanes row does not explain itself: " + help);
        source.setPropertyValue(descriptor(source, "Lanes").getId(), 8);
        Workbenches.drain();
        assertEquals(8, link.getLanes());
        assertTrue(editor.isDirty());
        assertTrue(Workbenches.waitFor(() -> "8".equals(rowValue(properties, "Lanes")), 5000),
            "the Properties view did not show the new value");

        IAction undo = editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
        IAction redo = editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.REDO.getId());
        assertTrue(undo.isEnabled(), "Undo is not enabled after a property change");
        undo.run();
        assertEquals(16, link.getLanes());
        assertFalse(editor.isDirty());
        redo.run();
        assertEquals(8, link.getLanes());
        assertTrue(editor.isDirty());

        page.saveEditor(editor, false);
        assertFalse(editor.isDirty());
        page.closeEditor(editor, false);

        LoadResult reloaded = ModelFiles.load(Path.of(file.getLocationURI()));
        assertTrue(reloaded.ok(), reloaded.errors().toString());
        assertEquals(8, nicLink(reloaded.platform()).getLanes());
        PlatsimEditor reopened = (PlatsimEditor) IDE.openEditor(page, file, PlatsimUi.EDITOR_ID);
        assertEquals(8, nicLink(reopened.platform()).getLanes());
        assertFalse(reopened.isDirty());
    }

    private static IPropertySource propertySource(PropertySheet sheet, Object element) {
        Object page = sheet.getCurrentPage();
        assertNotNull(page);
        assertEquals("ModelPropertySheetPage", page.getClass().getSimpleName(),
            "the Properties view does not show the PlatSim page");
        return PropertySheetAccess.source(page, element);
    }

    private static IPropertyDescriptor descriptor(IPropertySource source, String label) {
        return Arrays.stream(source.getPropertyDescriptors()).filter(d -> label.equals(d.getDisplayName()))
            .findFirst().orElseThrow(() -> new AssertionError("no property '" + label + "'"));
    }

    /** The value shown in the Properties view's row {@code label}, or null when there is none. */
    static String rowValue(PropertySheet sheet, String label) {
        Tree tree = findTree(sheet.getCurrentPage().getControl());
        if (tree == null) {
            return null;
        }
        for (TreeItem item : allItems(tree.getItems())) {
            if (label.equals(item.getText(0))) {
                return item.getText(1);
            }
        }
        return null;
    }

    private static List<TreeItem> allItems(TreeItem[] items) {
        List<TreeItem> all = new ArrayList<>();
        for (TreeItem item : items) {
            all.add(item);
            all.addAll(allItems(item.getItems()));
        }
        return all;
    }

    private static Tree findTree(Control control) {
        if (control instanceof Tree tree) {
            return tree;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Tree found = findTree(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
