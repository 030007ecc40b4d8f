/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.platsim.model.persistence.LoadProblem;
import io.platsim.model.persistence.LoadResult;

/** What the editor shows instead of a model when the file does not load: each problem, with its line. */
final class LoadErrorPane {

    private LoadErrorPane() {
    }

    static Composite create(Composite parent, LoadResult result) {
        Composite pane = new Composite(parent, SWT.NONE);
        pane.setLayout(new GridLayout(1, false));
        Label title = new Label(pane, SWT.WRAP);
        title.setText("This PlatSim model could not be opened. The file has not been changed; fix it in a text "
            + "editor (Open With > Text Editor) and open it again.");
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Text details = new Text(pane, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        StringBuilder text = new StringBuilder();
        for (LoadProblem problem : result.errors()) {
            text.append(problem.text()).append('\n');
        }
        details.setText(text.toString());
        details.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return pane;
    }
}
