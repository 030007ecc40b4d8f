/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.runner.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.platsim.sweep.SweepFile;
import io.platsim.sweep.cluster.ClusterExecutor;
import io.platsim.sweep.cluster.ClusterSettings;
import io.platsim.sweep.SweepRun;
import io.platsim.sweep.exec.Classpath;
import io.platsim.sweep.exec.LocalProcesses;
import io.platsim.sweep.exec.SweepExecutor;
import io.platsim.sweep.results.ResponseStats;
import io.platsim.sweep.results.SweepTables;
import io.platsim.sweep.results.SweepTables.PointSummary;

/**
 * {@code platsim sweep}: runs a sweep on this machine's cores or on a cluster of workers, with a progress line,
 * and prints each point's responses with their confidence intervals. Exit codes: 0 every run ended well or its
 * point is invalid (recorded), 2 the sweep or its base model is invalid, 1 a run failed or the sweep stopped early.
 */
final class SweepCommand {

    private static final int BAR = 30;
    /** A run's heap unless --heap says otherwise: the two-socket example peaks under 100 MiB traced. */
    private static final int HEAP_MIB = 1024;

    private SweepCommand() {
    }

    static int execute(Options options, PrintStream out, PrintStream err) throws Exception {
        Path file = Path.of(options.target);
        int workers = options.positive("workers", Runtime.getRuntime().availableProcessors(), 256);
        int heap = options.positive("heap", HEAP_MIB, 1 << 20);
        Long durationPs = options.durationPs();
        Set<String> kinds = options.traceKinds();
        SweepFile.Loaded loaded = SweepFile.load(file);
        if (!loaded.ok()) {
            loaded.problems().forEach(err::println);
            return Cli.INVALID_MODEL;
        }
        List<String> traces = kinds == null ? List.of() : List.copyOf(new TreeSet<>(kinds));
        Path folder = options.get("out") != null ? Path.of(options.get("out"))
            : file.toAbsolutePath().getParent().resolve("Sweeps").resolve(loaded.name());
        List<String> cluster = options.list("cluster");
        SweepExecutor executor = cluster.isEmpty()
            ? new LocalProcesses(workers, heap, Classpath.forRuns(), folder.resolve(SweepRun.LOGS))
            : new ClusterExecutor(WorkerCommand.settings(options, cluster, ClusterSettings.WORKER_PORT + 98),
                options.has("fetch-traces"));
        SweepRun.Outcome outcome;
        try {
            long start = System.nanoTime();
            out.println("Sweep " + loaded.name() + " on " + executor.describe() + ", into " + folder);
            outcome = SweepRun.run(loaded, folder, executor, durationPs, traces, (ended, failed, toRun) -> err
                .print("\r" + bar(ended, failed, toRun, (System.nanoTime() - start) / 1e9)), () -> false);
            err.println();
        } finally {
            if (executor instanceof ClusterExecutor remote) {
                remote.close();
            }
        }
        out.println(outcome.ran() + " runs now, " + outcome.reused() + " finished before; "
            + outcome.notOk() + " not ok");
        print(out, outcome);
        out.println("tables: " + folder.resolve(SweepTables.RESULTS) + ", " + folder.resolve(SweepTables.SUMMARY));
        boolean failed = outcome.rows().stream().anyMatch(r -> r.status().equals(io.platsim.sweep.results.Row.FAILED)
            || r.status().equals(io.platsim.sweep.results.Row.NOT_RUN));
        return failed ? Cli.INTERNAL_ERROR : Cli.OK;
    }

    /** The progress line: a bar, runs ended, failed and left, and the time left at the pace so far. */
    static String bar(int ended, int failed, int toRun, double elapsedSeconds) {
        int filled = toRun == 0 ? BAR : ended * BAR / toRun;
        String left = ended == 0 || ended == toRun ? "" : ", about " + duration(elapsedSeconds / ended
            * (toRun - ended)) + " left";
        return "[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " + ended + "/" + toRun + " runs, " + failed
            + " failed, " + (toRun - ended) + " to go" + left + "   ";
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? s / 3600 + "h " + s % 3600 / 60 + "m" : s >= 60 ? s / 60 + "m " + s % 60 + "s" : s + "s";
    }

    private static void print(PrintStream out, SweepRun.Outcome outcome) {
        List<String> header = new ArrayList<>(List.of("point"));
        header.addAll(outcome.factors());
        header.add("ok");
        header.addAll(outcome.responses());
        List<List<String>> lines = new ArrayList<>();
        lines.add(header);
        for (PointSummary point : outcome.summary()) {
            List<String> line = new ArrayList<>(List.of(point.point().id()));
            line.addAll(point.point().values());
            line.add(point.ok() + "/" + point.runs());
            for (ResponseStats stats : point.responses()) {
                line.add(stats.text());
            }
            lines.add(line);
        }
        int[] widths = new int[header.size()];
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        for (List<String> line : lines) {
            StringBuilder text = new StringBuilder(" ");
            for (int i = 0; i < line.size(); i++) {
                text.append(' ').append(String.format("%-" + widths[i] + "s", line.get(i)));
            }
            out.println(text.toString().stripTrailing());
        }
    }
}
