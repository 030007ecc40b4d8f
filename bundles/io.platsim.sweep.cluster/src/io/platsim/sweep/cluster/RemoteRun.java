/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep.cluster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import io.platsim.sweep.exec.RunTask;
import io.platsim.sweep.exec.TaskResult;
import io.platsim.sweep.exec.TaskResult.Status;
import io.platsim.sweep.exec.WorkerMain;

/**
 * One run sent to a cluster member: the point's model travels with it (the members share no files), the member
 * runs it in its work folder and sends back the summary, and the traces when asked.
 */
final class RemoteRun implements Callable<RemoteRun.Result>, Serializable {

    private static final long serialVersionUID = 1L;
    /** The system property that names a worker's work folder; a folder under the temporary one by default. */
    static final String WORK = "platsim.worker.dir";

    private final RunTask task;
    private final byte[] model;
    private final boolean traces;

    RemoteRun(RunTask task, byte[] model, boolean traces) {
        this.task = task;
        this.model = model.clone();
        this.traces = traces;
    }

    /** What a member sends back: the run's result (its summary in it) and its trace files by name. */
    record Result(TaskResult result, Map<String, byte[]> traces) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Override
    public Result call() throws IOException {
        Path work = Files.createDirectories(Path.of(System.getProperty(WORK, Path.of(
            System.getProperty("java.io.tmpdir"), "platsim-worker").toString())));
        // A folder of its own for each call, deleted once its results are read: runs of one key at once do not
        // meet, and the worker's disk does not fill up with runs already sent back.
        Path own = Files.createTempDirectory(work, task.key() + "-");
        try {
            return run(own);
        } finally {
            try (Stream<Path> files = Files.walk(own)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private Result run(Path own) throws IOException {
        Path modelFile = own.resolve("model.platsim");
        Files.write(modelFile, model);
        Path folder = own.resolve("run");
        RunTask here = new RunTask(task.key(), modelFile.toString(), folder.toString(), task.seed(),
            task.durationPs(), task.traces());
        long start = System.nanoTime();
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        int code;
        try (PrintStream log = new PrintStream(said, true, StandardCharsets.UTF_8)) {
            code = WorkerMain.run(here, log);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        String message = said.toString(StandardCharsets.UTF_8).strip();
        message = message.isEmpty() ? "" : message.lines().reduce((a, b) -> b).orElse("");
        if (code != WorkerMain.OK) {
            return new Result(new TaskResult(task, code == WorkerMain.INVALID ? Status.INVALID : Status.FAILED,
                message, wall, null), Map.of());
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (traces && Files.isDirectory(folder.resolve("traces"))) {
            try (Stream<Path> all = Files.list(folder.resolve("traces"))) {
                for (Path file : all.sorted().toList()) {
                    files.put(file.getFileName().toString(), Files.readAllBytes(file));
                }
            }
        }
        String summary = Files.readString(folder.resolve("summary.json"));
        return new Result(new TaskResult(task, Status.OK, "", wall, summary), files);
    }
}
