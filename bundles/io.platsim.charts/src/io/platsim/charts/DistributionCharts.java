/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import io.platsim.trace.analysis.LatencyAnalysis;
import io.platsim.trace.analysis.LatencyBreakdown;
import io.platsim.trace.analysis.LatencyDistribution;
import io.platsim.trace.analysis.RunTraces;

/**
 * Draws where DMA latency goes: its distribution with the CDF and p50/p90/p99, and its split into parts per device,
 * from what {@link LatencyAnalysis} computes.
 */
public final class DistributionCharts {

    private DistributionCharts() {
    }

    /** The histogram of DMA latency (ns, log scale) over {@code [fromPs, toPs)}, its CDF, and its percentiles. */
    public static JFreeChart latency(RunTraces run, long fromPs, long toPs) throws IOException {
        return latency(LatencyAnalysis.distribution(run, fromPs, toPs));
    }

    /** The chart of {@code distribution}. */
    public static JFreeChart latency(LatencyDistribution distribution) {
        XYSeries counts = new XYSeries("transfers per bin");
        XYSeries cdf = new XYSeries("CDF");
        for (LatencyDistribution.Bin bin : distribution.bins()) {
            counts.add(bin.lowerNs(), bin.count());
            counts.add(bin.upperNs(), 0);
            cdf.add(bin.upperNs(), bin.cumulative());
        }
        JFreeChart chart = ChartFactory.createXYLineChart("DMA latency distribution", "latency (ns)",
            "transfers", new XYSeriesCollection(counts), PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainAxis(Axes.latencyNs());
        plot.setRenderer(new XYStepRenderer());
        NumberAxis fraction = new NumberAxis("fraction of transfers (CDF)");
        fraction.setRange(0, 1.0);
        plot.setRangeAxis(1, fraction);
        plot.setDataset(1, new XYSeriesCollection(cdf));
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, new XYLineAndShapeRenderer(true, false));
        for (LatencyDistribution.Percentile p : distribution.percentiles()) {
            ValueMarker marker = new ValueMarker(p.ns(), new Color(0x5B3F99), new BasicStroke(1.5f));
            marker.setLabel(p.label() + " " + Math.round(p.ns()) + " ns");
            plot.addDomainMarker(marker);
        }
        return chart;
    }

    /** Mean DMA latency per device split into link, IOMMU, coherence and memory time, stacked (ns). */
    public static JFreeChart breakdown(RunTraces run, long fromPs, long toPs) throws IOException {
        return breakdown(LatencyAnalysis.breakdown(run, fromPs, toPs));
    }

    /** The chart of {@code breakdown}. */
    public static JFreeChart breakdown(LatencyBreakdown breakdown) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Map.Entry<String, double[]> device : breakdown.meanNsByDevice().entrySet()) {
            for (int p = 0; p < LatencyBreakdown.PARTS.size(); p++) {
                data.addValue(device.getValue()[p], LatencyBreakdown.PARTS.get(p), device.getKey());
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart("Where DMA latency goes (mean)", "device",
            "latency (ns)", data, PlotOrientation.VERTICAL, true, true, false);
        chart.getCategoryPlot().setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
