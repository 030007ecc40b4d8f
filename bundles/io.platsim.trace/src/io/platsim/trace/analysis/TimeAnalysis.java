/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.trace.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.platsim.engine.trace.HazardKind;
import io.platsim.trace.TraceSchema;
import io.platsim.trace.query.Bucket;
import io.platsim.trace.query.Series;
import io.platsim.trace.query.TraceQueries;

/**
 * The time charts' data, from a {@link ChartSpec} and a run's traces through the trace queries: one line per group
 * value, a point per bin (a rate a step across it); rates drop to zero across bins without rows. The result is
 * plain data for any chart toolkit to draw.
 * <p>
 * The bins are as wide as a chart can show and its rows can fill: at least {@value #PIXELS_PER_BIN} pixels each,
 * and on average at least {@value #ROWS_PER_BIN} of its own line's rows in each (each line is binned by its own rows,
 * so a sparse line beside a dense one keeps wide bins). A bin narrower than the spacing of periodic
 * events holds one event or none, and the rate it gives alternates between twice the true rate and zero (a comb);
 * with {@value #ROWS_PER_BIN} rows a bin, the count of a periodic stream varies by one row in
 * {@value #ROWS_PER_BIN} at most. Zooming in re-aggregates the visible range, so the bins narrow as far as the
 * rows allow.
 */
public final class TimeAnalysis {

    /** The narrowest bin a chart draws, in pixels. */
    public static final int PIXELS_PER_BIN = 4;
    /** The fewest rows a line's bins hold on average. */
    public static final int ROWS_PER_BIN = 16;

    private static final double PS_PER_US = 1e6;

    private TimeAnalysis() {
    }

    /** The charts of the catalogue that {@code run} has a trace for. */
    public static List<ChartSpec> available(RunTraces run) {
        List<ChartSpec> specs = new ArrayList<>();
        for (ChartSpec spec : ChartSpec.CATALOG) {
            if (run.has(spec.trace())) {
                specs.add(spec);
            }
        }
        return specs;
    }

    /** True when the trace of {@code spec} has every column {@code only} names. */
    public static boolean narrows(RunTraces run, ChartSpec spec, Map<String, Long> only) throws IOException {
        return RowFilter.narrows(run, spec.trace(), only);
    }

    /** The lines of {@code spec} over {@code [fromPs, toPs)} for a chart {@code pixels} wide. */
    public static TimeLines lines(RunTraces run, ChartSpec spec, long fromPs, long toPs, int pixels)
            throws IOException {
        return lines(run, spec, fromPs, toPs, pixels, Map.of());
    }

    /**
     * The lines of {@code spec}, keeping only the rows whose columns hold the values {@code only} gives (for
     * example socket 0, core 3); a chart whose trace lacks one of those columns is drawn unfiltered.
     */
    public static TimeLines lines(RunTraces run, ChartSpec spec, long fromPs, long toPs, int pixels,
            Map<String, Long> only) throws IOException {
        List<Line> lines = new ArrayList<>();
        if (!run.has(spec.trace()) || toPs <= fromPs || pixels <= 0) {
            return new TimeLines(spec, fromPs, toPs, 0, lines, List.of());
        }
        TraceQueries trace = run.trace(spec.trace());
        TraceSchema schema = trace.schema();
        int column = spec.column() == null ? 0 : schema.indexOf(spec.column());
        int group = spec.groupBy() == null ? -1 : schema.indexOf(spec.groupBy());
        Map<String, Series> series = new LinkedHashMap<>();
        Map<String, Long> rows = new LinkedHashMap<>();
        for (Map.Entry<Long, String> value : groups(run, spec).entrySet()) {
            Series one = RowFilter.narrowed(schema,
                group < 0 ? Series.of(column) : Series.where(column, group, value.getKey()), only);
            long count = trace.query(one, fromPs, toPs, 1).stream().mapToLong(Bucket::count).sum();
            if (count > 0) {
                series.put(value.getValue(), one);
                rows.put(value.getValue(), count);
            }
        }
        // Each line is binned by its own rows: a sparse line beside a dense one would comb in the dense one's bins.
        long narrowest = toPs - fromPs;
        for (Map.Entry<String, Series> line : series.entrySet()) {
            int bins = bins(pixels, rows.get(line.getKey()), 1);
            long binPs = Math.max(1, (toPs - fromPs) / bins);
            narrowest = Math.min(narrowest, binPs);
            lines.add(line(line.getKey(), trace.query(line.getValue(), fromPs, toPs, bins), spec.measure(), binPs,
                fromPs, toPs));
        }
        int finest = (int) Math.max(1, Math.min(pixels, (toPs - fromPs) / Math.max(1, narrowest)));
        return new TimeLines(spec, fromPs, toPs, lines.isEmpty() ? 0 : Math.max(1, narrowest), lines,
            marks(run, spec, fromPs, toPs, finest, only));
    }

    /**
     * How many bins a chart {@code pixels} wide draws for {@code rows} rows on {@code lines} lines: no more than one
     * per {@value #PIXELS_PER_BIN} pixels, and no more than leave {@value #ROWS_PER_BIN} rows to a line's bin.
     */
    public static int bins(int pixels, long rows, int lines) {
        long byRows = rows / ((long) ROWS_PER_BIN * Math.max(1, lines));
        return (int) Math.max(1, Math.min(pixels / PIXELS_PER_BIN, byRows));
    }

    /**
     * On the interrupt chart, the bins holding MSIs handled before their data was visible, of the device
     * {@code only} keeps (none when it keeps a socket or core), each marked at its bin's middle (the hazards chart
     * has every kind).
     */
    private static List<TimeLines.Mark> marks(RunTraces run, ChartSpec spec, long fromPs, long toPs, int bins,
            Map<String, Long> only) throws IOException {
        if (!spec.trace().equals("interrupt") || !RowFilter.narrows(run, "hazard", only)) {
            // Hazards are by device: with a socket or core chosen, none can be said to be theirs.
            return List.of();
        }
        TraceQueries hazards = run.trace("hazard");
        TraceSchema schema = hazards.schema();
        Series early = RowFilter.narrowed(schema,
            Series.where(0, schema.indexOf("kind"), HazardKind.MSI_BEFORE_DATA.code()), only);
        List<TimeLines.Mark> marks = new ArrayList<>();
        for (Bucket hazard : hazards.query(early, fromPs, toPs, bins)) {
            marks.add(new TimeLines.Mark((hazard.fromPs() + hazard.toPs()) / 2.0 / PS_PER_US,
                hazard.count() + " MSI" + (hazard.count() == 1 ? "" : "s") + " before data"));
        }
        return marks;
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

    /**
     * A line's points over {@code [fromPs, toPs)}. A rate is drawn as what it is, a value over each bucket's width:
     * a point at each of its edges, and zero where the line has no rows, before its first bucket and after its last
     * included, so a sparse line's few buckets are steps, not ramps from the zeros around them. A mean is a point at
     * its bucket's middle.
     */
    private static Line line(String name, List<Bucket> buckets, ChartSpec.Measure measure, long binPs, long fromPs,
            long toPs) {
        List<double[]> points = new ArrayList<>();
        boolean rate = measure == ChartSpec.Measure.GBPS || measure == ChartSpec.Measure.PER_US;
        long previousEnd = rate ? fromPs : -1;
        for (Bucket bucket : buckets) {
            if (rate && bucket.fromPs() > previousEnd) {
                points.add(new double[] {previousEnd / PS_PER_US, 0});
                points.add(new double[] {bucket.fromPs() / PS_PER_US, 0});
            }
            double width = bucket.toPs() - bucket.fromPs();
            double y = switch (measure) {
                case GBPS -> bucket.sum() * 8 * 1e3 / width;
                case MEAN_NS -> bucket.mean() / 1e3;
                case MEAN -> bucket.mean();
                case PER_US -> bucket.count() * PS_PER_US / width;
            };
            if (rate) {
                points.add(new double[] {bucket.fromPs() / PS_PER_US, y});
                points.add(new double[] {bucket.toPs() / PS_PER_US, y});
            } else {
                points.add(new double[] {(bucket.fromPs() + width / 2) / PS_PER_US, y});
            }
            previousEnd = bucket.toPs();
        }
        if (rate && !buckets.isEmpty() && previousEnd < toPs) {
            points.add(new double[] {previousEnd / PS_PER_US, 0});
            points.add(new double[] {toPs / PS_PER_US, 0});
        }
        double[] xs = new double[points.size()];
        double[] ys = new double[points.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = points.get(i)[0];
            ys[i] = points.get(i)[1];
        }
        return new Line(name, xs, ys, binPs);
    }
}
