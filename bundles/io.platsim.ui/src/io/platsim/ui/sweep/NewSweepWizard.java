/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.sweep;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

import io.platsim.model.persistence.LoadResult;
import io.platsim.model.persistence.ModelFiles;
import io.platsim.model.sweep.Factors;
import io.platsim.model.sweep.Sweep;
import io.platsim.sweep.SweepFile;
import io.platsim.ui.PlatsimUi;

/**
 * File > New > PlatSim Sweep: a new {@code .sweep} file over a model of the workspace (the one selected, if a model
 * is), with no factor yet, opened in the sweep editor, which says what it still needs.
 */
public class NewSweepWizard extends Wizard implements INewWizard {

    /** Id of the wizard in the New dialog. */
    public static final String ID = PlatsimUi.ID + ".wizards.newSweep";

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private WizardNewFileCreationPage filePage;
    private BasePage basePage;

    @Override
    public void init(IWorkbench currentWorkbench, IStructuredSelection currentSelection) {
        workbench = currentWorkbench;
        selection = currentSelection;
        setWindowTitle("New PlatSim Sweep");
    }

    @Override
    public void addPages() {
        IFile model = selection != null && selection.getFirstElement() instanceof IFile f
            && "platsim".equals(f.getFileExtension()) ? f : null;
        filePage = new WizardNewFileCreationPage("file", selection);
        filePage.setTitle("PlatSim Sweep");
        filePage.setDescription("Choose the folder and name of the new sweep.");
        filePage.setFileExtension("sweep");
        filePage.setFileName(model == null ? "sweep.sweep" : model.getName().replaceFirst("\\.platsim$", ".sweep"));
        addPage(filePage);
        basePage = new BasePage(model);
        addPage(basePage);
    }

    @Override
    public boolean performFinish() {
        IFile base = basePage.model();
        LoadResult loaded = ModelFiles.load(base.getLocation().toFile().toPath());
        if (!loaded.ok()) {
            MessageDialog.openError(getShell(), "New PlatSim Sweep", base.getFullPath() + " does not load:\n"
                + loaded.errors().get(0).text());
            return false;
        }
        IFile file = filePage.createNewFile();
        if (file == null) {
            return false;
        }
        Sweep sweep = Factors.sweep(loaded.platform(), 5, 0, List.of());
        sweep.setName(file.getName().replaceFirst("\\.sweep$", ""));
        try {
            SweepFile.save(sweep, file.getLocation().toFile().toPath());
            file.refreshLocal(IResource.DEPTH_ZERO, new NullProgressMonitor());
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, SweepEditor.ID);
            return true;
        } catch (IOException | CoreException e) {
            PlatsimUi.log("Creating " + file.getFullPath() + " failed", e);
            MessageDialog.openError(getShell(), "New PlatSim Sweep", "Could not create " + file.getFullPath()
                + ":\n" + e.getMessage());
            return false;
        }
    }

    /** The page that picks the model the sweep varies. */
    static final class BasePage extends WizardPage {

        private final List<IFile> models = new ArrayList<>();
        private final IFile preselected;
        private org.eclipse.swt.widgets.List list;

        BasePage(IFile preselected) {
            super("base");
            this.preselected = preselected;
            setTitle("Base Model");
            setDescription("Choose the model the sweep starts every point from.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite area = new Composite(parent, SWT.NONE);
            area.setLayout(new GridLayout(1, false));
            new Label(area, SWT.NONE).setText("Models in the workspace:");
            list = new org.eclipse.swt.widgets.List(area, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
            list.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            try {
                ResourcesPlugin.getWorkspace().getRoot().accept(resource -> {
                    if (resource instanceof IFile file && "platsim".equals(file.getFileExtension())) {
                        models.add(file);
                    }
                    return !(resource.getName().equals("Runs") || resource.getName().equals("Sweeps"));
                });
            } catch (CoreException e) {
                PlatsimUi.log("Listing the workspace's models failed", e);
            }
            models.forEach(m -> list.add(m.getFullPath().makeRelative().toString()));
            int at = models.indexOf(preselected);
            list.select(Math.max(0, at));
            list.addListener(SWT.Selection, e -> setPageComplete(model() != null));
            setPageComplete(model() != null);
            setControl(area);
        }

        /** The model picked, or null. */
        IFile model() {
            if (list == null) {
                return preselected;
            }
            int at = list.getSelectionIndex();
            return at < 0 || at >= models.size() ? null : models.get(at);
        }
    }
}
