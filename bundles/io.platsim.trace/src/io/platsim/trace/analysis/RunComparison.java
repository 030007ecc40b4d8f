/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.trace.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Two runs side by side (for example strict against deferred IOMMU invalidation): their DMA streams' headline
 * figures with the difference, and the time charts both can draw.
 */
public final class RunComparison {

    /** One figure of one stream in both runs; NaN where a run lacks it. {@code count}: a whole number. */
    public record Row(String stream, String metric, double first, double second, boolean count) {

        /** The second run's figure less the first's. */
        public double difference() {
            return second - first;
        }

        /** The difference as a share of the first run's figure, in percent; NaN when that is 0. */
        public double percent() {
            return first == 0 ? Double.NaN : 100 * difference() / first;
        }
    }

    /** A figure of a stream: its name in the comparison, and how to read it from the stream's summary. */
    private record Metric(String label, ToDoubleFunction<RunSummary.Stream> value, boolean count) {

        Metric(String label, ToDoubleFunction<RunSummary.Stream> value) {
            this(label, value, false);
        }
    }

    private static final List<Metric> METRICS = List.of(new Metric("Gb/s", RunSummary.Stream::throughputGbps),
        new Metric("latency p50 ns", latency(RunSummary.Latency::p50)),
        new Metric("latency p99 ns", latency(RunSummary.Latency::p99)),
        new Metric("latency max ns", latency(RunSummary.Latency::max)),
        new Metric("link ns (mean)", split(RunSummary.Split::link)),
        new Metric("IOMMU ns (mean)", split(RunSummary.Split::iommu)),
        new Metric("coherence ns (mean)", split(RunSummary.Split::coherence)),
        new Metric("memory ns (mean)", split(RunSummary.Split::memory)),
        new Metric("driver ns (mean)", split(RunSummary.Split::driver)),
        new Metric("transfers", RunSummary.Stream::transfers, true));

    private static ToDoubleFunction<RunSummary.Stream> latency(ToDoubleFunction<RunSummary.Latency> part) {
        return s -> s.latencyNs() == null ? Double.NaN : part.applyAsDouble(s.latencyNs());
    }

    private static ToDoubleFunction<RunSummary.Stream> split(ToDoubleFunction<RunSummary.Split> part) {
        return s -> s.latencySplitMeanNs() == null ? Double.NaN : part.applyAsDouble(s.latencySplitMeanNs());
    }

    private RunComparison() {
    }

    /** The figures of every DMA stream of either run, stream by stream. */
    public static List<Row> rows(Path first, Path second) throws IOException {
        Map<String, RunSummary.Stream> a = streams(first);
        Map<String, RunSummary.Stream> b = streams(second);
        List<String> names = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(name -> !a.containsKey(name)).forEach(names::add);
        List<Row> rows = new ArrayList<>();
        for (String name : names) {
            for (Metric metric : METRICS) {
                rows.add(new Row(name, metric.label(), figure(a.get(name), metric), figure(b.get(name), metric),
                    metric.count()));
            }
        }
        return rows;
    }

    private static Map<String, RunSummary.Stream> streams(Path run) throws IOException {
        RunSummary summary = RunSummary.read(run);
        if (summary == null) {
            throw new IOException(run.resolve("summary.json") + ": no run's summary to compare");
        }
        Map<String, RunSummary.Stream> streams = new LinkedHashMap<>();
        for (RunSummary.Device device : summary.devices()) {
            for (RunSummary.Stream stream : device.streams() == null ? List.<RunSummary.Stream>of()
                    : device.streams()) {
                streams.put(device.name() + " / " + stream.name(), stream);
            }
        }
        return streams;
    }

    /** A figure of {@code stream}, or NaN where the run lacks the stream or the figure. */
    private static double figure(RunSummary.Stream stream, Metric metric) {
        return stream == null ? Double.NaN : metric.value().applyAsDouble(stream);
    }

    /** The time charts both runs can draw. */
    public static List<ChartSpec> sharedCharts(Path first, Path second) throws IOException {
        try (RunTraces a = new RunTraces(first); RunTraces b = new RunTraces(second)) {
            List<ChartSpec> shared = new ArrayList<>(TimeAnalysis.available(a));
            shared.retainAll(TimeAnalysis.available(b));
            return shared;
        }
    }
}
