/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.platsim.model.labels.Labels;
import io.platsim.sweep.design.FactorValues;
import io.platsim.ui.PlatsimUi;

/** Asks which field of an element to sweep, over which values, and into which sweep. */
final class SweepFieldDialog extends TitleAreaDialog {

    private final IFile model;
    private final EObject element;
    private final List<EStructuralFeature> fields;
    private final List<IFile> sweeps = new ArrayList<>();
    private Combo fieldPicker;
    private Text values;
    private Combo sweepPicker;
    private IFile written;

    SweepFieldDialog(Shell shell, IFile model, EObject element) {
        super(shell);
        this.model = model;
        this.element = element;
        this.fields = FactorValues.sweepable(element);
        try {
            model.getProject().accept(resource -> {
                if (resource instanceof IFile file && "sweep".equals(file.getFileExtension())) {
                    sweeps.add(file);
                }
                return true;
            });
        } catch (CoreException e) {
            PlatsimUi.log("Listing the sweeps of " + model.getProject().getName() + " failed", e);
        }
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Sweep a Field of " + Labels.describe(element));
        setMessage("The sweep varies the saved model: each of its points is the model with this field set to one of "
            + "the values.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new Label(form, SWT.NONE).setText("Field:");
        fieldPicker = new Combo(form, SWT.READ_ONLY);
        fieldPicker.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        for (EStructuralFeature field : fields) {
            fieldPicker.add(field.getName() + " (now " + current(field) + ")");
        }
        new Label(form, SWT.NONE).setText("Values:");
        values = new Text(form, SWT.BORDER);
        values.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        values.setToolTipText("Comma-separated, as the model file writes them; a list of cores takes counts");
        new Label(form, SWT.NONE).setText("Into:");
        sweepPicker = new Combo(form, SWT.READ_ONLY);
        sweepPicker.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        sweepPicker.add("a new sweep beside " + model.getName());
        sweeps.forEach(s -> sweepPicker.add(s.getFullPath().makeRelative().toString()));
        sweepPicker.select(0);
        fieldPicker.addListener(SWT.Selection, e -> {
            values.setText(choicesOrCurrent(fields.get(fieldPicker.getSelectionIndex())));
            values.setFocus();
        });
        if (!fields.isEmpty()) {
            fieldPicker.select(0);
            values.setText(choicesOrCurrent(fields.get(0)));
        } else {
            setMessage(Labels.describe(element) + " has no field a sweep can vary.", IMessageProvider.WARNING);
        }
        return area;
    }

    private String current(EStructuralFeature field) {
        Object value = element.eGet(field);
        return value instanceof List<?> list ? list.size() + "" : String.valueOf(value);
    }

    /** An enumeration's or a boolean's every literal; else the field's current value, to be added to. */
    private String choicesOrCurrent(EStructuralFeature field) {
        List<String> choices = FactorValues.choices(field);
        return choices.isEmpty() ? current(field) : String.join(", ", choices);
    }

    @Override
    protected void okPressed() {
        if (fieldPicker.getSelectionIndex() < 0) {
            return;
        }
        List<String> picked = Arrays.stream(values.getText().split(",")).map(String::strip)
            .filter(v -> !v.isEmpty()).toList();
        IFile into = sweepPicker.getSelectionIndex() <= 0 ? null : sweeps.get(sweepPicker.getSelectionIndex() - 1);
        try {
            written = SweepField.add(model, element, fields.get(fieldPicker.getSelectionIndex()), picked, into);
            super.okPressed();
        } catch (IllegalArgumentException e) {
            setMessage(e.getMessage(), IMessageProvider.ERROR);
        } catch (java.io.IOException | CoreException e) {
            setMessage("The sweep could not be written: " + e.getMessage(), IMessageProvider.ERROR);
        }
    }

    /** The sweep file written when OK was pressed. */
    IFile written() {
        return written;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Add to Sweep", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }
}
