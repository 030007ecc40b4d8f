/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.runner.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import io.platsim.model.persistence.PlatsimResource;
import io.platsim.run.Progress;
import io.platsim.run.RunFolder;
import io.platsim.run.Runner;
import io.platsim.run.SummaryScreen;
import io.platsim.trace.DamagedTraceException;

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

    /** What went wrong writing, in words: the file system's own reason where it gives one. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return "permission denied (" + denied.getFile() + ")";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(Locale.ROOT) + " (" + fs.getFile() + ")";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static Path defaultFolder(Path model) {
        String name = model.getFileName().toString().replaceFirst("\\.platsim$", "");
        Path parent = model.toAbsolutePath().getParent();
        return fresh(parent.resolve("runs").resolve(name + "-" + LocalDateTime.now().format(STAMP)));
    }

    /** {@code folder}, or {@code folder-2}, {@code folder-3}, ... when it is taken (runs in the same second). */
    static Path fresh(Path folder) {
        Path candidate = folder;
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolveSibling(folder.getFileName() + "-" + n);
        }
        return candidate;
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
            outcome = Runner.run(model, compiled, folder, kinds, progress::update, cancel::get,
                options.has("force"));
        } catch (RunFolder.Refused e) {
            err.println(e.getMessage());
            return Cli.USAGE;
        } catch (DamagedTraceException e) {
            throw e;
        } catch (IOException e) {
            // A folder that cannot be written (under a file, read-only, a full disk): one line, and the folder,
            // if it was started, keeps its RUNNING mark.
            err.println("cannot write " + folder + ": " + reason(e));
            return Cli.INTERNAL_ERROR;
        } finally {
            progress.done();
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running and waits for this method to finish.
            }
        }
        SummaryScreen.print(out, model, outcome);
        if (outcome.stopped() != null) {
            err.println(folder + ": the run " + outcome.stopped());
            return Cli.INTERNAL_ERROR;
        }
        return Cli.OK;
    }

    private static int runFolder(Path folder, Options options, PrintStream out, PrintStream err) throws Exception {
        List<Path> models;
        try (Stream<Path> files = Files.walk(folder)) {
            models = files.filter(p -> p.toString().endsWith(".platsim") && Files.isRegularFile(p))
                .filter(p -> !insideRun(folder, p)).sorted().toList();
        }
        if (models.isEmpty()) {
            err.println(folder + ": no .platsim models in this folder");
            return Cli.INVALID_MODEL;
        }
        Path runs = options.get("out") != null ? Path.of(options.get("out")) : folder.resolve("runs");
        Files.createDirectories(runs);
        String stamp = LocalDateTime.now().format(STAMP);
        List<String[]> done = new ArrayList<>();
        int worst = Cli.OK;
        for (Path model : models) {
            String name = folder.relativize(model).toString().replaceFirst("\\.platsim$", "").replace('/', '_');
            Path target = fresh(runs.resolve(name + "-" + stamp));
            out.println("== " + folder.relativize(model));
            int code;
            try {
                code = runModel(model, target, options, out, err);
            } catch (Exception | StackOverflowError | OutOfMemoryError e) {
                // One model's failure is its own: the index says so and the next model runs.
                err.println(model + ": the run failed: " + e + "; "
                    + Cli.logged(new String[] {"run", model.toString()}, e, err));
                code = Cli.INTERNAL_ERROR;
            }
            worst = code == Cli.OK ? worst : worst == Cli.INTERNAL_ERROR ? worst : code;
            String status = code == Cli.OK ? "done" : code == Cli.INVALID_MODEL ? "invalid model" : "error";
            done.add(new String[] {folder.relativize(model).toString(), status, Integer.toString(code),
                code == Cli.OK ? runs.relativize(target).toString() : ""});
            writeIndex(runs, folder, done);
        }
        out.println("Index of the runs: " + runs.resolve("index.json"));
        return worst;
    }

    /** Whether {@code model} lies inside a run folder PlatSim wrote under {@code folder}. */
    private static boolean insideRun(Path folder, Path model) {
        for (Path dir = model.getParent(); dir != null && dir.startsWith(folder) && !dir.equals(folder);
                dir = dir.getParent()) {
            if (RunFolder.holdsRun(dir)) {
                return true;
            }
        }
        return false;
    }

    /** The index of the runs so far, written atomically after each model; run folders relative to it. */
    private static void writeIndex(Path runs, Path folder, List<String[]> done) throws IOException {
        Json index = new Json().open(null).put("folder", folder.toAbsolutePath().toString()).array("runs");
        for (String[] run : done) {
            index.open(null).put("model", run[0]).put("status", run[1]).put("exit_code", Integer.parseInt(run[2]))
                .put("run_folder", run[3]).close();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(index.close().close().toString().getBytes(StandardCharsets.UTF_8));
        PlatsimResource.writeAtomically(runs.resolve("index.json"), bytes);
    }
}
