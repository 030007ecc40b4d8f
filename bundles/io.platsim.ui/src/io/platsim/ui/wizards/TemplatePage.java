/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.wizards;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.platsim.templates.Templates;

/** The New Model wizard's choice of starting point. */
final class TemplatePage extends WizardPage {

    private String templateId = Templates.SMALL.id();

    TemplatePage() {
        super("template");
        setTitle("Start from");
        setDescription("Pick a starting platform; every value can be changed afterwards.");
    }

    String templateId() {
        return templateId;
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        for (Templates.Template template : Templates.all()) {
            Button choice = new Button(body, SWT.RADIO);
            choice.setText(template.label());
            choice.setData(template.id());
            choice.setSelection(template.id().equals(templateId));
            choice.addListener(SWT.Selection, e -> {
                if (choice.getSelection()) {
                    templateId = (String) choice.getData();
                }
            });
            Label about = new Label(body, SWT.WRAP);
            about.setText(template.description());
            GridData indent = new GridData(SWT.FILL, SWT.TOP, true, false);
            indent.horizontalIndent = 24;
            indent.widthHint = 480;
            about.setLayoutData(indent);
        }
        setControl(body);
    }
}
