/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import io.platsim.compiler.CompiledPlatform;
import io.platsim.engine.platform.PlatformSimulation;
import io.platsim.engine.trace.TraceKind;
import io.platsim.trace.analysis.RunSummary;

/**
 * Runs a compiled platform into a run folder: {@code traces/<kind>.pst} for the kinds asked for, and
 * {@code summary.json}, written last ({@link RunFolder}). A cancelled run still closes its traces and writes its
 * summary, marked incomplete, with an {@code INCOMPLETE} file beside it. The model file is never touched.
 */
public final class Runner {

    /** Every trace kind this release writes. */
    public static final Set<String> KINDS = TraceKind.ids();
    /** File in {@code traces/} naming each device, one a line: line N names track N of every trace. */
    public static final String TRACKS = "tracks.txt";
    /** File that marks a run folder whose run was cancelled. */
    public static final String INCOMPLETE = "INCOMPLETE";
    /** The copy of the model file a run ran, kept in its folder so that two runs' settings can be compared. */
    public static final String MODEL = "model.platsim";

    private Runner() {
    }

    /** The trace kinds to write for a model's own list: every kind for an empty list, else those written. */
    public static Set<String> kindsFor(Set<String> modelKinds) {
        if (modelKinds.isEmpty()) {
            return KINDS;
        }
        return modelKinds.stream().filter(KINDS::contains).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * How a run ended: {@code stopped} says why it stopped itself before its end (its traces would not fit the disk),
     * and is null when it ran to the end or was cancelled.
     */
    public record Outcome(boolean complete, Path folder, PlatformSimulation simulation, double wallSeconds,
            double peakHeapMiB, String stopped, RunSummary summary) {
    }

    /** Peak use of the heap pools since the JVM started, in MiB. */
    static double peakHeapMiB() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024.0 * 1024.0);
    }

    /**
     * Runs {@code compiled}, loaded from {@code modelFile}, into {@code folder} (as the overload below does), and keeps
     * a copy of the model file there as {@value #MODEL}.
     */
    public static Outcome run(Path modelFile, CompiledPlatform compiled, Path folder, Set<String> kinds,
            LongConsumer progressPs, BooleanSupplier cancelled, boolean replace) throws IOException {
        try (RunFolder run = RunFolder.open(folder, replace)) {
            Files.copy(modelFile, folder.resolve(MODEL));
            Path traces = Files.createDirectories(folder.resolve("traces"));
            long end = compiled.config().warmupPs() + compiled.config().durationPs();
            return run(run, modelFile.getFileName().toString(), compiled, folder, kinds, progressPs, cancelled,
                new DiskGuard(traces, compiled.config().warmupPs(), end));
        }
    }

    /** Runs into a folder that holds no earlier run (see the overload that may replace one). */
    public static Outcome run(String model, CompiledPlatform compiled, Path folder, Set<String> kinds,
            LongConsumer progressPs, BooleanSupplier cancelled) throws IOException {
        return run(model, compiled, folder, kinds, progressPs, cancelled, false);
    }

    /**
     * Runs {@code compiled} into {@code folder}, which it holds for the run ({@link RunFolder}): another run into it
     * is refused, an earlier run in it is replaced when {@code replace} (else refused), and until the summary is
     * written the folder is marked running.
     */
    public static Outcome run(String model, CompiledPlatform compiled, Path folder, Set<String> kinds,
            LongConsumer progressPs, BooleanSupplier cancelled, boolean replace) throws IOException {
        try (RunFolder run = RunFolder.open(folder, replace)) {
            Path traces = Files.createDirectories(folder.resolve("traces"));
            long end = compiled.config().warmupPs() + compiled.config().durationPs();
            return run(run, model, compiled, folder, kinds, progressPs, cancelled,
                new DiskGuard(traces, compiled.config().warmupPs(), end));
        }
    }

    /** {@link #run}, with the disk watched by {@code guard}. */
    public static Outcome run(RunFolder run, String model, CompiledPlatform compiled, Path folder, Set<String> kinds,
            LongConsumer progressPs, BooleanSupplier cancelled, DiskGuard guard) throws IOException {
        Path traces = Files.createDirectories(folder.resolve("traces"));
        Files.write(traces.resolve(TRACKS), compiled.deviceNames());
        long start = System.nanoTime();
        PlatformSimulation sim;
        boolean complete;
        long[][] snoops;
        try (TraceFiles files = new TraceFiles(traces, kinds, compiled.deviceNames().size())) {
            sim = new PlatformSimulation(compiled.config(), files);
            LongConsumer progress = ps -> {
                guard.at(ps);
                progressPs.accept(ps);
            };
            try {
                complete = sim.run(progress, () -> cancelled.getAsBoolean() || guard.stopped() != null);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            snoops = files.snoopsByDevice;
        }
        double wall = (System.nanoTime() - start) / 1e9;
        if (!complete) {
            String why = guard.stopped() != null ? "stopped: " + guard.stopped() : "cancelled";
            Files.writeString(folder.resolve(INCOMPLETE), "The run was " + why + ", at " + sim.nowPs() / 1e6
                + " µs of simulated time; traces and summary cover the time up to then.\n");
        }
        double heap = peakHeapMiB();
        String stopped = complete ? null : guard.stopped();
        RunSummary summary = Summary.of(model, compiled, sim, snoops, complete, wall, heap, DiskGuard.bytes(traces),
            stopped, kinds);
        run.finish(summary.toJson());
        return new Outcome(complete, folder, sim, wall, heap, stopped, summary);
    }
}
