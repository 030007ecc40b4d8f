/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.charts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;

import io.platsim.charts.TimeCharts;
import io.platsim.trace.analysis.ChartSpec;
import io.platsim.trace.analysis.RunTraces;
import io.platsim.trace.analysis.TimeLines;
import io.platsim.ui.PlatsimUi;

/**
 * The charts of the run selected in the Project Explorer (a run folder, or a file in it), or of the run just
 * finished. Charts are computed in a job from the run's trace files through the data provider. Dragging a time
 * range in any time chart zooms every time chart of the run; the provider re-aggregates the new range.
 */
public class ChartsView extends ViewPart {

    public static final String ID = "io.platsim.ui.charts";

    private ScrolledComposite scroller;
    private Composite charts;
    private Label status;
    private RunCharts shown;
    /** The latest job filtering the latency charts, cancelled when another filter comes. */
    private Job refiltering;
    private final List<RunChartComposite> composites = new ArrayList<>();
    private boolean syncing;
    private String filtered;
    private final ISelectionListener selection = this::selectionChanged;

    @Override
    public void createPartControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        status = new Label(area, SWT.WRAP);
        status.setText("Select a run folder (under Runs in a project) to see its charts.");
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        scroller = new ScrolledComposite(area, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        charts = new Composite(scroller, SWT.NONE);
        charts.setLayout(new GridLayout(2, true));
        scroller.setContent(charts);
        getSite().getPage().addPostSelectionListener(selection);
        Action reset = new Action("Reset Zoom") {
            @Override
            public void run() {
                resetZoom();
            }
        };
        reset.setToolTipText("Show the whole run in every time chart");
        getViewSite().getActionBars().getToolBarManager().add(reset);
        // Opened with a run folder already selected, the view shows its charts at once.
        ISelection current = getSite().getPage().getSelection();
        if (current != null) {
            selectionChanged(null, current);
        }
    }

    /** Shows the whole run in every time chart again, re-aggregated. */
    public void resetZoom() {
        if (shown == null || shown.timed.isEmpty() || shown.span[1] <= shown.span[0]) {
            return;
        }
        // A margin of 2% each side, as the charts are first drawn, so that no tick label at an end is cut.
        double margin = (shown.span[1] - shown.span[0]) / 1e6 * 0.02;
        shown.timed.values().iterator().next().getXYPlot().getDomainAxis().setRange(shown.span[0] / 1e6 - margin,
            shown.span[1] / 1e6 + margin);
    }

    private void selectionChanged(IWorkbenchPart part, ISelection chosen) {
        if (part != this && chosen instanceof IStructuredSelection structured
                && structured.getFirstElement() instanceof org.eclipse.emf.ecore.EObject element) {
            filter(element);
            return;
        }
        if (part != this && chosen instanceof IStructuredSelection structured
                && structured.getFirstElement() instanceof IResource resource) {
            for (IResource r = resource; r != null; r = r.getParent()) {
                Path folder = r.getLocation() == null ? null : r.getLocation().toFile().toPath();
                if (folder != null && Files.exists(folder.resolve("summary.json"))) {
                    showRun(folder);
                    return;
                }
            }
        }
    }

    /** Shows the charts of run folder {@code run}, computing them in a job; returns the job. */
    public Job showRun(Path run) {
        if (shown != null && shown.traces.folder().equals(run)) {
            return null;
        }
        status.setText("Charting " + run.getFileName() + "...");
        Job job = new Job("Charting " + run.getFileName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    RunCharts built = RunCharts.build(new RunTraces(run));
                    Display.getDefault().asyncExec(() -> show(built));
                    return Status.OK_STATUS;
                } catch (IOException | RuntimeException e) {
                    Display.getDefault().asyncExec(() -> status.setText("No charts: " + e.getMessage()));
                    return new Status(IStatus.ERROR, PlatsimUi.ID, "Charting " + run + " failed", e);
                }
            }
        };
        job.schedule();
        return job;
    }

    private void show(RunCharts built) {
        if (charts.isDisposed()) {
            return;
        }
        closeShown();
        shown = built;
        filtered = null;
        for (RunChartComposite composite : composites) {
            composite.dispose();
        }
        composites.clear();
        header();
        for (JFreeChart chart : built.fixed) {
            composites.add(new RunChartComposite(charts, chart));
        }
        for (JFreeChart chart : built.timed.values()) {
            RunChartComposite composite = new RunChartComposite(charts, chart);
            composite.onReset(this::resetZoom);
            composites.add(composite);
            chart.getXYPlot().getDomainAxis().addChangeListener(event -> zoomed((ValueAxis) event.getAxis()));
        }
        charts.layout(true, true);
        scroller.setMinSize(charts.computeSize(600, SWT.DEFAULT));
    }

    /**
     * Narrows every time chart whose trace records {@code element} to its rows: a device of the run (selected in the
     * diagram or the tree) by its track, a socket, core or VM of the run's model by its number; anything else shows
     * everything again.
     */
    void filter(org.eclipse.emf.ecore.EObject element) {
        if (shown == null) {
            return;
        }
        var name = element.eClass().getEStructuralFeature("name");
        Object value = name == null ? null : element.eGet(name);
        filtered = value instanceof String text && shown.traces.tracks().contains(text) ? text : null;
        Map<String, Long> only = filtered != null ? Map.of("track", (long) shown.traces.tracks().indexOf(filtered))
            : ElementFilter.of(element, shown.traces.model());
        if (!only.equals(shown.only)) {
            shown.only = only;
            if (!shown.timed.isEmpty()) {
                zoomed(shown.timed.values().iterator().next().getXYPlot().getDomainAxis(), true);
            }
            refilterFixed(shown);
        }
        header();
    }

    /** Re-computes the DMA latency charts of {@code run} for its filter, off the UI thread. */
    private void refilterFixed(RunCharts run) {
        if (run.fixed.isEmpty()) {
            return;
        }
        if (refiltering != null) {
            refiltering.cancel();
        }
        Job job = new Job("Filtering the latency charts") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    RunCharts.Fixed data = run.queryFixed();
                    Display.getDefault().asyncExec(() -> {
                        if (run == shown && data.only().equals(run.only)) {
                            boolean narrowed = data.narrowed() && !data.only().isEmpty();
                            run.show(data, narrowed ? "no data for " + described(data.only())
                                + ": it made no DMA transfers" : "no DMA transfers in this run");
                            run.fixed.stream().map(ChartsView.this::composite).filter(c -> c != null)
                                .forEach(RunChartComposite::remember);
                        }
                    });
                    return Status.OK_STATUS;
                } catch (IOException e) {
                    return new Status(IStatus.ERROR, PlatsimUi.ID, "Filtering the latency charts failed", e);
                }
            }
        };
        job.setSystem(true);
        job.schedule();
        refiltering = job;
    }

    /** The rows the charts are narrowed to (by socket, core or vm), empty for all. */
    public Map<String, Long> narrowedTo() {
        return shown == null ? Map.of() : shown.only;
    }

    /** The status line: the run, how to zoom, and the filter that is on. */
    private void header() {
        String text = shown.traces.folder().getFileName() + ": drag across a time chart to zoom every time chart,"
            + " Ctrl+drag to pan, double-click (or Reset Zoom) to see the whole run; right-click a chart to export it.";
        if (shown.fixed.isEmpty() && shown.timed.isEmpty()) {
            text = shown.traces.folder().getFileName() + " wrote no traces to chart (a run writes the kinds its "
                + "model's run settings name; a sweep run from the command line writes none unless --trace asks); its "
                + "figures are in its summary.json.";
        }
        if (!shown.only.isEmpty()) {
            text += "\nFiltered to " + described(shown.only) + ": the charts whose trace records it show only its"
                + " rows (select anything else to see everything again).";
        }
        status.setText(text);
        status.getParent().layout(true, true);
    }

    /** A filter as the user reads it: "nic0", "socket 0, core 3", "vm 1". */
    private String described(Map<String, Long> only) {
        if (only.containsKey("track")) {
            return filtered;
        }
        List<String> parts = new ArrayList<>();
        for (String column : List.of("socket", "core", "vm")) {
            if (only.containsKey(column)) {
                parts.add(column + " " + only.get(column));
            }
        }
        return String.join(", ", parts);
    }

    /** What the status line says (for tests). */
    String headerText() {
        return status.getText();
    }

    /** The device the charts are filtered to, or null. */
    public String filteredDevice() {
        return filtered;
    }

    /** The run folder whose charts are on show, or null. */
    public Path shownRun() {
        return shown == null ? null : shown.traces.folder();
    }

    /** The widget that draws {@code chart}, or null. */
    RunChartComposite composite(JFreeChart chart) {
        return composites.stream().filter(c -> c.getChart() == chart).findFirst().orElse(null);
    }

    /** The charts on show (for tests and exports). */
    public List<JFreeChart> charts() {
        return composites.stream().map(RunChartComposite::getChart).toList();
    }

    /** A time chart's domain changed: re-query every time chart for the new range and give them all that range. */
    private void zoomed(ValueAxis axis) {
        zoomed(axis, false);
    }

    private void zoomed(ValueAxis axis, boolean narrowed) {
        if ((syncing && !narrowed) || shown == null) {
            return;
        }
        Range range = axis.getRange();
        RunCharts run = shown;
        long from = Math.max(run.span[0], (long) (range.getLowerBound() * 1e6));
        long to = Math.min(run.span[1], (long) Math.ceil(range.getUpperBound() * 1e6));
        Job job = new Job("Zooming the charts") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    Map<ChartSpec, TimeLines> data = run.query(from, Math.max(from + 1, to));
                    Display.getDefault().asyncExec(() -> apply(run, data, range));
                    return Status.OK_STATUS;
                } catch (IOException e) {
                    return new Status(IStatus.ERROR, PlatsimUi.ID, "Zooming the charts failed", e);
                }
            }
        };
        job.setSystem(true);
        job.schedule();
    }

    private void apply(RunCharts run, Map<ChartSpec, TimeLines> data, Range range) {
        if (run != shown) {
            return;
        }
        syncing = true;
        try {
            data.forEach((spec, lines) -> {
                XYPlot plot = run.timed.get(spec).getXYPlot();
                TimeCharts.show(run.timed.get(spec), lines);
                plot.getDomainAxis().setRange(range);
                plot.getRangeAxis().setAutoRange(true);
            });
            data.keySet().forEach(spec -> run.timed.get(spec).getXYPlot().setNoDataMessage(run.only.isEmpty()
                ? "no rows in this range" : "no data for " + described(run.only) + " in this range"));
        } finally {
            syncing = false;
        }
    }

    private void closeShown() {
        if (shown != null) {
            try {
                shown.traces.close();
            } catch (IOException e) {
                PlatsimUi.log("Closing the traces of " + shown.traces.folder() + " failed", e);
            }
        }
    }

    @Override
    public void setFocus() {
        scroller.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(selection);
        closeShown();
        super.dispose();
    }
}
