/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import io.platsim.trace.analysis.ChartSpec;
import io.platsim.trace.analysis.Line;
import io.platsim.trace.analysis.RunTraces;
import io.platsim.trace.analysis.TimeAnalysis;
import io.platsim.trace.analysis.TimeLines;

/** Draws the time charts: the lines {@link TimeAnalysis} computes, as JFreeChart series and markers. */
public final class TimeCharts {

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

    /** The chart of {@code lines}: its lines, and its marks as red markers across it. */
    public static JFreeChart chart(TimeLines lines) {
        ChartSpec spec = lines.spec();
        JFreeChart chart = ChartFactory.createXYLineChart(spec.title(), "simulated time (µs)", spec.axis(),
            dataset(lines), PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        for (TimeLines.Mark mark : lines.marks()) {
            ValueMarker marker = new ValueMarker(mark.xUs(), new Color(0xD32F2F), new BasicStroke(1f));
            marker.setLabel(mark.label());
            plot.addDomainMarker(marker);
        }
        return chart;
    }
}
