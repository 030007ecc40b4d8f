/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.runner.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import io.platsim.model.persistence.ModelFiles;
import io.platsim.templates.Templates;
import io.platsim.runner.fuzz.ModelFuzzer;
import io.platsim.runner.fuzz.RunFolderFuzzer;

/**
 * {@code platsim fuzz MUTANTS [--folders N] [--seed N] [--out DIR]}: the robustness benchmark. Takes MUTANTS
 * mutated copies of the two-socket example through load, validation, compilation and a 20 us run, then damages N
 * copies of a finished run folder (1,000 unless told) and reads each with every reader; prints how each ended and
 * the time it took. Failing inputs are kept in DIR (a temporary folder unless told) to replay; exit 1 when there
 * is one.
 */
final class FuzzCommand {

    private static final long DEFAULT_SEED = 20_261_202L;

    private FuzzCommand() {
    }

    static int execute(Options options, PrintStream out, PrintStream err) throws Exception {
        int mutants = count(options.target, "the number of mutants");
        int folders = options.get("folders") == null ? 1_000 : count(options.get("folders"), "--folders");
        long seed = options.seed() == null ? DEFAULT_SEED : options.seed();
        Path work = options.get("out") != null ? Files.createDirectories(Path.of(options.get("out")))
            : Files.createTempDirectory("platsim-fuzz");

        Path base = work.resolve("base.platsim");
        ModelFiles.save(Templates.realistic("fuzz"), base);
        long start = System.nanoTime();
        ModelFuzzer.Result models = ModelFuzzer.fuzz(Files.readString(base, StandardCharsets.UTF_8), mutants, seed,
            work);
        double modelSeconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "model files: %,d mutants of the two-socket example in %.0f s (%.2f ms each): "
            + "%,d load errors, %,d invalid, %,d not compiled, %,d ran; %,d failed%n", mutants, modelSeconds,
            modelSeconds * 1e3 / Math.max(1, mutants), models.count(ModelFuzzer.Ending.LOAD_ERROR),
            models.count(ModelFuzzer.Ending.INVALID), models.count(ModelFuzzer.Ending.NOT_COMPILED),
            models.count(ModelFuzzer.Ending.RAN), models.count(ModelFuzzer.Ending.FAILED));

        Path small = work.resolve("small.platsim");
        ModelFiles.save(Templates.realistic("fuzz-run"), small);
        Path run = work.resolve("run");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        int code = Cli.execute(new String[] {"run", small.toString(), "--duration", "20us", "--trace", "all",
            "--out", run.toString(), "--force"}, quiet, err);
        if (code != Cli.OK) {
            err.println("platsim fuzz: the run to damage failed (exit " + code + ")");
            return Cli.INTERNAL_ERROR;
        }
        start = System.nanoTime();
        RunFolderFuzzer.Result damaged = RunFolderFuzzer.fuzz(run, folders, seed, work);
        double folderSeconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "run folders: %,d damaged copies in %.0f s: %,d refused by a reader as damaged, "
            + "%,d read as before the damage; %,d failed%n", folders, folderSeconds, damaged.refused(),
            damaged.readAsBefore(), damaged.failures().size());

        models.failures().forEach(err::println);
        damaged.failures().forEach(err::println);
        boolean failed = !models.failures().isEmpty() || !damaged.failures().isEmpty();
        out.println(failed ? "failing inputs are kept in " + work : "no failure; work folder " + work);
        return failed ? Cli.INTERNAL_ERROR : Cli.OK;
    }

    private static int count(String text, String what) throws Options.UsageException {
        try {
            int count = Integer.parseInt(text.replace("_", "").replace(",", ""));
            if (count >= 0) {
                return count;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new Options.UsageException(what + " must be a whole number of 0 or more, not '" + text + "'");
    }
}
