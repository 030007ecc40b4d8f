/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.wizards;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.platsim.diagram.export.DiagramExport;

/** Which model, which format, where to, and whether only the selection. */
final class ExportDiagramPage extends WizardPage {

    private final IFile model;
    private final boolean fromEditor;
    private Combo format;
    private Text destination;
    private Button selectionOnly;

    ExportDiagramPage(IFile model, boolean fromEditor) {
        super("diagram");
        this.model = model;
        this.fromEditor = fromEditor;
        setTitle("Export Diagram");
        setDescription("Write a PlatSim model's diagram as a vector SVG or PDF file, or a PNG image.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(3, false));
        new Label(area, SWT.NONE).setText("Model:");
        Label name = new Label(area, SWT.NONE);
        name.setText(model == null ? "(select a .platsim file or open one first)" : model.getFullPath().toString());
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(area, SWT.NONE).setText("Format:");
        format = new Combo(area, SWT.READ_ONLY);
        format.setItems("SVG", "PDF", "PNG");
        format.select(0);
        format.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
        new Label(area, SWT.NONE).setText("To file:");
        destination = new Text(area, SWT.BORDER);
        destination.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        if (model != null && model.getLocation() != null) {
            destination.setText(model.getLocation().removeFileExtension().addFileExtension("svg").toOSString());
        }
        Button browse = new Button(area, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> browse());
        selectionOnly = new Button(area, SWT.CHECK);
        selectionOnly.setText("Only the boxes selected in the diagram");
        selectionOnly.setEnabled(fromEditor);
        selectionOnly.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 3, 1));
        format.addListener(SWT.Modify, e -> formatChanged());
        destination.addListener(SWT.Modify, e -> validate());
        setControl(area);
        validate();
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setFileName(destination.getText());
        String chosen = dialog.open();
        if (chosen != null) {
            destination.setText(chosen);
        }
    }

    /** Keeps the file's extension in step with the chosen format. */
    private void formatChanged() {
        String text = destination.getText();
        int dot = text.lastIndexOf('.');
        if (dot > text.lastIndexOf('/')) {
            destination.setText(text.substring(0, dot + 1) + format().extension());
        }
        validate();
    }

    private void validate() {
        String problem = null;
        if (model == null) {
            problem = "Select a .platsim model in the Project Explorer, or open one, before exporting its diagram.";
        } else if (destination.getText().isBlank()) {
            problem = "Choose the file to write.";
        } else if (Path.of(destination.getText()).toAbsolutePath().getParent() == null
                || !Path.of(destination.getText()).toAbsolutePath().getParent().toFile().isDirectory()) {
            problem = "The folder of " + destination.getText() + " does not exist.";
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    DiagramExport.Format format() {
        return DiagramExport.Format.named(format.getItem(format.getSelectionIndex()));
    }

    String destination() {
        return destination.getText();
    }

    boolean selectionOnly() {
        return selectionOnly.getSelection();
    }
}
