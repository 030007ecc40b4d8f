/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.trace.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.platsim.trace.DamagedTraceException;
import io.platsim.trace.query.TraceQueries;

/**
 * A run folder's traces, opened on demand and kept open (with their block summaries) while charts are drawn.
 */
public final class RunTraces implements AutoCloseable {

    private final Path run;
    private final List<String> tracks;
    private final String model;
    /** The measured time as the summary gives it, [from, end) in ps; null for a run without a summary. */
    private final long[] measured;
    private final Map<String, TraceQueries> open = new ConcurrentHashMap<>();
    private final Map<String, String> damaged = new ConcurrentHashMap<>();

    public RunTraces(Path run) throws IOException {
        this.run = run;
        tracks = trackNames(run);
        RunSummary summary = RunSummary.read(run);
        model = summary == null || summary.model() == null ? "" : summary.model();
        // Rows at the run's last instant count: the measured time ends one ps after it.
        measured = summary == null ? null : new long[] {Math.round(summary.warmupUs() * 1e6),
            Math.round((summary.warmupUs() + summary.simulatedUs()) * 1e6) + 1};
        for (String missing : missing(run)) {
            damaged.put(missing.replaceFirst(".*/(.*)\\.pst$", "$1"), missing + " is missing");
        }
    }

    /**
     * The device names of a run's tracks, by track number; none when it has no {@code tracks.txt}. Bytes that are
     * not UTF-8 (a damaged file) read as the replacement character: names are labels, not data.
     */
    public static List<String> trackNames(Path run) throws IOException {
        Path names = run.resolve("traces").resolve("tracks.txt");
        return Files.exists(names) ? new String(Files.readAllBytes(names), StandardCharsets.UTF_8).lines().toList()
            : List.of();
    }

    /** The trace files that a run's summary lists and its folder no longer holds (older runs list none). */
    public static List<String> missing(Path run) throws IOException {
        RunSummary summary = RunSummary.read(run);
        List<String> missing = new ArrayList<>();
        for (String kind : summary == null ? List.<String>of() : summary.traces()) {
            if (kind != null && kind.matches("[a-z_]{1,40}")) {
                Path file = run.resolve("traces").resolve(kind + ".pst");
                if (!Files.exists(file)) {
                    missing.add(file.toString());
                }
            }
        }
        return missing;
    }

    /** The file name of the model the run simulated, as its summary gives it. */
    public String model() {
        return model;
    }

    public Path folder() {
        return run;
    }

    /** Device names by track number. */
    public List<String> tracks() {
        return tracks;
    }

    /** True when the run wrote the trace {@code kind}. */
    public boolean has(String kind) {
        return Files.exists(file(kind));
    }

    /** The queries on trace {@code kind}, opened the first time. */
    public TraceQueries trace(String kind) throws IOException {
        TraceQueries queries = open.get(kind);
        if (queries == null) {
            queries = new TraceQueries(file(kind));
            TraceQueries raced = open.putIfAbsent(kind, queries);
            if (raced != null) {
                queries.close();
                queries = raced;
            }
        }
        return queries;
    }

    /**
     * The time span the charts cover, as [first, end): the run's measured time, from the warm-up's end to the run's,
     * so that a rate is what happened over the time it was measured (a sparse trace's rows span less of it), and
     * any rows outside it (a run without a summary has only its rows); damaged traces are left out (see
     * {@link #damaged}).
     */
    public long[] span() throws IOException {
        long first = measured == null ? Long.MAX_VALUE : measured[0];
        long end = measured == null ? 0 : measured[1];
        for (ChartSpec spec : ChartSpec.CATALOG) {
            if (has(spec.trace())) {
                TraceQueries queries;
                try {
                    queries = trace(spec.trace());
                } catch (DamagedTraceException e) {
                    damaged.putIfAbsent(spec.trace(), e.getMessage());
                    continue;
                }
                if (queries.endTime() > 0) {
                    first = Math.min(first, queries.firstTime());
                    end = Math.max(end, queries.endTime());
                }
            }
        }
        // Nothing measured and no rows (a run stopped in its warm-up): nothing to chart.
        return first == Long.MAX_VALUE || end <= first + 1 ? new long[] {0, 0} : new long[] {first, end};
    }

    /** True when trace {@code kind} is there and was not found damaged. */
    public boolean readable(String kind) {
        return has(kind) && !damaged.containsKey(kind);
    }

    /** Notes trace {@code kind} as damaged, {@code why}, when a query found it so. */
    public void damaged(String kind, String why) {
        damaged.putIfAbsent(kind, why);
    }

    /** The traces found damaged so far, by kind, with why. */
    public Map<String, String> damaged() {
        return Map.copyOf(damaged);
    }

    private Path file(String kind) {
        return run.resolve("traces").resolve(kind + ".pst");
    }

    @Override
    public void close() throws IOException {
        for (TraceQueries queries : open.values()) {
            queries.close();
        }
    }
}
