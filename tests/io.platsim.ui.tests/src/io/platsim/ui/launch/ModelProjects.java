/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.launch;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;

import io.platsim.model.Platform;
import io.platsim.model.persistence.ModelFiles;

/** A fresh workspace project holding one saved model, for tests that run models. */
public final class ModelProjects {

    private ModelProjects() {
    }

    /** Makes project {@code name} anew with {@code platform} saved in it as NAME.platsim; returns the file. */
    public static IFile fresh(String name, Platform platform) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        IFile file = project.getFile(platform.getName() + ".platsim");
        ModelFiles.save(platform, file.getLocation().toFile().toPath());
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        return file;
    }
}
