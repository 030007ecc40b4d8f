/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.Range;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.platsim.charts.ChartExport;
import io.platsim.charts.TimeCharts;
import io.platsim.templates.Templates;
import io.platsim.trace.analysis.ChartSpec;
import io.platsim.trace.analysis.RunTraces;
import io.platsim.trace.analysis.TimeAnalysis;
import io.platsim.ui.launch.LaunchSettings;
import io.platsim.ui.launch.SimulationShortcut;

/** The small example run from its launch configuration, charted in the Charts view, zoomed, and exported. */
class ChartsViewTest {

    private static boolean waitFor(BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        return condition.getAsBoolean();
    }

    private static JFreeChart titled(ChartsView view, String title) {
        return view.charts().stream().filter(c -> c.getTitle().getText().equals(title)).findFirst().orElseThrow(
            () -> new AssertionError(title + " is not among the charts"));
    }

    /** What a time chart says of its bins. */
    private static String binned(JFreeChart chart) {
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle text) {
                return text.getText();
            }
        }
        return "";
    }

    @Test
    void aFinishedRunOpensItsChartsWhichZoomTogetherAndExport(@TempDir Path temp) throws Exception {
        IFile model = io.platsim.ui.launch.ModelProjects.fresh("Charts Test", Templates.small("small"));
        IProject project = model.getProject();
        ILaunchConfigurationWorkingCopy config = SimulationShortcut.configuration(model).getWorkingCopy();
        config.setAttribute(LaunchSettings.DURATION_US, "400");
        config.doSave();
        // Run As > PlatSim Simulation on the model, as the Run button and the menu do: the launch runs in a job.
        new SimulationShortcut().launch(new org.eclipse.jface.viewers.StructuredSelection(model),
            ILaunchManager.RUN_MODE);
        assertTrue(waitFor(() -> {
            try {
                return project.getFolder("Runs").exists() && project.getFolder("Runs").members().length == 1;
            } catch (org.eclipse.core.runtime.CoreException e) {
                return false;
            }
        }), "the run's folder appears under Runs");
        Path run = project.getFolder("Runs").members()[0].getLocation().toFile().toPath();
        ChartsView[] view = new ChartsView[1];
        assertTrue(waitFor(() -> {
            view[0] = (ChartsView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .findView(ChartsView.ID);
            return view[0] != null && run.equals(view[0].shownRun());
        }), "the run's charts open by themselves");
        JFreeChart throughput = titled(view[0], "DMA throughput");
        titled(view[0], "DMA latency distribution");
        JFreeChart latency = titled(view[0], "DMA latency over time (mean)");

        ChartSpec spec = ChartSpec.CATALOG.get(0);
        String wholeRunBins = binned(throughput);
        long[] wholeSpan;
        try (RunTraces traces = new RunTraces(run)) {
            long[] span = traces.span();
            wholeSpan = span;
            XYDataset expected = TimeCharts.dataset(
                TimeAnalysis.lines(traces, spec, span[0], span[1], RunCharts.PIXELS));
            XYDataset shown = throughput.getXYPlot().getDataset();
            assertEquals(expected.getItemCount(0), shown.getItemCount(0), "the chart shows the provider's points");
            for (int i = 0; i < expected.getItemCount(0); i++) {
                assertEquals(expected.getYValue(0, i), shown.getYValue(0, i), 1e-9);
            }
        }

        Range zoom = new Range(250, 300);
        throughput.getXYPlot().getDomainAxis().setRange(zoom);
        assertTrue(waitFor(() -> latency.getXYPlot().getDomainAxis().getRange().equals(zoom)),
            "zooming one time chart zooms the others");
        XYDataset zoomed = latency.getXYPlot().getDataset();
        assertTrue(zoomed.getXValue(0, 0) >= 250 && zoomed.getXValue(0, zoomed.getItemCount(0) - 1) <= 300,
            "the latency chart was queried again for the zoomed range");
        assertTrue(binned(throughput).startsWith("bins of ") && !binned(throughput).equals(wholeRunBins),
            "the zoomed chart says its narrower bins: " + binned(throughput) + " after " + wholeRunBins);

        view[0].composite(throughput).pan(100);
        assertTrue(waitFor(() -> latency.getXYPlot().getDomainAxis().getRange().getLowerBound() > 255),
            "Ctrl+drag to the left pans every time chart later: " + latency.getXYPlot().getDomainAxis().getRange());
        view[0].resetZoom();
        assertTrue(waitFor(() -> latency.getXYPlot().getDomainAxis().getRange().contains(wholeSpan[0] / 1e6)
            && latency.getXYPlot().getDomainAxis().getRange().contains(wholeSpan[1] / 1e6)
            && latency.getXYPlot().getDomainAxis().getRange().getLength() < (wholeSpan[1] - wholeSpan[0]) / 1e6 * 1.1
            && binned(throughput).equals(wholeRunBins)), "Reset Zoom shows the whole run again, in its bins");

        io.platsim.model.Platform platform = Templates.small("small");
        view[0].filter(platform.getDevices().get(0));
        assertEquals("nic0", view[0].filteredDevice(), "selecting the NIC filters the charts to it");
        assertTrue(view[0].headerText().contains("Filtered to nic0"), view[0].headerText());
        JFreeChart direction = titled(view[0], "DMA throughput by direction");
        assertTrue(waitFor(() -> view[0].narrowedTo().equals(Map.of("track", 0L))
            && direction.getXYPlot().getDataset().getSeriesCount() == 1),
            "a chart that records devices but is not split by them is narrowed too");
        JFreeChart distribution = titled(view[0], "DMA latency distribution");
        assertTrue(waitFor(() -> distribution.getXYPlot().getNoDataMessage().equals(
            "no data for nic0: it made no DMA transfers")), "the latency charts are filtered to the NIC too");
        assertTrue(distribution.getXYPlot().getDataset(1).getItemCount(0) >= 2, "and the NIC's transfers are there");
        view[0].filter(platform.getSockets().get(0));
        assertEquals(null, view[0].filteredDevice(), "selecting something else shows every device again");
        assertTrue(waitFor(() -> distribution.getXYPlot().getNoDataMessage().equals("no DMA transfers in this run")),
            "a socket filter leaves the latency charts whole: the dma trace does not record sockets");

        // The latency distribution pans on its log axis by a factor and double-click shows its first range again.
        ValueAxis latencyAxis = distribution.getXYPlot().getDomainAxis();
        Range first = latencyAxis.getRange();
        latencyAxis.setRange(first.getLowerBound() * 1.2, first.getUpperBound() / 1.2);
        double ratio = latencyAxis.getUpperBound() / latencyAxis.getLowerBound();
        view[0].composite(distribution).pan(100);
        assertTrue(latencyAxis.getLowerBound() > first.getLowerBound() * 1.2, "later: " + latencyAxis.getRange());
        assertEquals(ratio, latencyAxis.getUpperBound() / latencyAxis.getLowerBound(), ratio * 1e-9,
            "by the same factor at both ends");
        view[0].composite(distribution).mouseDoubleClick(null);
        assertEquals(first, latencyAxis.getRange(), "double-click shows the whole distribution again");

        // The saved model, loaded as the editor loads it, so that its elements know their file.
        io.platsim.model.Platform saved = io.platsim.model.persistence.ModelFiles.load(
            model.getLocation().toFile().toPath()).platform();
        JFreeChart msi = titled(view[0], "MSI to handler latency (mean)");
        view[0].filter(saved.getSockets().get(0).getCores().get(3));
        assertEquals(Map.of("socket", 0L, "core", 3L), view[0].narrowedTo());
        assertTrue(waitFor(() -> msi.getXYPlot().getDataset().getSeriesCount() == 0),
            "no MSI goes to core 3, so its chart empties");
        assertEquals("no data for socket 0, core 3 in this range", msi.getXYPlot().getNoDataMessage());
        assertTrue(!msi.getXYPlot().getRangeAxis().isVisible(), "and draws no value axis for nothing");
        view[0].filter(saved.getSockets().get(0).getCores().get(0));
        assertTrue(waitFor(() -> msi.getXYPlot().getDataset().getSeriesCount() == 1),
            "core 0 handles the NIC's MSIs");

        for (String name : List.of("throughput.svg", "throughput.pdf", "throughput.png")) {
            ChartExport.write(throughput, 560, 300, temp.resolve(name));
            assertTrue(Files.size(temp.resolve(name)) > 1000, name);
        }
        assertTrue(Files.readString(temp.resolve("throughput.svg")).contains("DMA throughput"));
    }
}
