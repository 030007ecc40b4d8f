/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep.exec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import io.platsim.sweep.exec.TaskResult.Status;

/**
 * Runs a sweep's runs on this machine, {@code workers} at a time, each in a Java process of its own: one processor,
 * the serial collector and a heap of its own, so one run that fails or runs out of memory fails alone and the runs
 * do not fight over cores. Each run's output goes to {@code logs/KEY.log} beside the runs.
 */
public final class LocalProcesses implements SweepExecutor {

    /** Exit code of a run whose process ran out of heap ({@code -XX:+ExitOnOutOfMemoryError}). */
    private static final int OUT_OF_MEMORY = 3;

    private final int workers;
    private final int heapMiB;
    private final String classpath;
    private final Path logs;
    private final Set<Process> running = ConcurrentHashMap.newKeySet();

    /**
     * @param workers   runs at once
     * @param heapMiB   each run's heap
     * @param classpath the class path of a run's process ({@link Classpath#forRuns()})
     * @param logs      folder for each run's output
     */
    public LocalProcesses(int workers, int heapMiB, String classpath, Path logs) {
        if (workers < 1 || heapMiB < 64) {
            throw new IllegalArgumentException("workers " + workers + ", heap " + heapMiB + " MiB");
        }
        this.workers = workers;
        this.heapMiB = heapMiB;
        this.classpath = classpath;
        this.logs = logs;
    }

    @Override
    public String describe() {
        return workers + (workers == 1 ? " local worker" : " local workers");
    }

    @Override
    public void run(List<RunTask> tasks, Consumer<TaskResult> done, BooleanSupplier cancelled)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread thread = new Thread(r, "sweep worker");
            thread.setDaemon(true);
            return thread;
        });
        Object handing = new Object();
        try {
            for (RunTask task : tasks) {
                pool.execute(() -> {
                    TaskResult result = cancelled.getAsBoolean()
                        ? new TaskResult(task, Status.FAILED, "cancelled before it started", 0, null)
                        : runOne(task, cancelled);
                    synchronized (handing) {
                        done.accept(result);
                    }
                });
            }
            pool.shutdown();
            while (!pool.awaitTermination(100, TimeUnit.MILLISECONDS)) {
                if (cancelled.getAsBoolean()) {
                    running.forEach(Process::destroyForcibly);
                }
            }
        } finally {
            pool.shutdownNow();
            running.forEach(Process::destroyForcibly);
        }
    }

    private TaskResult runOne(RunTask task, BooleanSupplier cancelled) {
        long start = System.nanoTime();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
            .toString(), "-Xmx" + heapMiB + "m", "-XX:ActiveProcessorCount=1", "-XX:+UseSerialGC",
            "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true", "-cp", classpath,
            PointMain.class.getName(), task.model(), task.folder(), Long.toString(task.seed()),
            task.durationPs() == null ? "-" : Long.toString(task.durationPs()),
            task.traces().isEmpty() ? "-" : String.join(",", task.traces())));
        Path log = logs.resolve(task.key() + ".log");
        try {
            Files.createDirectories(logs);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .start();
            running.add(process);
            int code;
            try {
                code = process.waitFor();
            } finally {
                running.remove(process);
            }
            double wall = (System.nanoTime() - start) / 1e9;
            return switch (code) {
                case PointMain.OK -> new TaskResult(task, Status.OK, "", wall, Outputs.summary(task));
                case PointMain.INVALID -> new TaskResult(task, Status.INVALID, Outputs.lastLine(log), wall, null);
                case OUT_OF_MEMORY -> new TaskResult(task, Status.FAILED, "ran out of its " + heapMiB
                    + " MiB heap (--heap)", wall, null);
                default -> new TaskResult(task, Status.FAILED, cancelled.getAsBoolean() ? "cancelled"
                    : "exit code " + code + ": " + Outputs.lastLine(log), wall, null);
            };
        } catch (IOException e) {
            return new TaskResult(task, Status.FAILED, "could not start: " + e.getMessage(),
                (System.nanoTime() - start) / 1e9, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new TaskResult(task, Status.FAILED, "cancelled", (System.nanoTime() - start) / 1e9, null);
        }
    }
}
