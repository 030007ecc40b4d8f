/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.trace.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Two runs side by side (for example strict against deferred IOMMU invalidation): their DMA streams' headline
 * figures with the difference, and the time charts both can draw.
 */
public final class RunComparison {

    /** One figure of one stream in both runs; NaN where a run lacks it. */
    public record Row(String stream, String metric, double first, double second) {

        /** The second run's figure less the first's. */
        public double difference() {
            return second - first;
        }

        /** The difference as a share of the first run's figure, in percent; NaN when that is 0. */
        public double percent() {
            return first == 0 ? Double.NaN : 100 * difference() / first;
        }
    }

    private static final List<String[]> METRICS = List.of(new String[] {"throughput_gbps", null, "Gb/s"},
        new String[] {"latency_ns", "p50", "latency p50 ns"}, new String[] {"latency_ns", "p99", "latency p99 ns"},
        new String[] {"latency_ns", "max", "latency max ns"},
        new String[] {"latency_split_mean_ns", "link", "link ns (mean)"},
        new String[] {"latency_split_mean_ns", "iommu", "IOMMU ns (mean)"},
        new String[] {"latency_split_mean_ns", "coherence", "coherence ns (mean)"},
        new String[] {"latency_split_mean_ns", "memory", "memory ns (mean)"}, new String[] {"transfers", null,
            "transfers"});

    private RunComparison() {
    }

    /** The figures of every DMA stream of either run, stream by stream. */
    public static List<Row> rows(Path first, Path second) throws IOException {
        Map<String, JsonObject> a = streams(first);
        Map<String, JsonObject> b = streams(second);
        List<String> names = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(name -> !a.containsKey(name)).forEach(names::add);
        List<Row> rows = new ArrayList<>();
        for (String name : names) {
            for (String[] metric : METRICS) {
                rows.add(new Row(name, metric[2], figure(a.get(name), metric), figure(b.get(name), metric)));
            }
        }
        return rows;
    }

    private static Map<String, JsonObject> streams(Path run) throws IOException {
        JsonObject summary = JsonParser.parseString(Files.readString(run.resolve("summary.json"))).getAsJsonObject();
        Map<String, JsonObject> streams = new LinkedHashMap<>();
        for (JsonElement device : summary.getAsJsonArray("devices")) {
            JsonObject d = device.getAsJsonObject();
            for (JsonElement stream : d.getAsJsonArray("streams")) {
                JsonObject s = stream.getAsJsonObject();
                streams.put(d.get("name").getAsString() + " / " + s.get("name").getAsString(), s);
            }
        }
        return streams;
    }

    private static double figure(JsonObject stream, String[] metric) {
        if (stream == null || !stream.has(metric[0])) {
            return Double.NaN;
        }
        JsonElement value = stream.get(metric[0]);
        if (metric[1] != null) {
            JsonObject inner = value.getAsJsonObject();
            return inner.has(metric[1]) ? inner.get(metric[1]).getAsDouble() : Double.NaN;
        }
        return value.getAsDouble();
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
