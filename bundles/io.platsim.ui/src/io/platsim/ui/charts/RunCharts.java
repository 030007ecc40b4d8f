/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.charts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;

import io.platsim.charts.DistributionCharts;
import io.platsim.charts.TimeCharts;
import io.platsim.trace.analysis.ChartSpec;
import io.platsim.trace.analysis.LatencyAnalysis;
import io.platsim.trace.analysis.LatencyBreakdown;
import io.platsim.trace.analysis.LatencyDistribution;
import io.platsim.trace.analysis.RowFilter;
import io.platsim.trace.analysis.RunTraces;
import io.platsim.trace.analysis.TimeAnalysis;
import io.platsim.trace.analysis.TimeLines;

/**
 * The charts of one run, built off the UI thread: the latency distribution and breakdown, then every time chart
 * the run's traces allow. Time charts can be re-queried for a new time range (a zoom in any of them).
 */
final class RunCharts {

    /** The width of a chart's data area in the view, in pixels: the analysis bins the rows for it. */
    static final int PIXELS = 480;

    final RunTraces traces;
    final long[] span;
    final List<JFreeChart> fixed = new ArrayList<>();
    final Map<ChartSpec, JFreeChart> timed = new LinkedHashMap<>();

    private RunCharts(RunTraces traces) throws IOException {
        this.traces = traces;
        span = traces.span();
    }

    static RunCharts build(RunTraces traces) throws IOException {
        RunCharts charts = new RunCharts(traces);
        long[] span = charts.span;
        if (span[1] <= span[0]) {
            return charts;
        }
        if (traces.has("dma")) {
            charts.fixed.add(DistributionCharts.latency(traces, span[0], span[1]));
            charts.fixed.add(DistributionCharts.breakdown(traces, span[0], span[1]));
        }
        for (ChartSpec spec : TimeAnalysis.available(traces)) {
            JFreeChart chart = TimeCharts.chart(traces, spec, span[0], span[1], PIXELS);
            if (chart.getXYPlot().getDataset().getSeriesCount() > 0) {
                charts.timed.put(spec, chart);
            }
        }
        return charts;
    }

    /** The rows the charts keep, by column (socket, core, vm), when an element is selected; empty for all. */
    volatile Map<String, Long> only = Map.of();

    /** The DMA latency charts' data for the whole run, of the rows {@link #only} keeps; null without a dma trace. */
    Fixed queryFixed() throws IOException {
        if (fixed.isEmpty()) {
            return null;
        }
        Map<String, Long> kept = only;
        return new Fixed(kept, RowFilter.narrows(traces, "dma", kept),
            LatencyAnalysis.distribution(traces, span[0], span[1], kept),
            LatencyAnalysis.breakdown(traces, span[0], span[1], kept));
    }

    /** The DMA latency charts' data for one filter, and whether the dma trace could apply it. */
    record Fixed(Map<String, Long> only, boolean narrowed, LatencyDistribution distribution,
            LatencyBreakdown breakdown) {
    }

    /** Puts {@code data} into the DMA latency charts, with {@code noData} as what they say when it is empty. */
    void show(Fixed data, String noData) {
        DistributionCharts.show(fixed.get(0), data.distribution());
        DistributionCharts.show(fixed.get(1), data.breakdown());
        fixed.get(0).getXYPlot().setNoDataMessage(noData);
        fixed.get(1).getCategoryPlot().setNoDataMessage(noData);
    }

    /** The data of every time chart over {@code [fromPs, toPs)}, computed off the UI thread. */
    Map<ChartSpec, TimeLines> query(long fromPs, long toPs) throws IOException {
        Map<ChartSpec, TimeLines> data = new LinkedHashMap<>();
        for (ChartSpec spec : timed.keySet()) {
            data.put(spec, TimeAnalysis.lines(traces, spec, fromPs, toPs, PIXELS, only));
        }
        return data;
    }
}
