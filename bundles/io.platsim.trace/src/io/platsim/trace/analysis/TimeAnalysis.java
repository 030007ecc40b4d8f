/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.trace.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.platsim.trace.TraceSchema;
import io.platsim.trace.query.Bucket;
import io.platsim.trace.query.Series;
import io.platsim.trace.query.TraceQueries;

/**
 * The time charts' data, from a {@link ChartSpec} and a run's traces through the trace queries: one line per group
 * value, one point per bin; rates drop to zero across bins without rows. The result is plain data for any chart
 * toolkit to draw.
 */
public final class TimeAnalysis {

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

    /** The lines of {@code spec} over {@code [fromPs, toPs)} in {@code bins} bins. */
    public static TimeLines lines(RunTraces run, ChartSpec spec, long fromPs, long toPs, int bins)
            throws IOException {
        return lines(run, spec, fromPs, toPs, bins, Map.of());
    }

    /**
     * The lines of {@code spec}, keeping only the rows whose columns hold the values {@code only} gives (for
     * example socket 0, core 3); a chart whose trace lacks one of those columns is drawn unfiltered.
     */
    public static TimeLines lines(RunTraces run, ChartSpec spec, long fromPs, long toPs, int bins,
            Map<String, Long> only) throws IOException {
        long binPs = bins <= 0 || toPs <= fromPs ? 0 : Math.max(1, (toPs - fromPs) / bins);
        List<Line> lines = new ArrayList<>();
        if (!run.has(spec.trace())) {
            return new TimeLines(spec, fromPs, toPs, binPs, lines, List.of());
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
            List<Bucket> buckets = trace.query(series, fromPs, toPs, bins);
            if (!buckets.isEmpty()) {
                lines.add(line(value.getValue(), buckets, spec.measure()));
            }
        }
        return new TimeLines(spec, fromPs, toPs, binPs, lines, marks(run, spec, fromPs, toPs, bins));
    }

    /** On the interrupt chart, the bins holding hazards (an MSI that overtook its data, a stale read). */
    private static List<TimeLines.Mark> marks(RunTraces run, ChartSpec spec, long fromPs, long toPs, int bins)
            throws IOException {
        if (!spec.trace().equals("interrupt") || !run.has("hazard")) {
            return List.of();
        }
        List<TimeLines.Mark> marks = new ArrayList<>();
        for (Bucket hazard : run.trace("hazard").query(Series.of(0), fromPs, toPs, bins)) {
            marks.add(new TimeLines.Mark(hazard.fromPs() / PS_PER_US,
                hazard.count() + " hazard" + (hazard.count() == 1 ? "" : "s")));
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

    private static Line line(String name, List<Bucket> buckets, ChartSpec.Measure measure) {
        List<double[]> points = new ArrayList<>();
        boolean rate = measure == ChartSpec.Measure.GBPS || measure == ChartSpec.Measure.PER_US;
        long previousEnd = -1;
        for (Bucket bucket : buckets) {
            if (rate && previousEnd >= 0 && bucket.fromPs() > previousEnd) {
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
            points.add(new double[] {(bucket.fromPs() + width / 2) / PS_PER_US, y});
            previousEnd = bucket.toPs();
        }
        double[] xs = new double[points.size()];
        double[] ys = new double[points.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = points.get(i)[0];
            ys[i] = points.get(i)[1];
        }
        return new Line(name, xs, ys);
    }
}
