/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep.exec;

import java.nio.file.Path;
import java.util.Arrays;
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
 * One run of a sweep in a process of its own, so that a run that fails or runs out of memory fails alone:
 * {@code PointMain MODEL FOLDER SEED DURATION_PS|- TRACES|-}. Exit codes: 0 done, 2 the model does not compile (the
 * reason on stderr), 1 anything else.
 */
public final class PointMain {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int INVALID = 2;

    private PointMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length != 5) {
            System.err.println("usage: PointMain MODEL FOLDER SEED DURATION_PS|- TRACES|-");
            return FAILED;
        }
        return run(new RunTask("", args[0], args[1], Long.parseLong(args[2]),
            "-".equals(args[3]) ? null : Long.valueOf(args[3]),
            "-".equals(args[4]) ? java.util.List.of() : Arrays.asList(args[4].split(","))));
    }

    /** Runs {@code task} in this process; returns the exit code it would give. */
    public static int run(RunTask task) {
        Path model = Path.of(task.model());
        LoadResult loaded = ModelFiles.load(model);
        if (!loaded.ok()) {
            System.err.println(loaded.errors().get(0).text());
            return INVALID;
        }
        CompiledPlatform compiled;
        try {
            compiled = ModelCompiler.compile(loaded.platform(), new RunOverrides(task.durationPs(), task.seed()));
        } catch (CompileException e) {
            System.err.println(model + ": " + e.getMessage());
            return INVALID;
        }
        Set<String> kinds = new LinkedHashSet<>(task.traces());
        kinds.retainAll(Runner.KINDS);
        try {
            Runner.Outcome outcome = Runner.run(model, compiled, Path.of(task.folder()), kinds, ps -> { },
                () -> false, true);
            if (!outcome.complete()) {
                System.err.println("stopped: " + outcome.stopped());
                return FAILED;
            }
            return OK;
        } catch (Exception e) {
            System.err.println(e);
            return FAILED;
        }
    }
}
