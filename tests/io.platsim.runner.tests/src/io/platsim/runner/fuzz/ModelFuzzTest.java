/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.runner.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.platsim.model.persistence.ModelFiles;
import io.platsim.templates.Templates;

/**
 * Mutated model files through load, validation, compilation and a 20 us run: every mutant ends well or with a
 * clear error. The mutants come from a fixed seed, so a failure is found again; the failing texts are kept in the
 * test's output. The regression corpus holds inputs that once failed; each must now be refused with a message,
 * except those named {@code ok-*}, whose only fault PlatSim ignores (a schema location it never follows).
 */
class ModelFuzzTest {

    /** Mutants per run in CI; {@code ./platsim fuzz} runs as many as it is told. */
    static final int MUTANTS = 2_000;

    @TempDir
    Path temp;

    @Test
    void mutatedModelsEndWellOrWithAClearError() throws IOException {
        Path base = temp.resolve("base.platsim");
        ModelFiles.save(Templates.realistic("fuzz"), base);
        String text = Files.readString(base, StandardCharsets.UTF_8);
        ModelFuzzer.Result result = ModelFuzzer.fuzz(text, MUTANTS, 20261202L, temp);
        List<String> failures = result.failures();
        assertEquals(List.of(), failures, failures.size() + " of " + MUTANTS + " mutants escaped");
        assertTrue(result.count(ModelFuzzer.Ending.RAN) > 0 && result.count(ModelFuzzer.Ending.LOAD_ERROR) > 0
            && result.count(ModelFuzzer.Ending.INVALID) > 0, "the mutants reach every stage");
    }

    @Test
    void everyInputThatOnceFailedIsNowRefusedWithAMessage() throws IOException {
        List<Path> corpus;
        try (Stream<Path> files = Files.list(corpusFolder())) {
            corpus = files.filter(p -> p.toString().endsWith(".platsim")).sorted().toList();
        }
        assertFalse(corpus.isEmpty(), "the corpus is where it should be");
        for (Path input : corpus) {
            ModelFuzzer.Checked checked = ModelFuzzer.check(input);
            assertNotEquals(ModelFuzzer.Ending.FAILED, checked.ending(), input + ": " + checked.wrong());
            if (input.getFileName().toString().startsWith("ok-")) {
                assertEquals(ModelFuzzer.Ending.RAN, checked.ending(), input + " runs, its fault ignored");
            } else {
                assertNotEquals(ModelFuzzer.Ending.RAN, checked.ending(), input + " is bad input and ran");
            }
        }
    }

    private static Path corpusFolder() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("tests/io.platsim.runner.tests/fuzz-corpus"))) {
            dir = dir.getParent();
        }
        return dir.resolve("tests/io.platsim.runner.tests/fuzz-corpus");
    }
}
