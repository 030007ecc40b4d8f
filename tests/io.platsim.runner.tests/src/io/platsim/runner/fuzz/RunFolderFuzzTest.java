/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.runner.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.platsim.model.persistence.ModelFiles;
import io.platsim.templates.Templates;
import io.platsim.runner.cli.Cli;

/**
 * Damaged copies of a finished run of the two-socket example (every trace kind) through {@code export-trace} and
 * {@code report}: each reader reads what it read before the damage or refuses with exit 2, and none fails inside.
 */
class RunFolderFuzzTest {

    /** Damaged folders per run in CI; {@code ./platsim fuzz} damages as many as it is told. */
    static final int FOLDERS = 200;

    @TempDir
    Path temp;

    @Test
    void damagedRunFoldersAreReadAsBeforeOrRefused() throws IOException {
        Path model = temp.resolve("server.platsim");
        ModelFiles.save(Templates.realistic("server"), model);
        Path run = temp.resolve("run");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        assertEquals(Cli.OK, Cli.execute(new String[] {"run", model.toString(), "--duration", "20us", "--trace",
            "all", "--out", run.toString()}, quiet, quiet));
        RunFolderFuzzer.Result result = RunFolderFuzzer.fuzz(run, FOLDERS, 20261202L, temp);
        List<String> failures = result.failures();
        assertEquals(List.of(), failures, failures.size() + " of " + FOLDERS + " damaged folders were misread");
        assertTrue(result.refused() > FOLDERS / 3, "most damage is found: " + result.refused() + " refused");
    }
}
