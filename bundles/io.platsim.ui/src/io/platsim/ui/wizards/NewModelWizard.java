/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.wizards;

import java.io.IOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

import io.platsim.model.Platform;
import io.platsim.model.persistence.ModelFiles;
import io.platsim.templates.Templates;
import io.platsim.ui.PlatsimUi;
import io.platsim.ui.preferences.RunPreferences;

/** File > New > PlatSim Model: a new {@code .platsim} file, empty or from a template, opened in the editor. */
public class NewModelWizard extends Wizard implements INewWizard {

    /** Id of the wizard in the New dialog. */
    public static final String ID = PlatsimUi.ID + ".wizards.newModel";

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private WizardNewFileCreationPage filePage;
    private TemplatePage templatePage;

    @Override
    public void init(IWorkbench currentWorkbench, IStructuredSelection currentSelection) {
        workbench = currentWorkbench;
        selection = currentSelection;
        setWindowTitle("New PlatSim Model");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        filePage = new WizardNewFileCreationPage("file", selection);
        filePage.setTitle("PlatSim Model");
        filePage.setDescription("Choose the folder and name of the new model.");
        filePage.setFileExtension("platsim");
        filePage.setFileName("platform.platsim");
        addPage(filePage);
        templatePage = new TemplatePage();
        addPage(templatePage);
    }

    @Override
    public boolean performFinish() {
        IFile file = filePage.createNewFile();
        if (file == null) {
            return false;
        }
        String name = file.getName().replaceFirst("\\.platsim$", "");
        Platform platform = Templates.create(templatePage.templateId(), name);
        RunPreferences.applyTo(platform.getRunSettings());
        try {
            Resource resource = ModelFiles.newResourceSet()
                .createResource(URI.createPlatformResourceURI(file.getFullPath().toString(), true));
            resource.getContents().add(platform);
            resource.save(null);
            file.refreshLocal(IResource.DEPTH_ZERO, new NullProgressMonitor());
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, PlatsimUi.EDITOR_ID);
            return true;
        } catch (IOException | CoreException e) {
            PlatsimUi.log("Creating " + file.getFullPath() + " failed", e);
            MessageDialog.openError(getShell(), "New PlatSim Model", "Could not create " + file.getFullPath()
                + ":\n" + e.getMessage());
            return e instanceof PartInitException;
        }
    }
}
