/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import io.platsim.model.sweep.Sweep;
import io.platsim.run.RunFolder;
import io.platsim.sweep.design.Design;
import io.platsim.sweep.design.FactorValues;
import io.platsim.sweep.design.Point;
import io.platsim.sweep.exec.RunTask;
import io.platsim.sweep.exec.SweepExecutor;
import io.platsim.sweep.exec.TaskResult;
import io.platsim.sweep.results.Row;
import io.platsim.sweep.results.SweepTables;
import io.platsim.sweep.results.SweepTables.PointSummary;
import io.platsim.trace.analysis.RunSummary;

/**
 * Runs a sweep into a results folder: writes each point's model under {@code points/}, runs what has no finished
 * run under {@code runs/} yet (a run's folder is named by its {@link RunKey}), and writes the two tables from every
 * run the folder holds. Running it again, after a cancel, a kill or a lost worker, runs only what is missing.
 */
public final class SweepRun {

    public static final String POINTS = "points";
    public static final String RUNS = "runs";
    public static final String LOGS = "logs";
    /** A point's validation errors, beside its model, when it does not validate. */
    public static final String PROBLEMS = "problems.txt";

    private SweepRun() {
    }

    /** How far the sweep is: runs ended (well or not) and failed, of those it has to run now. */
    public interface Listener {
        void progress(int ended, int failed, int toRun);
    }

    /**
     * How a sweep ended: its rows and per-point statistics, how many runs it ran now and how many it found
     * finished from before.
     */
    public record Outcome(Path folder, List<String> factors, List<String> responses, List<Row> rows,
            List<PointSummary> summary, int ran, int reused) {

        /** Runs that did not end well (invalid points count once per seed). */
        public long notOk() {
            return rows.stream().filter(r -> !Row.OK.equals(r.status())).count();
        }
    }

    /**
     * Runs {@code loaded} (which must be {@link SweepFile.Loaded#ok()}) into {@code out} on {@code executor}.
     *
     * @param durationPs simulated time of each run; null for the sweep's own (or the base model's)
     * @param traces     trace kinds each run writes; empty for none
     */
    public static Outcome run(SweepFile.Loaded loaded, Path out, SweepExecutor executor, Long durationPs,
            List<String> traces, Listener listener, BooleanSupplier cancelled)
            throws IOException, InterruptedException {
        Sweep sweep = loaded.sweep();
        Long duration = durationPs != null ? durationPs
            : sweep.getDurationUs() > 0 ? Math.round(sweep.getDurationUs() * 1e6) : null;
        List<Point> points = Design.points(sweep);
        long[] seeds = Design.seeds(sweep);
        Map<Point, List<String>> invalid = new HashMap<>();
        Map<Point, String[]> keys = new HashMap<>();
        List<RunTask> tasks = new ArrayList<>();
        java.util.Set<String> planned = new java.util.HashSet<>();
        int reused = 0;
        for (Point point : points) {
            Path folder = Files.createDirectories(out.resolve(POINTS).resolve(point.id()));
            Path model = folder.resolve("model.platsim");
            List<String> errors = PointModel.write(loaded.baseFile(), sweep.getFactors(), point, model);
            Files.deleteIfExists(folder.resolve(PROBLEMS));
            if (!errors.isEmpty()) {
                Files.write(folder.resolve(PROBLEMS), errors);
                invalid.put(point, errors);
                continue;
            }
            byte[] bytes = Files.readAllBytes(model);
            String[] pointKeys = new String[seeds.length];
            for (int k = 0; k < seeds.length; k++) {
                pointKeys[k] = RunKey.of(bytes, seeds[k], duration);
                Path run = out.resolve(RUNS).resolve(pointKeys[k]);
                if (finished(run)) {
                    reused++;
                } else if (planned.add(pointKeys[k])) {
                    // Two points that come out the same share their runs: each key runs once.
                    tasks.add(new RunTask(pointKeys[k], model.toString(), run.toString(), seeds[k], duration,
                        traces));
                }
            }
            keys.put(point, pointKeys);
        }
        Map<String, TaskResult> results = new java.util.concurrent.ConcurrentHashMap<>();
        int[] failed = {0};
        listener.progress(0, 0, tasks.size());
        executor.run(tasks, result -> {
            results.put(result.task().key(), result);
            if (result.status() != TaskResult.Status.OK) {
                failed[0]++;
            }
            listener.progress(results.size(), failed[0], tasks.size());
        }, cancelled);
        List<Row> rows = rows(out, sweep.getResponses(), points, seeds, invalid, keys, results);
        List<String> factors = sweep.getFactors().stream().map(FactorValues::label).toList();
        List<PointSummary> summary = SweepTables.summarize(rows, sweep.getResponses().size());
        SweepTables.write(out, factors, sweep.getResponses(), rows, summary);
        return new Outcome(out, factors, List.copyOf(sweep.getResponses()), rows, summary, results.size(), reused);
    }

    /** Whether {@code run} holds a run that ended well. */
    static boolean finished(Path run) {
        if (!Files.isDirectory(run) || RunFolder.unfinished(run) != null) {
            return false;
        }
        try {
            RunSummary summary = RunSummary.read(run);
            return summary != null && summary.complete();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static List<Row> rows(Path out, List<String> responses, List<Point> points, long[] seeds,
            Map<Point, List<String>> invalid, Map<Point, String[]> keys, Map<String, TaskResult> results)
            throws IOException {
        List<Row> rows = new ArrayList<>();
        for (Point point : points) {
            for (int k = 0; k < seeds.length; k++) {
                double[] none = new double[responses.size()];
                Arrays.fill(none, Double.NaN);
                if (invalid.containsKey(point)) {
                    rows.add(new Row(point, k + 1, seeds[k], Row.INVALID, String.join("; ", invalid.get(point)),
                        Double.NaN, none, ""));
                    continue;
                }
                String key = keys.get(point)[k];
                Path run = out.resolve(RUNS).resolve(key);
                String relative = out.relativize(run).toString();
                TaskResult result = results.get(key);
                if (finished(run)) {
                    RunSummary summary = RunSummary.read(run);
                    double[] values = new double[responses.size()];
                    for (int r = 0; r < values.length; r++) {
                        values[r] = summary.figure(responses.get(r));
                    }
                    rows.add(new Row(point, k + 1, seeds[k], Row.OK, "", summary.wallSeconds(), values, relative));
                } else if (result == null) {
                    rows.add(new Row(point, k + 1, seeds[k], Row.NOT_RUN, "the sweep stopped before this run",
                        Double.NaN, none, ""));
                } else {
                    rows.add(new Row(point, k + 1, seeds[k], result.status() == TaskResult.Status.INVALID
                        ? Row.INVALID : Row.FAILED, result.message(), Double.NaN, none, relative));
                }
            }
        }
        return rows;
    }
}
