/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.util.Locale;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import io.platsim.trace.analysis.ChartSpec;
import io.platsim.trace.analysis.Line;
import io.platsim.trace.analysis.RunTraces;
import io.platsim.trace.analysis.TimeAnalysis;
import io.platsim.trace.analysis.TimeLines;

/** Draws the time charts: the lines {@link TimeAnalysis} computes, as JFreeChart series and markers. */
public final class TimeCharts {

    /** The most marks a chart labels. */
    private static final int MARK_LABELS = 8;

    private TimeCharts() {
    }

    /** The lines as a JFreeChart dataset, x in µs. */
    public static XYSeriesCollection dataset(TimeLines lines) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (Line line : lines.lines()) {
            XYSeries series = new XYSeries(line.name(), false, true);
            for (int i = 0; i < line.size(); i++) {
                series.add(line.xs()[i], line.ys()[i], false);
            }
            dataset.addSeries(series);
        }
        return dataset;
    }

    /** The chart of {@code spec} over {@code [fromPs, toPs)} at {@code pixels} bins, with its marks. */
    public static JFreeChart chart(RunTraces run, ChartSpec spec, long fromPs, long toPs, int pixels)
            throws IOException {
        return chart(TimeAnalysis.lines(run, spec, fromPs, toPs, pixels));
    }

    /** The chart of {@code lines}: its lines, the width of its bins, and its marks as red markers across it. */
    public static JFreeChart chart(TimeLines lines) {
        ChartSpec spec = lines.spec();
        JFreeChart chart = ChartFactory.createXYLineChart(spec.title(), "simulated time (µs)", spec.axis(),
            new XYSeriesCollection(), PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        chart.addSubtitle(new TextTitle("", new Font(Font.SANS_SERIF, Font.PLAIN, 10)));
        plot.setNoDataMessage("no rows in this range");
        show(chart, lines);
        return chart;
    }

    /** Puts {@code lines} (a time chart's data for a new range) into {@code chart}: lines, bin width and marks. */
    public static void show(JFreeChart chart, TimeLines lines) {
        XYPlot plot = chart.getXYPlot();
        plot.setDataset(dataset(lines));
        // An empty chart says so (its no-data message) rather than drawing a value axis from 0 to 1 for nothing.
        plot.getRangeAxis().setVisible(!lines.lines().isEmpty());
        // The time axis spans the range asked for, not only the points: a line with one point still has a time.
        if (lines.toPs() > lines.fromPs()) {
            plot.getDomainAxis().setRange(lines.fromPs() / 1e6, lines.toPs() / 1e6);
        }
        // A line of one point (a sparse trace's mean over one bin) is drawn as its point, or it would not show.
        if (plot.getRenderer() instanceof XYLineAndShapeRenderer renderer) {
            for (int i = 0; i < lines.lines().size(); i++) {
                renderer.setSeriesShapesVisible(i, lines.lines().get(i).size() <= 1);
            }
        }
        plot.clearDomainMarkers();
        for (TimeLines.Mark mark : lines.marks()) {
            ValueMarker marker = new ValueMarker(mark.xUs(), new Color(0xD32F2F), new BasicStroke(1f));
            // Labels while they fit; past that they would overwrite each other (the hazards chart has the counts).
            if (lines.marks().size() <= MARK_LABELS) {
                marker.setLabel(mark.label());
            }
            plot.addDomainMarker(marker);
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle binned) {
                binned.setText(lines.empty() || lines.binPs() <= 0 ? "" : lines.widestBinPs() == lines.binPs()
                    ? "bins of " + width(lines.binPs()) : "bins of " + width(lines.binPs()) + " to "
                    + width(lines.widestBinPs()) + " (each line as fine as its rows allow)");
            }
        }
    }

    /** A bin's width with a unit that keeps it short: 250 ns, 2.5 µs, 1.2 ms. */
    public static String width(long ps) {
        if (ps >= 1_000_000_000L) {
            return String.format(Locale.ROOT, "%.3g ms", ps / 1e9);
        }
        if (ps >= 1_000_000L) {
            return String.format(Locale.ROOT, "%.3g µs", ps / 1e6);
        }
        return String.format(Locale.ROOT, "%.3g ns", ps / 1e3);
    }
}
