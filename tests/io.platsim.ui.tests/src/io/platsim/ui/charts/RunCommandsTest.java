/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

import io.platsim.charts.ComparisonCharts;
import io.platsim.templates.Templates;
import io.platsim.run.SettingsDiff;
import io.platsim.trace.analysis.RunComparison;
import io.platsim.ui.launch.LaunchSettings;
import io.platsim.ui.launch.SimulationShortcut;

/** The PlatSim Run menu of run folders: trace export and comparing two runs. */
class RunCommandsTest {

    private IFolder[] twoRuns() throws Exception {
        IFile model = io.platsim.ui.launch.ModelProjects.fresh("Run Commands", Templates.small("small"));
        IProject project = model.getProject();
        for (String seed : new String[] {"1", "2"}) {
            ILaunchConfigurationWorkingCopy config = SimulationShortcut.configuration(model).getWorkingCopy();
            config.setAttribute(LaunchSettings.DURATION_US, "150");
            config.setAttribute(LaunchSettings.SEED, seed);
            config.doSave().launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
            Thread.sleep(1100); // run folders are named to the second
        }
        IResource[] runs = project.getFolder("Runs").members();
        Arrays.sort(runs, (a, b) -> a.getName().compareTo(b.getName()));
        return new IFolder[] {(IFolder) runs[0], (IFolder) runs[1]};
    }

    @Test
    void exportTracesOnARunFolderWritesCsvBesideItsTraces() throws Exception {
        IFolder run = twoRuns()[0];
        assertTrue(new RunFolders().test(run, "isRun", null, null), "a run folder is offered the run menu");
        assertTrue(!new RunFolders().test(run.getFolder("traces"), "isRun", null, null));
        var commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        var handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        ParameterizedCommand csv = ParameterizedCommand.generateCommand(
            commands.getCommand("io.platsim.ui.exportTraces"), Map.of("io.platsim.ui.traceFormat", "csv"));
        IEvaluationContext context = handlers.createContextSnapshot(false);
        context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(run));
        Job job = (Job) handlers.executeCommandInContext(csv, null, context);
        job.join();
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        IFile dma = run.getFolder("export").getFile("dma.csv");
        assertTrue(dma.exists(), "the CSV is in the workspace");
        assertTrue(Files.readString(dma.getLocation().toFile().toPath()).startsWith("time_ps,track"));
    }

    @Test
    void twoRunsCompareFigureByFigure() throws Exception {
        IFolder[] runs = twoRuns();
        var first = runs[0].getLocation().toFile().toPath();
        var second = runs[1].getLocation().toFile().toPath();
        var rows = RunComparison.rows(first, second);
        RunComparison.Row throughput = rows.stream().filter(r -> r.metric().equals("Gb/s")).findFirst().orElseThrow();
        assertEquals("nic0 / rx-packets", throughput.stream());
        assertTrue(throughput.first() > 0 && throughput.second() > 0);
        assertEquals(throughput.second() - throughput.first(), throughput.difference(), 1e-12);
        var settings = SettingsDiff.between(first, second);
        assertEquals(List.of(new SettingsDiff.Difference("run", "seed", "1", "2")), settings,
            "the runs kept their models, which are the same; their seeds differ");
        CompareRunsDialog dialog = new CompareRunsDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow()
            .getShell(), first, second, settings, rows, ComparisonCharts.latencyCdf(first, second));
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            assertEquals("Settings that differ (1):", dialog.settingsNote());
            assertEquals("seed", dialog.settingsTable().getItem(0).getText(1));
            TableItem item = dialog.table().getItem(0);
            assertEquals("nic0 / rx-packets", item.getText(0));
            assertEquals(rows.size(), dialog.table().getItemCount());
            for (TableItem row : dialog.table().getItems()) {
                if (row.getText(1).equals("transfers")) {
                    assertTrue(row.getText(2).matches("[0-9,]+"), "a count is a whole number: " + row.getText(2));
                }
            }
            assertEquals(2, ComparisonCharts.latencyCdf(first, second).getXYPlot().getDataset().getSeriesCount(),
                "both runs' CDFs in one chart");
            var spec = RunComparison.sharedCharts(first, second).get(0);
            var lines = ComparisonCharts.overlay(first, second, spec, 100).getXYPlot().getDataset();
            assertEquals(2, lines.getSeriesCount(), "the NIC's throughput from both runs");
            assertTrue(lines.getSeriesKey(0).toString().startsWith(runs[0].getName() + ": nic0"));
            // Picking another chart draws it in place, zoomable across time only, as the first one was.
            dialog.chartPicker().select(1);
            dialog.chartPicker().notifyListeners(SWT.Selection, new Event());
            assertEquals(spec.title() + ", both runs", dialog.chart().getChart().getTitle().getText());
            assertTrue(!dialog.chart().isRangeZoomable(), "the picked chart zooms its time axis only");
        } finally {
            dialog.close();
        }
    }
}
