/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.sweep;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;

import io.platsim.model.persistence.ModelFiles;
import io.platsim.templates.Templates;

/** What the workbench's sweep tests share: a fresh project holding the one-socket lab, and widget lookups. */
final class SweepFixtures {

    private SweepFixtures() {
    }

    /** A fresh open project {@code name} holding the one-socket template as {@code lab.platsim}. */
    static IProject projectWithLab(String name) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (project.exists()) {
            project.delete(true, true, new NullProgressMonitor());
        }
        project.create(new NullProgressMonitor());
        project.open(new NullProgressMonitor());
        ModelFiles.save(Templates.small("lab"), project.getLocation().toFile().toPath().resolve("lab.platsim"));
        project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
        return project;
    }

    /** Runs what the display has queued. */
    static void drain() {
        while (PlatformUI.getWorkbench().getDisplay().readAndDispatch()) {
            // the editors' and views' queued work
        }
    }

    /** Every control of {@code type} under {@code parent}, depth first. */
    static <T extends Control> List<T> find(Composite parent, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
            if (child instanceof Composite composite) {
                found.addAll(find(composite, type));
            }
        }
        return found;
    }
}
