/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.runner;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import io.platsim.compiler.CompileException;
import io.platsim.compiler.CompiledPlatform;
import io.platsim.compiler.ModelCompiler;
import io.platsim.compiler.RunOverrides;
import io.platsim.model.persistence.LoadProblem;
import io.platsim.model.persistence.LoadResult;
import io.platsim.model.persistence.ModelFiles;

/** {@code platsim run}: one model, or every model in a folder. */
final class RunCommand {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private RunCommand() {
    }

    static int execute(Options options, PrintStream out, PrintStream err) throws Exception {
        Path target = Path.of(options.target);
        if (Files.isDirectory(target)) {
            return runFolder(target, options, out, err);
        }
        Path folder = options.get("out") != null ? Path.of(options.get("out")) : defaultFolder(target);
        return runModel(target, folder, options, out, err);
    }

    static Path defaultFolder(Path model) {
        String name = model.getFileName().toString().replaceFirst("\\.platsim$", "");
        Path parent = model.toAbsolutePath().getParent();
        return parent.resolve("runs").resolve(name + "-" + LocalDateTime.now().format(STAMP));
    }

    static int runModel(Path model, Path folder, Options options, PrintStream out, PrintStream err)
            throws Exception {
        if (!Files.isRegularFile(model)) {
            err.println(model + ": no such model file");
            return Cli.INVALID_MODEL;
        }
        LoadResult loaded = ModelFiles.load(model);
        if (!loaded.ok()) {
            loaded.errors().forEach(problem -> err.println(problem.text()));
            return Cli.INVALID_MODEL;
        }
        for (LoadProblem warning : loaded.warnings()) {
            err.println("warning: " + warning.text());
        }
        CompiledPlatform compiled;
        try {
            compiled = ModelCompiler.compile(loaded.platform(), new RunOverrides(options.durationPs(),
                options.seed()));
        } catch (CompileException e) {
            err.println(model + ": the model cannot run:");
            e.problems().forEach(problem -> err.println("  " + problem));
            return Cli.INVALID_MODEL;
        }
        compiled.warnings().forEach(warning -> err.println("warning: " + model + ": " + warning));
        Set<String> kinds = options.traceKinds();
        if (kinds == null) {
            kinds = Runner.kindsFor(compiled.traceKinds());
        }
        Files.createDirectories(folder);
        Progress progress = new Progress(err, compiled.config().warmupPs() + compiled.config().durationPs());
        AtomicBoolean cancel = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            cancel.set(true);
            try {
                finished.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "platsim-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        Runner.Outcome outcome;
        try {
            outcome = Runner.run(model.getFileName().toString(), compiled, folder, kinds,
                progress::update, cancel::get);
        } finally {
            progress.done();
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running and waits for this method to finish.
            }
        }
        SummaryScreen.print(out, model, compiled, outcome);
        return Cli.OK;
    }

    private static int runFolder(Path folder, Options options, PrintStream out, PrintStream err) throws Exception {
        List<Path> models;
        try (Stream<Path> files = Files.walk(folder)) {
            models = files.filter(p -> p.toString().endsWith(".platsim") && Files.isRegularFile(p))
                .filter(p -> !folder.relativize(p).toString().contains("runs")).sorted().toList();
        }
        if (models.isEmpty()) {
            err.println(folder + ": no .platsim models in this folder");
            return Cli.INVALID_MODEL;
        }
        Path runs = options.get("out") != null ? Path.of(options.get("out")) : folder.resolve("runs");
        String stamp = LocalDateTime.now().format(STAMP);
        Json index = new Json().open(null).put("folder", folder.toAbsolutePath().toString()).array("runs");
        int worst = Cli.OK;
        for (Path model : models) {
            String name = folder.relativize(model).toString().replaceFirst("\\.platsim$", "").replace('/', '_');
            Path target = runs.resolve(name + "-" + stamp);
            out.println("== " + folder.relativize(model));
            int code = runModel(model, target, options, out, err);
            worst = code == Cli.OK ? worst : worst == Cli.INTERNAL_ERROR ? worst : code;
            index.open(null).put("model", folder.relativize(model).toString())
                .put("status", code == Cli.OK ? "done" : code == Cli.INVALID_MODEL ? "invalid model" : "error")
                .put("exit_code", code).put("run_folder", code == Cli.OK ? target.toString() : "").close();
        }
        Files.createDirectories(runs);
        Files.writeString(runs.resolve("index.json"), index.close().close().toString());
        out.println("Index of the runs: " + runs.resolve("index.json"));
        return worst;
    }
}
