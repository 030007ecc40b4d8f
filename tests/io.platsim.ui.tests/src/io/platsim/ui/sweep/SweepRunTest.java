/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import io.platsim.model.Platform;
import io.platsim.model.persistence.ModelFiles;
import io.platsim.model.sweep.Factors;
import io.platsim.model.sweep.Sweep;
import io.platsim.sweep.SweepFile;
import io.platsim.ui.charts.ChartsView;

/**
 * Run As > PlatSim Sweep: the sweep runs in a job into Sweeps/NAME-TIME of its project, the Sweep Results view
 * shows its points and charts, sorting a column reorders the points, and double-clicking a point shows its run.
 */
class SweepRunTest {

    private static void drainUntil(java.util.function.BooleanSupplier done) {
        Display display = PlatformUI.getWorkbench().getDisplay();
        long end = System.currentTimeMillis() + 60_000;
        while (!done.getAsBoolean() && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
    }

    @Test
    void aSweepRunsInAJobAndItsResultsViewShowsItsPointsChartsAndRuns() throws Exception {
        IProject project = SweepFixtures.projectWithLab("Sweep Run Test");
        Path dir = project.getLocation().toFile().toPath();
        Platform lab = ModelFiles.load(dir.resolve("lab.platsim")).platform();
        Sweep sweep = Factors.sweep(lab, 2, 20, List.of(Factors.listed(lab.getWorkloads().get(0), "rateGbps", "40",
            "10", "20")), "devices/0/streams/0/throughput_gbps", "devices/0/streams/0/latency_ns/mean");
        sweep.setName("rates");
        SweepFile.save(sweep, dir.resolve("rates.sweep"));
        project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
        IFile file = project.getFile("rates.sweep");

        new SweepShortcut().launch(new StructuredSelection(file), "run");
        drainUntil(() -> Job.getJobManager().find(SweepShortcut.FAMILY).length == 0);
        drainUntil(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
            .findView(SweepResultsView.ID) != null);
        IFolder sweeps = project.getFolder(SweepShortcut.SWEEPS);
        assertTrue(sweeps.exists(), "the project has a Sweeps folder");
        IResource[] runs = sweeps.members();
        assertEquals(1, runs.length);
        assertTrue(runs[0].getName().startsWith("rates-"), runs[0].getName());
        assertTrue(Files.exists(runs[0].getLocation().toFile().toPath().resolve("summary.csv")));

        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        SweepResultsView view = (SweepResultsView) page.findView(SweepResultsView.ID);
        assertNotNull(view, "the view opens on the sweep just run");
        Composite control = view.getSite().getShell();
        Table table = SweepFixtures.find(control, Table.class).stream().filter(t -> t.getColumnCount() == 5
            && "point".equals(t.getColumn(0).getText())).findFirst().orElseThrow();
        assertEquals(3, table.getItemCount());
        assertEquals("P0001", table.getItem(0).getText(0));
        assertEquals("40", table.getItem(0).getText(1));
        assertEquals("2/2", table.getItem(0).getText(2));
        table.getColumn(1).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertEquals(List.of("10", "20", "40"), List.of(table.getItem(0).getText(1), table.getItem(1).getText(1),
            table.getItem(2).getText(1)), "sorted by rate, as numbers");
        Combo charts = SweepFixtures.find(table.getParent(), Combo.class).stream().findFirst().orElseThrow();
        assertEquals(List.of("devices/0/streams/0/throughput_gbps by rx-packets.rateGbps",
            "devices/0/streams/0/latency_ns/mean by rx-packets.rateGbps",
            "devices/0/streams/0/latency_ns/mean against devices/0/streams/0/throughput_gbps"),
            List.of(charts.getItems()));
        table.setSelection(0);
        table.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        drainUntil(() -> page.findView(ChartsView.ID) != null
            && !((ChartsView) page.findView(ChartsView.ID)).charts().isEmpty());
        ChartsView charted = (ChartsView) page.findView(ChartsView.ID);
        assertNotNull(charted, "double-clicking a point shows its run");
        assertTrue(charted.shownRun().startsWith(runs[0].getLocation().toFile().toPath()), charted.shownRun()
            .toString());
        assertTrue(!charted.charts().isEmpty(), "with its charts: a sweep run from the workbench writes the traces its "
            + "model names");
    }
}
