/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.palette.PaletteContainer;
import org.eclipse.gef.palette.ToolEntry;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import io.platsim.ui.PlatsimUi;
import io.platsim.ui.editor.PlatsimEditor;

/** Opening a model as a user does, and finding what a user sees: a palette entry, an open text field. */
final class Widgets {

    private Widgets() {
    }

    /** Opens a fresh copy of the example {@code model} in project {@code name}, maximized, at 100%. */
    static PlatsimEditor openCopy(IWorkbenchPage page, String name, String model) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (project.exists()) {
            project.delete(true, true, new NullProgressMonitor());
        }
        project.create(new NullProgressMonitor());
        project.open(new NullProgressMonitor());
        IFile file = project.getFile(model);
        file.create(Files.newInputStream(examples().resolve(model)), true, new NullProgressMonitor());
        PlatsimEditor editor = (PlatsimEditor) IDE.openEditor(page, file, PlatsimUi.EDITOR_ID);
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        editor.diagram().zoomManager().setZoom(1.0);
        while (PlatformUI.getWorkbench().getDisplay().readAndDispatch()) {
            // let the editor lay out and paint
        }
        return editor;
    }

    private static Path examples() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        return dir.resolve("examples/workspace/PlatSim Examples");
    }

    /** Runs what the display has queued: the diagram's refreshes after an edit. */
    static void drain() {
        while (PlatformUI.getWorkbench().getDisplay().readAndDispatch()) {
            // let the diagram refresh
        }
    }

    /** The edit part that shows {@code model} in {@code diagram}, or null. */
    static GraphicalEditPart part(DiagramPage diagram, Object model) {
        return (GraphicalEditPart) diagram.viewer().getEditPartRegistry().get(model);
    }

    static ToolEntry find(PaletteContainer container, String label) {
        for (Object child : container.getChildren()) {
            if (child instanceof ToolEntry entry && label.equals(entry.getLabel())) {
                return entry;
            }
            if (child instanceof PaletteContainer inner) {
                ToolEntry found = find(inner, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static Text findText(Composite parent) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Text text && child.isVisible()) {
                return text;
            }
            if (child instanceof Composite inner) {
                Text found = findText(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
