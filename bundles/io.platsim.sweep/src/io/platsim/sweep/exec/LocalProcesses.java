/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep.exec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import io.platsim.sweep.exec.TaskResult.Status;

/**
 * Runs a sweep's runs on this machine, {@code workers} at a time, each worker a Java process of its own
 * ({@link WorkerMain}) with one processor, the serial collector and its own heap, so the runs do not fight over
 * cores and a run that runs out of memory ends only itself: its worker is replaced for the next run. A worker runs
 * its runs one after another, so only its first run pays for starting Java and compiling the engine, and workers
 * start from the runtime's ahead-of-time cache ({@link AotCache}) once a first sweep has written it. Each run's
 * output goes to {@code KEY.log}, each worker's to {@code worker-N.log}, in the logs folder.
 */
public final class LocalProcesses implements SweepExecutor {

    /** Exit code of a worker that ran out of heap ({@code -XX:+ExitOnOutOfMemoryError}). */
    private static final int OUT_OF_MEMORY = 3;

    private final int workers;
    private final int heapMiB;
    private final String classpath;
    private final Path logs;
    private final AotCache aot;
    private final Set<Process> running = ConcurrentHashMap.newKeySet();

    /**
     * @param workers   runs at once
     * @param heapMiB   each worker's heap
     * @param classpath the class path of a worker ({@link Classpath#forRuns()})
     * @param logs      folder for the runs' and workers' output
     */
    public LocalProcesses(int workers, int heapMiB, String classpath, Path logs) {
        this(workers, heapMiB, classpath, logs, AotCache.userFolder());
    }

    /**
     * As {@link #LocalProcesses(int, int, String, Path)}, with the workers' ahead-of-time cache kept in
     * {@code aotFolder} instead of the user's cache folder, or without one when it is null.
     */
    public LocalProcesses(int workers, int heapMiB, String classpath, Path logs, Path aotFolder) {
        if (workers < 1 || heapMiB < 64) {
            throw new IllegalArgumentException("workers " + workers + ", heap " + heapMiB + " MiB");
        }
        this.workers = workers;
        this.heapMiB = heapMiB;
        this.classpath = classpath;
        this.logs = logs;
        this.aot = new AotCache(aotFolder);
    }

    @Override
    public String describe() {
        return workers + (workers == 1 ? " local worker" : " local workers");
    }

    @Override
    public void run(List<RunTask> tasks, Consumer<TaskResult> done, BooleanSupplier cancelled)
            throws InterruptedException {
        ConcurrentLinkedQueue<RunTask> queue = new ConcurrentLinkedQueue<>(tasks);
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread thread = new Thread(r, "sweep worker");
            thread.setDaemon(true);
            return thread;
        });
        Object handing = new Object();
        try {
            for (int w = 0; w < Math.min(workers, tasks.size()); w++) {
                int number = w + 1;
                pool.execute(() -> new Worker(number).drain(queue, cancelled, result -> {
                    synchronized (handing) {
                        done.accept(result);
                    }
                }));
            }
            pool.shutdown();
            while (!pool.awaitTermination(100, TimeUnit.MILLISECONDS)) {
                if (cancelled.getAsBoolean()) {
                    running.forEach(LocalProcesses::kill);
                }
            }
        } finally {
            pool.shutdownNow();
            running.forEach(LocalProcesses::kill);
        }
    }

    /** Ends {@code process} and what it started (the runtime writes its ahead-of-time cache from another process). */
    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /** One worker slot: its process (started when needed, again after it dies) and the runs it takes. */
    private final class Worker {

        private final int number;
        private Process process;
        private AotCache.Use use = AotCache.Use.NONE;
        private PrintStream to;
        private BufferedReader from;

        Worker(int number) {
            this.number = number;
        }

        void drain(ConcurrentLinkedQueue<RunTask> queue, BooleanSupplier cancelled, Consumer<TaskResult> done) {
            try {
                // A cancel leaves the runs not started unreported: the sweep counts them as not run.
                for (RunTask task = queue.poll(); task != null && !cancelled.getAsBoolean(); task = queue.poll()) {
                    done.accept(runOne(task, cancelled));
                }
            } finally {
                stop();
            }
        }

        private TaskResult runOne(RunTask task, BooleanSupplier cancelled) {
            long start = System.nanoTime();
            try {
                if (process != null && !process.isAlive()) {
                    ended(process.exitValue()); // it died between runs
                }
                if (process == null) {
                    start();
                }
                to.println(WorkerMain.line(task));
                String answer = from.readLine();
                String expected = WorkerMain.DONE + "\t" + task.key() + "\t";
                while (answer != null && !answer.startsWith(expected)) {
                    answer = from.readLine(); // anything else the worker's Java said on its output
                }
                double wall = (System.nanoTime() - start) / 1e9;
                if (answer == null) {
                    int code = process.waitFor();
                    ended(code);
                    String why = code == OUT_OF_MEMORY ? "ran out of its worker's " + heapMiB + " MiB heap (--heap)"
                        : cancelled.getAsBoolean() ? "cancelled" : "its worker ended with exit code " + code;
                    return new TaskResult(task, Status.FAILED, why, wall, null);
                }
                int code = Integer.parseInt(answer.split("\t")[2]);
                Path log = logs.resolve(task.key() + ".log");
                return switch (code) {
                    case WorkerMain.OK -> new TaskResult(task, Status.OK, "", wall, Outputs.summary(task));
                    case WorkerMain.INVALID -> new TaskResult(task, Status.INVALID, Outputs.lastLine(log), wall, null);
                    default -> new TaskResult(task, Status.FAILED, Outputs.lastLine(log), wall, null);
                };
            } catch (IOException | RuntimeException e) {
                stop();
                return new TaskResult(task, Status.FAILED, "its worker failed: " + e.getMessage(),
                    (System.nanoTime() - start) / 1e9, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new TaskResult(task, Status.FAILED, "cancelled", (System.nanoTime() - start) / 1e9, null);
            }
        }

        private void start() throws IOException {
            Files.createDirectories(logs);
            List<String> options = List.of("-Xmx" + heapMiB + "m", "-XX:ActiveProcessorCount=1", "-XX:+UseSerialGC",
                "-XX:+ExitOnOutOfMemoryError", "-Xlog:all=warning:stderr", "-Djava.awt.headless=true");
            use = aot.plan(classpath, options);
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(options);
            command.addAll(use.options());
            command.addAll(List.of("-cp", classpath, WorkerMain.class.getName(), logs.toString()));
            try {
                process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.appendTo(logs.resolve("worker-" + number + ".log").toFile()))
                    .start();
            } catch (IOException e) {
                ended(-1);
                throw e;
            }
            running.add(process);
            to = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
            from = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        private void stop() {
            if (process != null) {
                to.close();
                int code = -1;
                try {
                    // A worker writing the ahead-of-time cache does so as it ends, in a few seconds.
                    if (process.waitFor(use.output() == null ? 10 : 60, TimeUnit.SECONDS)) {
                        code = process.exitValue();
                    } else {
                        kill(process);
                    }
                } catch (InterruptedException e) {
                    kill(process);
                    Thread.currentThread().interrupt();
                }
                ended(code);
            }
        }

        private void ended(int code) {
            if (process != null) {
                running.remove(process);
            }
            process = null;
            aot.ended(use, code);
            use = AotCache.Use.NONE;
        }
    }
}
