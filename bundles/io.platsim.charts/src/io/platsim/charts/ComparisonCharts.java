/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.charts;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import io.platsim.trace.analysis.ChartSpec;
import io.platsim.trace.analysis.LatencyAnalysis;
import io.platsim.trace.analysis.LatencyDistribution;
import io.platsim.trace.analysis.Line;
import io.platsim.trace.analysis.RunTraces;
import io.platsim.trace.analysis.TimeAnalysis;
import io.platsim.trace.analysis.TimeLines;

/** Two runs in one chart: a time chart's lines from both, or their DMA latency CDFs. */
public final class ComparisonCharts {

    private ComparisonCharts() {
    }

    /** The lines of {@code spec} from both runs in one chart, each named after its run and its line. */
    public static JFreeChart overlay(Path first, Path second, ChartSpec spec, int points) throws IOException {
        XYSeriesCollection lines = new XYSeriesCollection();
        List<String> bins = new ArrayList<>();
        for (Path run : List.of(first, second)) {
            try (RunTraces traces = new RunTraces(run)) {
                long[] span = traces.span();
                TimeLines timeLines = TimeAnalysis.lines(traces, spec, span[0], span[1], points);
                if (!timeLines.empty()) {
                    bins.add(run.getFileName() + " " + TimeCharts.width(timeLines.binPs())
                        + (timeLines.widestBinPs() > timeLines.binPs() ? " to "
                            + TimeCharts.width(timeLines.widestBinPs()) : ""));
                }
                for (Line line : timeLines.lines()) {
                    XYSeries series = new XYSeries(run.getFileName() + ": " + line.name(), false, true);
                    for (int i = 0; i < line.size(); i++) {
                        series.add(line.xs()[i], line.ys()[i], false);
                    }
                    lines.addSeries(series);
                }
            }
        }
        JFreeChart chart = ChartFactory.createXYLineChart(spec.title() + ", both runs", "simulated time (µs)",
            spec.axis(), lines, PlotOrientation.VERTICAL, true, true, false);
        chart.getXYPlot().setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(new TextTitle(bins.isEmpty() ? "" : "bins of " + String.join("; ", bins),
            new Font(Font.SANS_SERIF, Font.PLAIN, 10)));
        return chart;
    }

    /** The DMA latency CDFs of both runs in one chart, each line named after its run folder. */
    public static JFreeChart latencyCdf(Path first, Path second) throws IOException {
        XYSeriesCollection lines = new XYSeriesCollection();
        double lowest = Double.MAX_VALUE;
        double highest = 0;
        for (Path run : List.of(first, second)) {
            try (RunTraces traces = new RunTraces(run)) {
                if (!traces.has("dma")) {
                    continue;
                }
                XYSeries cdf = new XYSeries(run.getFileName().toString(), false, true);
                LatencyDistribution distribution = LatencyAnalysis.distribution(traces, Long.MIN_VALUE,
                    Long.MAX_VALUE);
                if (!distribution.bins().isEmpty()) {
                    // The CDF starts from 0 at its first bin, so that a run whose transfers all take the same time
                    // draws a step, not a lone point.
                    LatencyDistribution.Bin firstBin = distribution.bins().get(0);
                    cdf.add(firstBin.lowerNs(), 0);
                    lowest = Math.min(lowest, firstBin.lowerNs());
                    highest = Math.max(highest, distribution.bins().get(distribution.bins().size() - 1).upperNs());
                }
                for (LatencyDistribution.Bin bin : distribution.bins()) {
                    cdf.add(bin.upperNs(), bin.cumulative());
                }
                lines.addSeries(cdf);
            }
        }
        JFreeChart chart = ChartFactory.createXYLineChart("DMA latency CDF, both runs", "latency (ns)",
            "fraction of transfers", lines, PlotOrientation.VERTICAL, true, true, false);
        LogAxis axis = Axes.latencyNs();
        chart.getXYPlot().setDomainAxis(axis);
        if (highest > 0) {
            double[] range = DistributionCharts.domain(lowest, highest);
            axis.setRange(range[0], range[1]);
        }
        chart.getXYPlot().setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
