/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.SaveAsDialog;

import io.platsim.ui.PlatsimUi;

/** Where File > Save As puts a copy of a model: the workspace's own Save As dialog, and the model's extension. */
final class SaveAsTarget {

    /** The extension of PlatSim models. */
    static final String EXTENSION = "platsim";

    private SaveAsTarget() {
    }

    /**
     * Asks for the copy's file, starting beside {@code original} (null: anywhere); returns it, with the model
     * extension added when the name lacks it, or null when cancelled.
     */
    static IFile ask(Shell shell, IFile original) {
        SaveAsDialog dialog = new SaveAsDialog(shell);
        if (original != null) {
            dialog.setOriginalFile(original);
        }
        dialog.create();
        dialog.setTitle("Save Model As");
        dialog.setMessage("Save a copy of the model, with its diagram's layout beside it; the editor then edits the"
            + " copy.");
        if (dialog.open() != Window.OK || dialog.getResult() == null) {
            return null;
        }
        IPath path = dialog.getResult();
        if (!EXTENSION.equals(path.getFileExtension())) {
            path = path.addFileExtension(EXTENSION);
        }
        return ResourcesPlugin.getWorkspace().getRoot().getFile(path);
    }

    /** Says that the copy {@code target} could not be written and that the editor stays on {@code original}. */
    static void failed(Shell shell, IFile target, Exception e, String original) {
        PlatsimUi.log("Saving a copy as " + target.getFullPath() + " failed", e);
        MessageDialog.openError(shell, "Save As failed", "PlatSim could not save " + target.getFullPath() + ":\n\n"
            + e.getMessage() + "\n\nThe editor still edits " + original + ", unchanged on disk.");
    }
}
