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

import io.platsim.trace.TraceSchema;
import io.platsim.trace.query.Bucket;
import io.platsim.trace.query.Histogram;
import io.platsim.trace.query.Series;
import io.platsim.trace.query.TraceQueries;

/** DMA latency from a run's dma trace: its distribution, and its split into parts per device. */
public final class LatencyAnalysis {

    private static final double[] PERCENTILES = {0.5, 0.9, 0.99};

    private LatencyAnalysis() {
    }

    /** The distribution of DMA latency over {@code [fromPs, toPs)}. */
    public static LatencyDistribution distribution(RunTraces run, long fromPs, long toPs) throws IOException {
        return distribution(run, fromPs, toPs, Map.of());
    }

    /**
     * The distribution of DMA latency over {@code [fromPs, toPs)}, of the transfers whose columns hold the values
     * {@code only} gives (a device's track); unfiltered when the dma trace lacks one of those columns.
     */
    public static LatencyDistribution distribution(RunTraces run, long fromPs, long toPs, Map<String, Long> only)
            throws IOException {
        TraceQueries dma = run.trace("dma");
        Series latency = RowFilter.narrowed(dma.schema(), Series.of(dma.schema().indexOf("duration_ps")), only);
        Histogram histogram = dma.histogram(latency, fromPs, toPs);
        List<LatencyDistribution.Bin> bins = new ArrayList<>();
        long seen = 0;
        for (int b = 1; b < histogram.bins(); b++) {
            if (histogram.count(b) > 0) {
                seen += histogram.count(b);
                bins.add(new LatencyDistribution.Bin(Histogram.lower(b) / 1e3, Histogram.upper(b) / 1e3,
                    histogram.count(b), (double) seen / histogram.total()));
            }
        }
        List<LatencyDistribution.Percentile> percentiles = new ArrayList<>();
        for (double p : PERCENTILES) {
            double at = histogram.quantile(p);
            if (!Double.isNaN(at)) {
                percentiles.add(new LatencyDistribution.Percentile(p, at / 1e3));
            }
        }
        return new LatencyDistribution(histogram.total(), bins, percentiles);
    }

    /** The mean of each part of DMA latency per device over {@code [fromPs, toPs)}. */
    public static LatencyBreakdown breakdown(RunTraces run, long fromPs, long toPs) throws IOException {
        return breakdown(run, fromPs, toPs, Map.of());
    }

    /** The split of DMA latency per device, of the transfers {@code only} keeps (see {@link #distribution}). */
    public static LatencyBreakdown breakdown(RunTraces run, long fromPs, long toPs, Map<String, Long> only)
            throws IOException {
        TraceQueries dma = run.trace("dma");
        TraceSchema schema = dma.schema();
        int track = schema.indexOf("track");
        Map<String, double[]> byDevice = new LinkedHashMap<>();
        Long onlyTrack = only.get("track");
        for (int t = 0; t < run.tracks().size(); t++) {
            if (onlyTrack != null && onlyTrack != t) {
                // Filtered to another device: its rows would all be left out, so its summaries are not built.
                continue;
            }
            double[] means = new double[LatencyBreakdown.PARTS.size()];
            boolean any = false;
            for (int p = 0; p < means.length; p++) {
                String name = LatencyBreakdown.PARTS.get(p) + "_ps";
                if (schema.columns().stream().noneMatch(c -> c.name().equals(name))) {
                    // A trace written before the part was (driver_ps came in December 2026): it reads 0.
                    continue;
                }
                int column = schema.indexOf(name);
                Series part = RowFilter.narrowed(schema, Series.where(column, track, t), only);
                List<Bucket> whole = dma.query(part, fromPs, toPs, 1);
                if (!whole.isEmpty()) {
                    double sum = whole.stream().mapToDouble(Bucket::sum).sum();
                    long count = whole.stream().mapToLong(Bucket::count).sum();
                    means[p] = sum / count / 1e3;
                    any = true;
                }
            }
            if (any) {
                byDevice.put(run.tracks().get(t), means);
            }
        }
        return new LatencyBreakdown(byDevice);
    }
}
