/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.markers;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.ResourceUtil;

import io.platsim.model.validation.ValidationProblem;
import io.platsim.ui.PlatsimUi;
import io.platsim.ui.editor.PlatsimEditor;

/** PlatSim > Validate: checks the model in the active editor and lists what is wrong in the Problems view. */
public class ValidateAction extends Action {

    private PlatsimEditor editor;

    public ValidateAction() {
        super("&Validate");
        setId(PlatsimUi.ID + ".validate");
        setToolTipText("Check the model against PlatSim's rules; problems go to the Problems view");
        setEnabled(false);
    }

    public void setEditor(PlatsimEditor editor) {
        this.editor = editor;
        setEnabled(editor != null && editor.platform() != null
            && ResourceUtil.getFile(editor.getEditorInput()) != null);
    }

    @Override
    public void run() {
        IFile file = ResourceUtil.getFile(editor.getEditorInput());
        List<ValidationProblem> problems = ProblemMarkers.update(file, editor.platform());
        long errors = problems.stream().filter(p -> p.severity() == ValidationProblem.Severity.ERROR).count();
        String summary = problems.isEmpty() ? file.getName() + " is valid"
            : file.getName() + ": " + errors + " errors, " + (problems.size() - errors) + " warnings";
        editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(summary);
        if (!problems.isEmpty()) {
            try {
                editor.getSite().getPage().showView(IPageLayout.ID_PROBLEM_VIEW);
            } catch (PartInitException e) {
                PlatsimUi.log("Could not show the Problems view", e);
            }
        }
    }
}
