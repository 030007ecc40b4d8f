/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.launch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.platsim.run.Runner;

/** The Simulation tab: the model to run, and the run settings that replace the model's own when filled in. */
public class SimulationTab extends AbstractLaunchConfigurationTab {

    private Text model;
    private Text duration;
    private Text warmup;
    private Text seed;
    private final Map<String, Button> kinds = new LinkedHashMap<>();

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(2, false));
        model = field(area, "Model (workspace path):");
        duration = field(area, "Duration (µs; empty: the model's):");
        warmup = field(area, "Warm-up (µs; empty: the model's):");
        seed = field(area, "Seed (empty: the model's):");
        Label label = new Label(area, SWT.NONE);
        label.setText("Traces (none ticked: the model's):");
        Composite boxes = new Composite(area, SWT.NONE);
        boxes.setLayout(new GridLayout(3, true));
        for (String kind : Runner.KINDS.stream().sorted().toList()) {
            Button box = new Button(boxes, SWT.CHECK);
            box.setText(kind);
            box.addListener(SWT.Selection, e -> changed());
            kinds.put(kind, box);
        }
        setControl(area);
    }

    private Text field(Composite area, String text) {
        new Label(area, SWT.NONE).setText(text);
        Text field = new Text(area, SWT.BORDER);
        field.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        field.addListener(SWT.Modify, e -> changed());
        return field;
    }

    private void changed() {
        setDirty(true);
        updateLaunchConfigurationDialog();
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        LaunchSettings.defaults(configuration, null);
    }

    @Override
    public void initializeFrom(ILaunchConfiguration configuration) {
        try {
            model.setText(configuration.getAttribute(LaunchSettings.MODEL, ""));
            duration.setText(configuration.getAttribute(LaunchSettings.DURATION_US, ""));
            warmup.setText(configuration.getAttribute(LaunchSettings.WARMUP_US, ""));
            seed.setText(configuration.getAttribute(LaunchSettings.SEED, ""));
            List<String> chosen = List.of(configuration.getAttribute(LaunchSettings.TRACE_KINDS, "").split(","));
            kinds.forEach((kind, box) -> box.setSelection(chosen.contains(kind)));
        } catch (CoreException e) {
            setErrorMessage(e.getMessage());
        }
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(LaunchSettings.MODEL, model.getText().trim());
        configuration.setAttribute(LaunchSettings.DURATION_US, duration.getText().trim());
        configuration.setAttribute(LaunchSettings.WARMUP_US, warmup.getText().trim());
        configuration.setAttribute(LaunchSettings.SEED, seed.getText().trim());
        List<String> chosen = new ArrayList<>();
        kinds.forEach((kind, box) -> {
            if (box.getSelection()) {
                chosen.add(kind);
            }
        });
        configuration.setAttribute(LaunchSettings.TRACE_KINDS, String.join(",", chosen));
    }

    @Override
    public boolean isValid(ILaunchConfiguration configuration) {
        setErrorMessage(null);
        try {
            if (LaunchSettings.model(configuration) == null) {
                setErrorMessage("Name a .platsim model of the workspace, for example /PlatSim Examples/small.platsim");
                return false;
            }
            LaunchSettings.overrides(configuration);
            return true;
        } catch (CoreException e) {
            setErrorMessage(e.getStatus().getMessage());
            return false;
        }
    }

    @Override
    public String getName() {
        return "Simulation";
    }
}
