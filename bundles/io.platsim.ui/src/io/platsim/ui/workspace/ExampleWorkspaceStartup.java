/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.workspace;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.ide.IDE;
import org.osgi.service.prefs.BackingStoreException;

import io.platsim.ui.PlatsimUi;

/**
 * Makes a workspace folder that was prepared on disk (such as the example workspace) usable at once:
 * project folders inside it are added to the workspace, and on the first start the example model opens with the
 * welcome page beside it.
 */
public class ExampleWorkspaceStartup implements IStartup {

    /** The model opened on the first start of a workspace that has it. */
    public static final String FIRST_MODEL = "PlatSim Examples/two-socket-server.platsim";
    private static final String OPENED_KEY = "exampleOpened";

    @Override
    public void earlyStartup() {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        importProjects(workspace);
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(PlatsimUi.ID);
        IFile first = workspace.getRoot().getFile(IPath.fromOSString(FIRST_MODEL));
        if (preferences.getBoolean(OPENED_KEY, false) || !first.exists()) {
            return;
        }
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> open(first));
        preferences.putBoolean(OPENED_KEY, true);
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            PlatsimUi.log("Could not remember that the example was opened", e);
        }
    }

    /** Adds every project folder in the workspace folder that the workspace does not know yet. */
    static void importProjects(IWorkspace workspace) {
        Path root = workspace.getRoot().getLocation().toPath();
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path folder : folders) {
                Path description = folder.resolve(".project");
                if (!Files.isRegularFile(description)) {
                    continue;
                }
                IProjectDescription loaded = workspace.loadProjectDescription(
                    IPath.fromPath(description));
                IProject project = workspace.getRoot().getProject(loaded.getName());
                if (!project.exists()) {
                    project.create(loaded, new NullProgressMonitor());
                }
                if (!project.isOpen()) {
                    project.open(new NullProgressMonitor());
                }
            }
        } catch (IOException | CoreException e) {
            PlatsimUi.log("Could not add the projects found in " + root, e);
        }
    }

    private static void open(IFile model) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null) {
            return;
        }
        // Fill the screen: setMaximized alone needs a window manager, which Xvfb sessions lack.
        window.getShell().setBounds(window.getShell().getDisplay().getPrimaryMonitor().getClientArea());
        window.getShell().setMaximized(true);
        try {
            IWorkbenchPage page = window.getActivePage();
            if (page == null || page.getPerspective() == null
                    || !PlatsimUi.PERSPECTIVE_ID.equals(page.getPerspective().getId())) {
                page = PlatformUI.getWorkbench().showPerspective(PlatsimUi.PERSPECTIVE_ID, window);
            }
            IDE.openEditor(page, model, PlatsimUi.EDITOR_ID);
            page.showView(WelcomeView.ID);
        } catch (WorkbenchException e) {
            PlatsimUi.log("Could not open " + model.getFullPath(), e);
        }
    }
}
