/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.platsim.model.persistence.ModelFiles;
import io.platsim.templates.Templates;

/** File > Export > PlatSim > Diagram on a model selected in the Project Explorer and not open. */
class ExportDiagramWizardTest {

    @Test
    void aSelectedModelIsExportedAsPdfFromItsSavedLayout(@TempDir Path temp) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Export Wizard Test");
        if (!project.exists()) {
            project.create(new NullProgressMonitor());
        }
        project.open(new NullProgressMonitor());
        IFile file = project.getFile("server.platsim");
        ModelFiles.save(Templates.realistic("server"), file.getLocation().toFile().toPath());
        project.refreshLocal(1, new NullProgressMonitor());
        ExportDiagramWizard wizard = new ExportDiagramWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(file));
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
            wizard);
        dialog.create();
        Composite area = (Composite) wizard.getPages()[0].getControl();
        Combo format = find(area, Combo.class);
        Text destination = find(area, Text.class);
        Path pdf = temp.resolve("server.pdf");
        format.select(1);
        destination.setText(pdf.toString());
        assertTrue(wizard.canFinish());
        assertTrue(wizard.performFinish());
        dialog.close();
        String text = Files.readString(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF") && text.stripTrailing().endsWith("%%EOF"),
            () -> "a whole PDF file: " + text.substring(0, 20) + " ... " + text.substring(text.length() - 20));
        assertFalse(Files.exists(io.platsim.diagram.layout.LayoutFile.of(file.getLocation().toFile().toPath())),
            "exporting writes nothing beside the model");
    }

    private static <T extends Control> T find(Composite parent, Class<T> type) {
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child)) {
                return type.cast(child);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " on the page");
    }
}
