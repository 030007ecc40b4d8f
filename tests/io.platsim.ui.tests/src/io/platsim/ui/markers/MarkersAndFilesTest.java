/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.markers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.platsim.ui.Workbenches;
import io.platsim.model.PcieLink;
import io.platsim.model.PlatsimPackage;
import io.platsim.ui.PlatsimUi;
import io.platsim.ui.editor.PlatsimEditor;
import io.platsim.ui.preferences.RunPreferences;
import io.platsim.ui.wizards.NewModelWizard;

/** Validation markers lead back to the element; bad files open as a report and stay untouched; new models. */
class MarkersAndFilesTest {

    private IWorkbenchPage page;

    @BeforeEach
    void findPage() {
        page = Workbenches.page();
    }

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
    }

    @Test
    void savingAnInvalidModelPutsMarkersThatSelectTheElement() throws Exception {
        IFile file = Workbenches.exampleCopy("Markers Test", "two-socket-server.platsim");
        PlatsimEditor editor = (PlatsimEditor) IDE.openEditor(page, file, PlatsimUi.EDITOR_ID);
        assertEquals(0, file.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO).length);
        PcieLink link = editor.platform().getPcieLinks().get(0);
        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), link,
            PlatsimPackage.Literals.PCIE_LINK__LANES, 3));
        page.saveEditor(editor, false);

        IMarker marker = Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO))
            .filter(m -> "pcie-lanes".equals(m.getAttribute(ProblemMarkers.RULE_ATTRIBUTE, ""))).findFirst()
            .orElseThrow(() -> new AssertionError("no marker for the 3-lane link"));
        String message = marker.getAttribute(IMarker.MESSAGE, "");
        assertTrue(message.contains("nic100g-link") && message.contains("field 'Lanes'"), message);
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));

        editor.viewer().setSelection(new StructuredSelection(editor.platform()));
        IEditorPart opened = IDE.openEditor(page, marker);
        assertTrue(opened == editor);
        Object selected = ((IStructuredSelection) editor.viewer().getSelection()).getFirstElement();
        assertEquals(link, selected);
        Object figure = ((IStructuredSelection) editor.diagram().viewer().getSelection()).getFirstElement();
        assertEquals(link, ((io.platsim.diagram.Connection) ((org.eclipse.gef.EditPart) figure).getModel()).element(),
            "the problem's line is selected in the diagram");
    }

    @Test
    void malformedFileOpensAsAReportAndIsNeverWritten() throws Exception {
        IFile file = Workbenches.exampleCopy("Broken Test", "small.platsim");
        String text = Files.readString(Path.of(file.getLocationURI())).replaceFirst("<sockets ", "<sockets <");
        file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, false, null);
        byte[] before = Files.readAllBytes(Path.of(file.getLocationURI()));

        PlatsimEditor editor = (PlatsimEditor) IDE.openEditor(page, file, PlatsimUi.EDITOR_ID);
        assertNull(editor.platform());
        assertFalse(editor.loadResult().errors().isEmpty());
        String problem = editor.loadResult().errors().get(0).text();
        assertTrue(problem.contains("small.platsim:") && problem.contains("malformed XML"), problem);
        assertFalse(editor.isDirty());
        editor.doSave(new NullProgressMonitor());
        page.closeEditor(editor, true);
        assertArrayEquals(before, Files.readAllBytes(Path.of(file.getLocationURI())));
    }

    @Test
    void newModelWizardUsesTheTemplateAndTheRunPreferences() throws Exception {
        IFile anchor = Workbenches.exampleCopy("Wizard Test", "small.platsim");
        InstanceScope.INSTANCE.getNode(PlatsimUi.ID).putLong(RunPreferences.SEED, 4242);
        try {
            NewModelWizard wizard = new NewModelWizard();
            wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(anchor.getProject()));
            org.eclipse.jface.wizard.WizardDialog dialog = new org.eclipse.jface.wizard.WizardDialog(
                page.getWorkbenchWindow().getShell(), wizard);
            dialog.create();
            assertTrue(wizard.canFinish(), "the wizard cannot finish with its defaults");
            assertTrue(wizard.performFinish());
            dialog.close();
        } finally {
            InstanceScope.INSTANCE.getNode(PlatsimUi.ID).remove(RunPreferences.SEED);
        }
        IFile created = anchor.getProject().getFile("platform.platsim");
        assertTrue(created.exists());
        PlatsimEditor editor = (PlatsimEditor) page.getActiveEditor();
        assertNotNull(editor.platform());
        assertEquals("platform", editor.platform().getName());
        assertEquals(4242, editor.platform().getRunSettings().getSeed());
        assertEquals(1, editor.platform().getSockets().size(), "the default template is one socket, one NIC");
    }
}
