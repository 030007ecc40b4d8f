/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.sweep;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.ide.ResourceUtil;

import io.platsim.model.Platform;
import io.platsim.ui.PlatsimUi;
import io.platsim.ui.editor.PlatsimEditor;

/**
 * "Sweep a Field…" in the model editor's tree and diagram menus: adds a factor on a field of the selected element to
 * a sweep, and opens the sweep.
 */
public final class SweepFieldAction extends Action {

    private final PlatsimEditor editor;
    private final EObject element;

    public SweepFieldAction(PlatsimEditor editor, EObject element) {
        super("Sweep a &Field…");
        this.editor = editor;
        this.element = element;
        setEnabled(element != null && !(element instanceof Platform) && ResourceUtil.getFile(editor.getEditorInput())
            != null);
    }

    @Override
    public void run() {
        if (editor.isDirty()) {
            MessageDialog.openInformation(editor.getSite().getShell(), "Sweep a Field", "A sweep varies the saved "
                + "model: save " + editor.getEditorInput().getName() + " first.");
            return;
        }
        IFile model = ResourceUtil.getFile(editor.getEditorInput());
        SweepFieldDialog dialog = new SweepFieldDialog(editor.getSite().getShell(), model, element);
        if (dialog.open() == Window.OK && dialog.written() != null) {
            try {
                IDE.openEditor(editor.getSite().getPage(), dialog.written(), SweepEditor.ID);
            } catch (PartInitException e) {
                PlatsimUi.log("Opening " + dialog.written().getFullPath() + " failed", e);
            }
        }
    }
}
