/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.util.List;

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

import io.platsim.trace.TraceSchema;
import io.platsim.trace.query.Bucket;
import io.platsim.trace.query.Histogram;
import io.platsim.trace.query.Series;
import io.platsim.trace.query.TraceQueries;

/** Where DMA latency goes: its distribution with the CDF and p50/p90/p99, and its split into parts per device. */
public final class DistributionCharts {

    /** The parts of a DMA transfer's latency, as the dma trace records them. */
    private static final List<String> PARTS = List.of("link_ps", "iommu_ps", "coherence_ps", "memory_ps");

    private DistributionCharts() {
    }

    /** The histogram of DMA latency (ns, log scale) over {@code [fromPs, toPs)}, its CDF, and its percentiles. */
    public static JFreeChart latency(RunTraces run, long fromPs, long toPs) throws IOException {
        TraceQueries dma = run.trace("dma");
        Histogram histogram = dma.histogram(Series.of(dma.schema().indexOf("duration_ps")), fromPs, toPs);
        XYSeries counts = new XYSeries("transfers per bin");
        XYSeries cdf = new XYSeries("CDF");
        long seen = 0;
        for (int b = 1; b < histogram.bins(); b++) {
            if (histogram.count(b) > 0) {
                seen += histogram.count(b);
                counts.add(Histogram.lower(b) / 1e3, histogram.count(b));
                counts.add(Histogram.upper(b) / 1e3, 0);
                cdf.add(Histogram.upper(b) / 1e3, (double) seen / histogram.total());
            }
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
        for (double p : new double[] {0.5, 0.9, 0.99}) {
            double at = histogram.quantile(p);
            if (!Double.isNaN(at)) {
                ValueMarker marker = new ValueMarker(at / 1e3, new Color(0x5B3F99), new BasicStroke(1.5f));
                marker.setLabel("p" + Math.round(p * 100) + " " + Math.round(at / 1e3) + " ns");
                plot.addDomainMarker(marker);
            }
        }
        return chart;
    }

    /** Mean DMA latency per device split into link, IOMMU, coherence and memory time, stacked (ns). */
    public static JFreeChart breakdown(RunTraces run, long fromPs, long toPs) throws IOException {
        TraceQueries dma = run.trace("dma");
        TraceSchema schema = dma.schema();
        int track = schema.indexOf("track");
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int t = 0; t < run.tracks().size(); t++) {
            for (String part : PARTS) {
                List<Bucket> whole = dma.query(Series.where(schema.indexOf(part), track, t), fromPs, toPs, 1);
                if (!whole.isEmpty()) {
                    double sum = whole.stream().mapToDouble(Bucket::sum).sum();
                    long count = whole.stream().mapToLong(Bucket::count).sum();
                    data.addValue(sum / count / 1e3, part.replace("_ps", ""), run.tracks().get(t));
                }
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart("Where DMA latency goes (mean)", "device",
            "latency (ns)", data, PlotOrientation.VERTICAL, true, true, false);
        chart.getCategoryPlot().setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
