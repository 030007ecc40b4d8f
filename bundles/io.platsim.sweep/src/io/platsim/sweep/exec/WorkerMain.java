/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep.exec;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;

import io.platsim.compiler.CompileException;
import io.platsim.compiler.CompiledPlatform;
import io.platsim.compiler.ModelCompiler;
import io.platsim.compiler.RunOverrides;
import io.platsim.model.persistence.LoadResult;
import io.platsim.model.persistence.ModelFiles;
import io.platsim.run.Runner;

/**
 * A sweep's worker process: reads runs from its standard input, one a line ({@link #line(RunTask)}), runs each in
 * turn and answers each on its standard output with {@code DONE KEY CODE}, where the code is 0 done, 2 the model
 * does not compile, 1 anything else; what a run says goes to its log file. It stays up between runs, so runs after
 * the first find the engine compiled; a run that kills it (out of memory) ends only itself, and the sweep starts a
 * new worker for the next.
 */
public final class WorkerMain {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int INVALID = 2;

    private WorkerMain() {
    }

    /** The answer line's first word. */
    static final String DONE = "DONE";

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err); // stray output must not reach the answers
        Path logs = Path.of(args[0]);
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            RunTask task = task(line);
            int code;
            try (PrintStream log = new PrintStream(Files.newOutputStream(logs.resolve(task.key() + ".log")), true,
                    StandardCharsets.UTF_8)) {
                code = run(task, log);
            }
            out.println(DONE + "\t" + task.key() + "\t" + code);
        }
    }

    /** {@code task} as a line of the worker's input: tab-separated, {@code -} for no duration and no traces. */
    static String line(RunTask task) {
        return String.join("\t", task.key(), task.model(), task.folder(), Long.toString(task.seed()),
            task.durationPs() == null ? "-" : Long.toString(task.durationPs()),
            task.traces().isEmpty() ? "-" : String.join(",", task.traces()));
    }

    static RunTask task(String line) {
        String[] f = line.split("\t", -1);
        return new RunTask(f[0], f[1], f[2], Long.parseLong(f[3]), "-".equals(f[4]) ? null : Long.valueOf(f[4]),
            "-".equals(f[5]) ? List.of() : Arrays.asList(f[5].split(",")));
    }

    /** Runs {@code task} in this process, saying what goes wrong to {@code log}; returns its code. */
    public static int run(RunTask task, PrintStream log) {
        Path model = Path.of(task.model());
        LoadResult loaded = ModelFiles.load(model);
        if (!loaded.ok()) {
            log.println(loaded.errors().get(0).text());
            return INVALID;
        }
        CompiledPlatform compiled;
        try {
            compiled = ModelCompiler.compile(loaded.platform(), new RunOverrides(task.durationPs(), task.seed()));
        } catch (CompileException e) {
            log.println(model + ": " + e.getMessage());
            return INVALID;
        }
        Set<String> kinds = task.traces().contains(RunTask.MODEL_TRACES)
            ? new LinkedHashSet<>(Runner.kindsFor(compiled.traceKinds())) : new LinkedHashSet<>(task.traces());
        kinds.retainAll(Runner.KINDS);
        try {
            Runner.Outcome outcome = Runner.run(model, compiled, Path.of(task.folder()), kinds, ps -> { },
                () -> false, true);
            if (!outcome.complete()) {
                log.println("stopped: " + outcome.stopped());
                return FAILED;
            }
            return OK;
        } catch (Exception e) {
            e.printStackTrace(log);
            log.println(e);
            return FAILED;
        }
    }
}
