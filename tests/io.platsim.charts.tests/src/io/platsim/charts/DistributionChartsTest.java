/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

import io.platsim.trace.analysis.LatencyBreakdown;
import io.platsim.trace.analysis.LatencyDistribution;

/** The latency distribution as an architect reads it: ticked 1, 2, 5 a decade, markers that do not collide. */
class DistributionChartsTest {

    private static List<String> tickLabels(LogAxis axis) {
        BufferedImage image = new BufferedImage(800, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        Rectangle2D area = new Rectangle2D.Double(50, 10, 700, 300);
        @SuppressWarnings("unchecked")
        List<Tick> ticks = axis.refreshTicks(g2, new AxisState(), area, RectangleEdge.BOTTOM);
        g2.dispose();
        return ticks.stream().map(Tick::getText).toList();
    }

    @Test
    void aLatencyAxisIsTickedAtOneTwoAndFiveOfEachDecade() {
        LogAxis axis = Axes.latencyNs();
        axis.setRange(90, 11_000);
        assertEquals(List.of("100", "200", "500", "1,000", "2,000", "5,000", "10,000"), tickLabels(axis));
        axis.setRange(5, 2_000_000);
        assertEquals(List.of("10", "100", "1,000", "10,000", "100,000", "1,000,000"), tickLabels(axis),
            "over many decades only the powers of ten");
    }

    @Test
    void everyTransferTakingTheSameTimeStillGivesAReadableChart() {
        // 166 transfers of 382 ns: one bin, and p50, p90 and p99 all 382 ns.
        LatencyDistribution same = new LatencyDistribution(166,
            List.of(new LatencyDistribution.Bin(376, 392, 166, 1.0)),
            List.of(new LatencyDistribution.Percentile(0.5, 382), new LatencyDistribution.Percentile(0.9, 382),
                new LatencyDistribution.Percentile(0.99, 382)));
        JFreeChart chart = DistributionCharts.latency(same);
        XYPlot plot = chart.getXYPlot();
        LogAxis axis = (LogAxis) plot.getDomainAxis();
        assertTrue(axis.getUpperBound() / axis.getLowerBound() >= 3.999, "a range around the one bin: "
            + axis.getRange());
        assertTrue(tickLabels(axis).size() >= 2, "with ticks to read it by: " + tickLabels(axis));
        List<?> markers = List.copyOf(plot.getDomainMarkers(Layer.FOREGROUND));
        assertEquals(1, markers.size(), "one marker where the three percentiles coincide");
        assertEquals("p50/p90/p99 382 ns", ((Marker) markers.get(0)).getLabel());
        assertEquals(2, plot.getDataset(1).getItemCount(0), "the CDF rises across the one bin: a line, not a point");
    }

    @Test
    void aDistributionWithoutTransfersSaysSoInsteadOfDrawingEmptyAxes() {
        JFreeChart chart = DistributionCharts.latency(new LatencyDistribution(0, List.of(), List.of()));
        XYPlot plot = chart.getXYPlot();
        assertEquals("no DMA transfers in this run", plot.getNoDataMessage());
        assertTrue(!plot.getDomainAxis().isVisible() && !plot.getRangeAxis(0).isVisible()
            && !plot.getRangeAxis(1).isVisible(), "no axes for nothing");
        JFreeChart breakdown = DistributionCharts.breakdown(new LatencyBreakdown(java.util.Map.of()));
        assertEquals("no DMA transfers in this run", breakdown.getCategoryPlot().getNoDataMessage());
        assertTrue(!breakdown.getCategoryPlot().getRangeAxis().isVisible());
        // Filled again (another filter), the chart shows its data and axes.
        DistributionCharts.show(chart, new LatencyDistribution(2, List.of(new LatencyDistribution.Bin(100, 110, 2, 1)),
            List.of()));
        assertTrue(plot.getDomainAxis().isVisible() && plot.getRangeAxis(0).isVisible());
        assertEquals(2, plot.getDataset(0).getItemCount(0));
    }

    @Test
    void percentileLabelsCloseTogetherDoNotCoverEachOther() {
        LatencyDistribution spread = new LatencyDistribution(1000,
            List.of(new LatencyDistribution.Bin(300, 320, 500, 0.5), new LatencyDistribution.Bin(320, 340, 490, 0.99),
                new LatencyDistribution.Bin(20_000, 21_000, 10, 1.0)),
            List.of(new LatencyDistribution.Percentile(0.5, 310), new LatencyDistribution.Percentile(0.9, 330),
                new LatencyDistribution.Percentile(0.99, 20_500)));
        XYPlot plot = DistributionCharts.latency(spread).getXYPlot();
        List<?> markers = List.copyOf(plot.getDomainMarkers(Layer.FOREGROUND));
        assertEquals(3, markers.size());
        ValueMarker p50 = (ValueMarker) markers.get(0);
        ValueMarker p90 = (ValueMarker) markers.get(1);
        ValueMarker p99 = (ValueMarker) markers.get(2);
        assertNotEquals(p50.getLabelOffset().getTop(), p90.getLabelOffset().getTop(),
            "p50 and p90, 20 ns apart, are labelled on different lines");
        assertNotEquals(p50.getLabelTextAnchor(), p99.getLabelTextAnchor(),
            "p99 near the right end is labelled on its left, inside the chart");
    }
}
