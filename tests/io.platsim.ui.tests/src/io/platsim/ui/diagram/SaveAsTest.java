/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.ide.ResourceUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.platsim.model.Platform;
import io.platsim.model.persistence.ModelFiles;
import io.platsim.ui.editor.PlatsimEditor;

/** File > Save As writes a copy of the model with its layout beside it, and the editor goes on with the copy. */
class SaveAsTest {

    private IWorkbenchPage page;

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    private static List<Text> texts(Control control, List<Text> found) {
        if (control instanceof Text text) {
            found.add(text);
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (Control child : composite.getChildren()) {
                texts(child, found);
            }
        }
        return found;
    }

    /** Answers the Save As dialog, once it is up, with the file name {@code name} in the model's folder. */
    private static void answer(Display display, String name) {
        display.timerExec(300, () -> {
            Shell dialog = null;
            for (Shell shell : display.getShells()) {
                dialog = shell.getData() instanceof SaveAsDialog && shell.isVisible() ? shell : dialog;
            }
            if (dialog == null) {
                answer(display, name);
                return;
            }
            // The file name field starts with the model's own name. Without it the dialog is cancelled, and the
            // test fails on the missing copy rather than waiting for an answer that never comes.
            Text field = texts(dialog, new ArrayList<>()).stream().filter(t -> t.getText().endsWith(".platsim"))
                .findFirst().orElse(null);
            if (field == null) {
                dialog.close();
                return;
            }
            field.setText(name);
            field.notifyListeners(SWT.Modify, new Event());
            dialog.getDefaultButton().notifyListeners(SWT.Selection, new Event());
        });
    }

    @Test
    void aCopyKeepsTheLayoutAndTheOriginalStaysAsItWas() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        PlatsimEditor editor = Widgets.openCopy(page, "Save As Test", "two-socket-server.platsim");
        IFile original = ResourceUtil.getFile(editor.getEditorInput());
        Path originalPath = original.getLocation().toFile().toPath();
        editor.doSave(new org.eclipse.core.runtime.NullProgressMonitor());
        byte[] before = Files.readAllBytes(originalPath);
        // An edit the original must not get: the platform's name.
        Platform platform = editor.platform();
        editor.getEditingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(
            editor.getEditingDomain(), platform, io.platsim.model.PlatsimPackage.Literals.NAMED_ELEMENT__NAME,
            "renamed copy"));
        assertTrue(editor.isSaveAsAllowed());

        answer(PlatformUI.getWorkbench().getDisplay(), "copy");
        editor.doSaveAs();

        IFile copy = original.getParent().getFile(new org.eclipse.core.runtime.Path("copy.platsim"));
        assertTrue(copy.exists(), "the copy is in the workspace, with the model extension added");
        assertEquals(copy, ResourceUtil.getFile(editor.getEditorInput()), "the editor edits the copy now");
        assertEquals("copy.platsim", editor.getPartName());
        assertTrue(!editor.isDirty(), "the copy holds every edit");
        Path copyPath = copy.getLocation().toFile().toPath();
        assertEquals("renamed copy", ModelFiles.load(copyPath).platform().getName());
        assertTrue(Files.exists(copyPath.resolveSibling("copy.platsim.layout")), "the layout is beside the copy");
        assertEquals(Files.readString(originalPath.resolveSibling(originalPath.getFileName() + ".layout")),
            Files.readString(copyPath.resolveSibling("copy.platsim.layout")),
            "the copy's diagram is laid out as the original's");
        assertArrayEquals(before, Files.readAllBytes(originalPath), "the original file is unchanged");
    }
}
