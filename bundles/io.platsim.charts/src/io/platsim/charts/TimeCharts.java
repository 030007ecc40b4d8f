/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import io.platsim.trace.TraceSchema;
import io.platsim.trace.query.Bucket;
import io.platsim.trace.query.Series;
import io.platsim.trace.query.TraceQueries;

/**
 * Charts over simulated time, built from a {@link ChartSpec} and the run's traces through the data provider:
 * one line per group value, one point per bucket; rates drop to zero across intervals without rows.
 */
public final class TimeCharts {

    private static final double PS_PER_US = 1e6;

    private TimeCharts() {
    }

    /** The lines of {@code spec} over {@code [fromPs, toPs)} at {@code pixels} wide; x in µs. */
    public static XYSeriesCollection data(RunTraces run, ChartSpec spec, long fromPs, long toPs, int pixels)
            throws IOException {
        return data(run, spec, fromPs, toPs, pixels, Map.of());
    }

    /** True when the trace of {@code spec} has every column {@code only} names. */
    public static boolean narrows(RunTraces run, ChartSpec spec, Map<String, Long> only) throws IOException {
        if (!run.has(spec.trace())) {
            return false;
        }
        TraceSchema schema = run.trace(spec.trace()).schema();
        for (String column : only.keySet()) {
            if (schema.columns().stream().noneMatch(c -> c.name().equals(column))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The lines of {@code spec}, keeping only the rows whose columns hold the values {@code only} gives (for
     * example socket 0, core 3); a chart whose trace lacks one of those columns is drawn unfiltered.
     */
    public static XYSeriesCollection data(RunTraces run, ChartSpec spec, long fromPs, long toPs, int pixels,
            Map<String, Long> only) throws IOException {
        XYSeriesCollection lines = new XYSeriesCollection();
        if (!run.has(spec.trace())) {
            return lines;
        }
        TraceQueries trace = run.trace(spec.trace());
        TraceSchema schema = trace.schema();
        int column = spec.column() == null ? 0 : schema.indexOf(spec.column());
        int group = spec.groupBy() == null ? -1 : schema.indexOf(spec.groupBy());
        boolean narrow = narrows(run, spec, only);
        for (Map.Entry<Long, String> value : groups(run, spec).entrySet()) {
            Series series = group < 0 ? Series.of(column) : Series.where(column, group, value.getKey());
            if (narrow) {
                for (Map.Entry<String, Long> filter : only.entrySet()) {
                    series = series.and(schema.indexOf(filter.getKey()), filter.getValue());
                }
            }
            List<Bucket> buckets = trace.query(series, fromPs, toPs, pixels);
            if (!buckets.isEmpty()) {
                lines.addSeries(line(value.getValue(), buckets, spec.measure()));
            }
        }
        return lines;
    }

    /** The chart of {@code spec}, with hazards marked on the MSI latency chart. */
    public static JFreeChart chart(RunTraces run, ChartSpec spec, long fromPs, long toPs, int pixels)
            throws IOException {
        JFreeChart chart = ChartFactory.createXYLineChart(spec.title(), "simulated time (µs)", spec.axis(),
            data(run, spec, fromPs, toPs, pixels), PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        if (spec.trace().equals("interrupt") && run.has("hazard")) {
            for (Bucket hazard : run.trace("hazard").query(Series.of(0), fromPs, toPs, pixels)) {
                ValueMarker marker = new ValueMarker(hazard.fromPs() / PS_PER_US, new Color(0xD32F2F),
                    new BasicStroke(1f));
                marker.setLabel(hazard.count() + " hazard" + (hazard.count() == 1 ? "" : "s"));
                plot.addDomainMarker(marker);
            }
        }
        return chart;
    }

    /** The charts of the catalogue that this run has a trace for. */
    public static List<ChartSpec> available(RunTraces run) {
        List<ChartSpec> specs = new ArrayList<>();
        for (ChartSpec spec : ChartSpec.CATALOG) {
            if (run.has(spec.trace())) {
                specs.add(spec);
            }
        }
        return specs;
    }

    private static Map<Long, String> groups(RunTraces run, ChartSpec spec) {
        Map<Long, String> groups = new TreeMap<>();
        if (spec.groupBy() == null) {
            groups.put(0L, spec.title());
        } else if (spec.groupBy().equals("track")) {
            for (int t = 0; t < run.tracks().size(); t++) {
                groups.put((long) t, run.tracks().get(t));
            }
        } else {
            groups.putAll(spec.labels());
        }
        return groups;
    }

    private static XYSeries line(String name, List<Bucket> buckets, ChartSpec.Measure measure) {
        XYSeries line = new XYSeries(name, false, true);
        boolean rate = measure == ChartSpec.Measure.GBPS || measure == ChartSpec.Measure.PER_US;
        long previousEnd = -1;
        for (Bucket bucket : buckets) {
            if (rate && previousEnd >= 0 && bucket.fromPs() > previousEnd) {
                line.add(previousEnd / PS_PER_US, 0);
                line.add(bucket.fromPs() / PS_PER_US, 0);
            }
            double width = bucket.toPs() - bucket.fromPs();
            double y = switch (measure) {
                case GBPS -> bucket.sum() * 8 * 1e3 / width;
                case MEAN_NS -> bucket.mean() / 1e3;
                case MEAN -> bucket.mean();
                case PER_US -> bucket.count() * PS_PER_US / width;
            };
            line.add((bucket.fromPs() + width / 2) / PS_PER_US, y);
            previousEnd = bucket.toPs();
        }
        return line;
    }
}
