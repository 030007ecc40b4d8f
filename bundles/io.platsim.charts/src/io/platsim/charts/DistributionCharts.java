/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
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
        JFreeChart chart = ChartFactory.createXYLineChart("DMA latency distribution", "latency (ns)",
            "transfers", new XYSeriesCollection(), PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainAxis(Axes.latencyNs());
        plot.setRenderer(new XYStepRenderer());
        // Counts are whole transfers: no tick at 0.5.
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis fraction = new NumberAxis("fraction of transfers (CDF)");
        fraction.setRange(0, 1.0);
        plot.setRangeAxis(1, fraction);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, new XYLineAndShapeRenderer(true, false));
        plot.setNoDataMessage("no DMA transfers in this run");
        show(chart, distribution);
        return chart;
    }

    /**
     * Puts {@code distribution} (of the transfers a filter keeps, say) into a chart {@link #latency} made: its bins,
     * CDF, percentiles and range. An empty one hides the axes, leaving the plot's no-data message.
     */
    public static void show(JFreeChart chart, LatencyDistribution distribution) {
        XYSeries counts = new XYSeries("transfers per bin");
        XYSeries cdf = new XYSeries("CDF");
        if (!distribution.bins().isEmpty()) {
            // The CDF rises from 0 at the first bin's lower edge, so one bin (every transfer alike) is still a line.
            cdf.add(distribution.bins().get(0).lowerNs(), 0);
        }
        for (LatencyDistribution.Bin bin : distribution.bins()) {
            counts.add(bin.lowerNs(), bin.count());
            counts.add(bin.upperNs(), 0);
            cdf.add(bin.upperNs(), bin.cumulative());
        }
        XYPlot plot = chart.getXYPlot();
        plot.setDataset(0, new XYSeriesCollection(counts));
        plot.setDataset(1, new XYSeriesCollection(cdf));
        boolean any = !distribution.bins().isEmpty();
        plot.getDomainAxis().setVisible(any);
        plot.getRangeAxis(0).setVisible(any);
        plot.getRangeAxis(1).setVisible(any);
        plot.getRangeAxis(0).setAutoRange(true);
        LogAxis axis = (LogAxis) plot.getDomainAxis();
        if (any) {
            double[] range = domain(distribution.bins().get(0).lowerNs(),
                distribution.bins().get(distribution.bins().size() - 1).upperNs());
            axis.setRange(range[0], range[1]);
        }
        plot.clearDomainMarkers();
        markers(plot, distribution.percentiles(), axis);
    }

    /**
     * The latency range to show for bins from {@code lowerNs} to {@code upperNs}: a tenth of the span's decades more
     * on each side, and at least a factor of four in all, so that a run whose transfers all take the same time still
     * shows its one bin among ticked values.
     */
    static double[] domain(double lowerNs, double upperNs) {
        double lo = Math.log10(Math.max(1e-3, lowerNs));
        double hi = Math.log10(Math.max(lowerNs, upperNs));
        double margin = Math.max(0.1 * (hi - lo), (Math.log10(4) - (hi - lo)) / 2);
        return new double[] {Math.pow(10, lo - margin), Math.pow(10, hi + margin)};
    }

    /**
     * One marker per distinct percentile value (p50, p90 and p99 that round to the same ns share one, "p50/p90/p99
     * 382 ns"), each label a line lower than the one before so that none covers another, and on the left of its line
     * when the line is in the right half of the axis so that none runs off the chart.
     */
    static void markers(XYPlot plot, List<LatencyDistribution.Percentile> percentiles, LogAxis axis) {
        Map<Long, String> labels = new LinkedHashMap<>();
        for (LatencyDistribution.Percentile p : percentiles) {
            labels.merge(Math.round(p.ns()), p.label(), (a, b) -> a + "/" + b);
        }
        double lo = Math.log10(axis.getLowerBound());
        double span = Math.log10(axis.getUpperBound()) - lo;
        int line = 0;
        for (Map.Entry<Long, String> label : labels.entrySet()) {
            double ns = label.getKey();
            ValueMarker marker = new ValueMarker(ns, new Color(0x5B3F99), new BasicStroke(1.5f));
            marker.setLabel(label.getValue() + " " + label.getKey() + " ns");
            marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            marker.setLabelBackgroundColor(new Color(255, 255, 255, 200));
            boolean right = span > 0 && (Math.log10(Math.max(ns, 1e-3)) - lo) / span > 0.5;
            marker.setLabelAnchor(right ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(right ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
            marker.setLabelOffset(new RectangleInsets(4 + 14 * line++, 3, 3, 3));
            plot.addDomainMarker(marker);
        }
    }

    /** Mean DMA latency per device split into link, IOMMU, coherence, memory and driver time, stacked (ns). */
    public static JFreeChart breakdown(RunTraces run, long fromPs, long toPs) throws IOException {
        return breakdown(LatencyAnalysis.breakdown(run, fromPs, toPs));
    }

    /** The chart of {@code breakdown}. */
    public static JFreeChart breakdown(LatencyBreakdown breakdown) {
        JFreeChart chart = ChartFactory.createStackedBarChart("Where DMA latency goes (mean)", "device",
            "latency (ns)", new DefaultCategoryDataset(), PlotOrientation.VERTICAL, true, true, false);
        chart.getCategoryPlot().setBackgroundPaint(Color.WHITE);
        chart.getCategoryPlot().setNoDataMessage("no DMA transfers in this run");
        show(chart, breakdown);
        return chart;
    }

    /** Puts {@code breakdown} into a chart {@link #breakdown} made; an empty one hides the axes. */
    public static void show(JFreeChart chart, LatencyBreakdown breakdown) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Map.Entry<String, double[]> device : breakdown.meanNsByDevice().entrySet()) {
            for (int p = 0; p < LatencyBreakdown.PARTS.size(); p++) {
                data.addValue(device.getValue()[p], LatencyBreakdown.PARTS.get(p), device.getKey());
            }
        }
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setDataset(data);
        plot.getDomainAxis().setVisible(!breakdown.meanNsByDevice().isEmpty());
        plot.getRangeAxis().setVisible(!breakdown.meanNsByDevice().isEmpty());
    }
}
