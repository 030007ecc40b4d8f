/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.wizards;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.ide.ResourceUtil;

import io.platsim.diagram.export.DiagramExport;
import io.platsim.diagram.layout.DiagramLayout;
import io.platsim.diagram.layout.Layouts;
import io.platsim.diagram.render.AwtCanvas;
import io.platsim.model.persistence.LoadResult;
import io.platsim.model.persistence.ModelFiles;
import io.platsim.ui.PlatsimUi;
import io.platsim.ui.editor.PlatsimEditor;

/**
 * File > Export > PlatSim > Diagram: a model's diagram as SVG, PDF or PNG. With the model open in an editor, the
 * diagram exported is the one on screen (unsaved edits and the selection included); otherwise the saved model and
 * its layout file.
 */
public class ExportDiagramWizard extends Wizard implements IExportWizard {

    private IFile model;
    private PlatsimEditor editor;
    private ExportDiagramPage page;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        setWindowTitle("Export Diagram");
        IEditorPart active = workbench.getActiveWorkbenchWindow() == null ? null
            : workbench.getActiveWorkbenchWindow().getActivePage().getActiveEditor();
        if (selection != null && selection.getFirstElement() instanceof IFile file
                && "platsim".equals(file.getFileExtension())) {
            model = file;
        } else if (active instanceof PlatsimEditor platsim) {
            model = ResourceUtil.getFile(platsim.getEditorInput());
        }
        if (active instanceof PlatsimEditor platsim && model != null
                && model.equals(ResourceUtil.getFile(platsim.getEditorInput())) && platsim.diagram() != null) {
            editor = platsim;
        }
    }

    @Override
    public void addPages() {
        page = new ExportDiagramPage(model, editor != null);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        Path target = Path.of(page.destination());
        DiagramExport.Format format = page.format();
        try {
            if (editor != null) {
                editor.diagram().export(format, target, page.selectionOnly());
            } else {
                Path file = model.getLocation().toFile().toPath();
                LoadResult loaded = ModelFiles.load(file);
                if (!loaded.ok()) {
                    page.setErrorMessage(loaded.errors().get(0).text());
                    return false;
                }
                DiagramLayout layout = Layouts.forModel(loaded.platform(), file, AwtCanvas.measuring());
                DiagramExport.export(loaded.platform(), layout, null, format, target);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            PlatsimUi.log("Exporting the diagram to " + target + " failed", e);
            page.setErrorMessage("PlatSim could not write " + target + ": " + e.getMessage());
            return false;
        }
    }
}
