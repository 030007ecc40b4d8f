/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.platsim.ui.Workbenches;
import io.platsim.model.Platform;
import io.platsim.model.PlatsimPackage;
import io.platsim.ui.PlatsimUi;

/** The editor follows its file: changes made elsewhere reload it, its own saves do not, deletion closes it. */
class ExternalChangesTest {

    private IWorkbenchPage page;

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    @Test
    void aChangeOnDiskReloadsACleanEditorAndItsOwnSaveDoesNot() throws Exception {
        page = Workbenches.page();
        IFile file = Workbenches.exampleCopy("External Test", "small.platsim");
        PlatsimEditor editor = (PlatsimEditor) IDE.openEditor(page, file, PlatsimUi.EDITOR_ID);
        Platform first = editor.platform();

        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), first,
            PlatsimPackage.Literals.NAMED_ELEMENT__NAME, "saved-here"));
        page.saveEditor(editor, false);
        Workbenches.waitFor(() -> editor.platform() != first, 1000);
        assertSame(first, editor.platform(), "the editor's own save must not reload it");

        String text = Files.readString(Path.of(file.getLocationURI())).replace("saved-here", "edited-elsewhere");
        file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, false, null);
        assertTrue(Workbenches.waitFor(() -> editor.platform() != first, 5000), "no reload after an outside change");
        assertEquals("edited-elsewhere", editor.platform().getName());
        assertFalse(editor.isDirty());

        file.delete(true, new NullProgressMonitor());
        assertTrue(Workbenches.waitFor(() -> page.getEditorReferences().length == 0, 5000),
            "a clean editor closes when its file is deleted");
    }
}
