/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.runner.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import io.platsim.compiler.CompileException;
import io.platsim.compiler.CompiledPlatform;
import io.platsim.compiler.ModelCompiler;
import io.platsim.compiler.RunOverrides;
import io.platsim.model.persistence.LoadResult;
import io.platsim.model.persistence.ModelFiles;
import io.platsim.run.Runner;
import io.platsim.runner.cli.Cli;
import io.platsim.runner.cli.Options;

/**
 * The end-to-end benchmark of {@code ./platsim bench}: runs one saved model several times in one JVM, traced, each
 * run from a fresh platform into a run folder of its own, and prints each run's engine events per second, simulated
 * time per wall second and peak heap. The first run is what {@code ./platsim run MODEL} sees, with the JVM still
 * compiling the engine; the later ones are what the second and later models of {@code ./platsim run DIR} see. Every
 * run must run the same events (the engine is deterministic), or the benchmark fails.
 */
public final class EndToEndBench {

    private EndToEndBench() {
    }

    /** Arguments: the model, the simulated time (as {@code --duration} takes it), the number of runs, a folder. */
    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: EndToEndBench MODEL DURATION RUNS OUT_DIR");
            System.exit(Cli.USAGE);
        }
        Path model = Path.of(args[0]);
        LoadResult loaded = ModelFiles.load(model);
        if (!loaded.ok()) {
            loaded.errors().forEach(problem -> System.err.println(problem.text()));
            System.exit(Cli.INVALID_MODEL);
        }
        long durationPs = Options.parse(List.of(args[0], "--duration", args[1])).durationPs();
        CompiledPlatform compiled;
        try {
            compiled = ModelCompiler.compile(loaded.platform(), new RunOverrides(durationPs, null));
        } catch (CompileException e) {
            System.err.println(model + ": the model cannot run:");
            e.problems().forEach(problem -> System.err.println("  " + problem));
            System.exit(Cli.INVALID_MODEL);
            return;
        }
        run(model.getFileName().toString(), compiled, Integer.parseInt(args[2]), Path.of(args[3]), System.out);
    }

    /**
     * Runs {@code compiled} {@code runs} times (at least 2) into {@code out}/run-1, run-2, ...; prints a line per
     * run and the cold and warm figures; returns each run's engine events per second.
     *
     * @throws IllegalStateException when two runs do not run the same events
     */
    static double[] run(String model, CompiledPlatform compiled, int runs, Path out, PrintStream print)
            throws IOException {
        double[] eventsPerSecond = new double[Math.max(2, runs)];
        long firstEvents = -1;
        print.printf("  %-9s %8s %14s %12s %20s %14s%n", "run", "wall s", "engine events", "M events/s",
            "sim ms per wall s", "peak heap MiB");
        for (int i = 0; i < eventsPerSecond.length; i++) {
            resetPeakHeap();
            Runner.Outcome outcome = Runner.run(model, compiled, out.resolve("run-" + (i + 1)),
                Runner.kindsFor(compiled.traceKinds()), ps -> { }, () -> false, true);
            long events = outcome.simulation().eventsProcessed();
            if (firstEvents >= 0 && events != firstEvents) {
                throw new IllegalStateException("run " + (i + 1) + " ran " + events + " events, run 1 ran "
                    + firstEvents + ": the engine is not deterministic");
            }
            firstEvents = events;
            eventsPerSecond[i] = events / outcome.wallSeconds();
            print.printf("  %-9s %8.3f %,14d %12.2f %20.2f %14.0f%n", (i + 1) + (i == 0 ? " (cold)" : ""),
                outcome.wallSeconds(), events, eventsPerSecond[i] / 1e6,
                outcome.summary().simulatedUsPerWallSecond() / 1000,
                outcome.peakHeapMiB());
        }
        double[] warm = Arrays.copyOfRange(eventsPerSecond, 1, eventsPerSecond.length);
        Arrays.sort(warm);
        print.printf("  cold (run 1): %.2f M engine events/s; warm (median of runs 2 to %d): %.2f M engine "
            + "events/s; target 10 M%n", eventsPerSecond[0] / 1e6, eventsPerSecond.length, warm[warm.length / 2] / 1e6);
        return eventsPerSecond;
    }

    /** Forgets the heap's peak so far, after collecting the previous run's garbage, so each run reports its own. */
    private static void resetPeakHeap() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }
}
