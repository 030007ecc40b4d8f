/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.runner.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import io.platsim.model.NamedElement;
import io.platsim.model.Platform;
import io.platsim.model.persistence.LoadResult;
import io.platsim.model.persistence.ModelFiles;
import io.platsim.model.sweep.FactorScale;
import io.platsim.model.sweep.Factors;
import io.platsim.model.sweep.Sweep;
import io.platsim.sweep.SweepFile;
import io.platsim.sweep.SweepRun;
import io.platsim.sweep.exec.Classpath;
import io.platsim.sweep.exec.LocalProcesses;
import io.platsim.trace.analysis.RunSummary;

/**
 * For {@code ./platsim bench}: a sweep of 20 runs of the two-socket example (its NIC's rate over ten values, two
 * seeds each, 10 ms simulated), run one at a time and then on every core of this machine, in this process, into
 * fresh folders, without and with the workers' ahead-of-time cache, and the same runs as {@code platsim run}
 * commands one after another; prints the wall times and their ratios (the target on two cores is at most 0.6),
 * the processor time the workers used (one worker already keeps more than one core busy: Java's start and its
 * compiler run beside the engine), and what the machine gives two engines, and two processes that only compute, at
 * once against one alone.
 * {@code SweepBench MODEL.platsim}.
 */
public final class SweepBench {

    private static final int HEAP_MIB = 512;

    private SweepBench() {
    }

    public static void main(String[] args) throws Exception {
        Path model = Path.of(args[0]).toAbsolutePath();
        Path work = Files.createTempDirectory("platsim-sweep-bench");
        Path copy = work.resolve("base.platsim");
        Files.copy(model, copy);
        LoadResult base = ModelFiles.load(copy);
        Sweep sweep = Factors.sweep(base.platform(), 2, 10_000, List.of(Factors.range(find(base.platform(), "nic-rx"),
            "rateGbps", FactorScale.LINEAR, 10, 100, 10)), "devices/0/streams/0/throughput_gbps");
        sweep.setName("bench");
        Path file = work.resolve("bench.sweep");
        SweepFile.save(sweep, file);
        int cores = Runtime.getRuntime().availableProcessors();
        Path aot = work.resolve("aot");
        double cpu = ChildCpu.seconds();
        double one = time(file, work.resolve("one"), 1, null);
        double oneCpu = ChildCpu.seconds() - cpu;
        double all = time(file, work.resolve("all"), cores, null);
        double allCpu = ChildCpu.seconds() - cpu - oneCpu;
        System.out.printf(Locale.ROOT, "  20 runs one at a time: %.1f s; on %d workers: %.1f s; ratio %.2fx, target "
            + "at most 0.6x on 2 cores%n", one, cores, all, all / one);
        System.out.printf(Locale.ROOT, "  processor time of the workers: one at a time %.1f s (%.2f cores busy: Java's "
            + "start and its compiler run beside the engine), on %d workers %.1f s (%.2f cores busy; %+.1f s: each "
            + "worker starts Java and compiles the engine), so %d workers take at least %.2fx of one worker's time, "
            + "and at least %.2fx even if they needed no more than one worker%n", oneCpu, oneCpu / one, cores, allCpu,
            allCpu / all, allCpu - oneCpu, cores, allCpu / cores / one, oneCpu / cores / one);
        double writing = time(file, work.resolve("writing"), 1, aot);
        double oneCached = time(file, work.resolve("one-cached"), 1, aot);
        double allCached = time(file, work.resolve("all-cached"), cores, aot);
        System.out.printf(Locale.ROOT, "  with the workers' ahead-of-time cache (written by a first sweep, %.1f s): "
            + "one at a time %.1f s (%.2fx of without), on %d workers %.1f s (%.2fx of without); ratio %.2fx%n",
            writing, oneCached, oneCached / one, cores, allCached, allCached / all, allCached / oneCached);
        double commands = commands(work.resolve("one"));
        System.out.printf(Locale.ROOT, "  the same 20 runs as 20 `platsim run` commands one after another (a Java "
            + "process each, as before sweeps): %.1f s; the sweep on %d workers takes %.2fx that%n", commands, cores,
            allCached / commands);
        double engines = speed(work.resolve("all-cached")) / speed(work.resolve("one-cached"));
        System.out.printf(Locale.ROOT, "  each run's engine, events per second, while runs shared the machine against "
            + "one at a time: %.2fx, so %d workers take at least %.2fx of one worker's time%n", engines, cores,
            1 / (cores * engines));
        double spin = Spin.together(cores);
        System.out.printf(Locale.ROOT, "  what the machine gives %d processes that only compute (no memory) against "
            + "one alone: %.2fx each, at best %.2fx of the time for work split %d ways%n", cores, spin,
            1 / (cores * spin), cores);
        try (var files = Files.walk(work)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static double time(Path file, Path out, int workers, Path aot) throws Exception {
        long start = System.nanoTime();
        SweepRun.Outcome outcome = SweepRun.run(SweepFile.load(file), out, new LocalProcesses(workers, HEAP_MIB,
            Classpath.forRuns(), out.resolve(SweepRun.LOGS), aot), null, List.of(), (a, b, c) -> { }, () -> false);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (outcome.ran() != 20 || outcome.notOk() != 0) {
            throw new IllegalStateException("the bench sweep ran " + outcome.ran() + " runs, " + outcome.notOk()
                + " not ok");
        }
        return seconds;
    }

    /** Runs each run of a results folder again as a {@code platsim run} command of its own; returns the wall time. */
    private static double commands(Path out) throws Exception {
        List<Path> runs;
        try (var listed = Files.list(out.resolve(SweepRun.RUNS))) {
            runs = listed.sorted().toList();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long start = System.nanoTime();
        for (Path run : runs) {
            RunSummary summary = RunSummary.read(run);
            Path again = out.resolveSibling("commands").resolve(run.getFileName());
            Process process = new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), io.platsim.runner.cli.Cli.class.getName(), "run",
                run.resolve(io.platsim.run.Runner.MODEL).toString(), "--duration", "10ms", "--seed",
                Long.toString(summary.seed()), "--trace", "none", "--out", again.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("platsim run of " + run + " failed");
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** The mean engine speed of the runs in a results folder, from their summaries. */
    private static double speed(Path out) throws Exception {
        try (var runs = Files.list(out.resolve(SweepRun.RUNS))) {
            return runs.mapToDouble(run -> {
                try {
                    return RunSummary.read(run).engineEventsPerSecond();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).average().orElse(Double.NaN);
        }
    }

    private static EObject find(Platform platform, String name) {
        for (var it = platform.eAllContents(); it.hasNext();) {
            if (it.next() instanceof NamedElement named && name.equals(named.getName())) {
                return named;
            }
        }
        throw new IllegalArgumentException("no " + name + " in " + platform.getName());
    }
}
