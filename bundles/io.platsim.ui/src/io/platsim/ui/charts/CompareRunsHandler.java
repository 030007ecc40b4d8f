/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.charts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import io.platsim.charts.ComparisonCharts;
import io.platsim.run.SettingsDiff;
import io.platsim.trace.analysis.RunComparison;

/** Compare Runs on two selected run folders. */
public class CompareRunsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        List<Path> runs = RunFolders.of(HandlerUtil.getCurrentStructuredSelection(event));
        var shell = HandlerUtil.getActiveShell(event);
        if (runs.size() != 2) {
            MessageDialog.openInformation(shell, "Compare Runs", "Select two run folders to compare.");
            return null;
        }
        try {
            CompareRunsDialog dialog = new CompareRunsDialog(shell, runs.get(0), runs.get(1),
                SettingsDiff.between(runs.get(0), runs.get(1)), RunComparison.rows(runs.get(0), runs.get(1)),
                ComparisonCharts.latencyCdf(runs.get(0), runs.get(1)));
            dialog.open();
        } catch (IOException e) {
            MessageDialog.openError(shell, "Compare Runs", "The runs cannot be read: " + e.getMessage());
        }
        return null;
    }
}
