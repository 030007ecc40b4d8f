/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.platsim.compiler.CompileException;
import io.platsim.compiler.CompiledPlatform;
import io.platsim.compiler.ModelCompiler;
import io.platsim.compiler.RunOverrides;
import io.platsim.engine.platform.PlatformSimulation;
import io.platsim.engine.platform.TraceSink;
import io.platsim.model.persistence.LoadResult;
import io.platsim.model.persistence.ModelFiles;
import io.platsim.model.templates.Templates;
import io.platsim.model.validation.ModelValidator;
import io.platsim.model.validation.ValidationProblem;

/**
 * Mutated model files through load, validation, compilation and a 20 us run in one JVM: every mutant ends well or
 * with a clear error, never with an exception escaping, and never runs for more than a few seconds. The mutants
 * are drawn from a fixed seed, so a failure is found again; the failing texts are kept in the test's output.
 */
class ModelFuzzTest {

    /** Mutants per run in CI; the fuzz benchmark runs more. */
    static final int MUTANTS = 2_000;
    private static final long RUN_PS = 20_000_000L;
    private static final long WALL_LIMIT_NS = 5_000_000_000L;
    private static final Pattern ATTRIBUTE = Pattern.compile(" ([A-Za-z:]+)=\"([^\"]*)\"");
    private static final String[] VALUES = {"", "-1", "0", "NaN", "Infinity", "-Infinity", "1e18", "2147483647",
        "-2147483648", "9223372036854775807", "abc", "1.5", "#_none", "other.platsim#_x", "&#10;", "x".repeat(500),
        "true", "GEN9", "  7  "};

    @TempDir
    Path temp;

    @Test
    void mutatedModelsEndWellOrWithAClearError() throws IOException {
        Path base = temp.resolve("base.platsim");
        ModelFiles.save(Templates.realistic("fuzz"), base);
        String text = Files.readString(base, StandardCharsets.UTF_8);
        List<String> failures = fuzz(text, MUTANTS, 20261202L, temp);
        assertEquals(List.of(), failures, failures.size() + " of " + MUTANTS + " mutants escaped");
    }

    /** Runs {@code count} mutants of {@code text}; returns what went wrong with each that failed. */
    static List<String> fuzz(String text, int count, long seed, Path folder) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> ids = new ArrayList<>();
        Matcher id = Pattern.compile("xmi:id=\"([^\"]+)\"").matcher(text);
        while (id.find()) {
            ids.add(id.group(1));
        }
        List<String> failures = new ArrayList<>();
        Path file = folder.resolve("mutant.platsim");
        for (int i = 0; i < count; i++) {
            String mutant = mutate(text, random, ids);
            Files.writeString(file, mutant, StandardCharsets.UTF_8);
            try {
                String wrong = exercise(file);
                if (wrong != null) {
                    failures.add(keep(folder, i, mutant, wrong));
                }
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                failures.add(keep(folder, i, mutant, e.toString()));
            }
        }
        return failures;
    }

    /** Load, validate, compile and run: null when it ended well or with a clear error, else what was wrong. */
    private static String exercise(Path file) {
        LoadResult loaded = ModelFiles.load(file);
        if (!loaded.ok()) {
            String message = loaded.errors().get(0).text();
            return message.contains("Impl@") ? "a load error shows a Java object: " + message : null;
        }
        List<ValidationProblem> problems = ModelValidator.validate(loaded.platform());
        if (problems.stream().anyMatch(p -> p.severity() == ValidationProblem.Severity.ERROR)) {
            return null;
        }
        CompiledPlatform compiled;
        try {
            compiled = ModelCompiler.compile(loaded.platform(), new RunOverrides(RUN_PS, null));
        } catch (CompileException e) {
            return null;
        }
        long start = System.nanoTime();
        PlatformSimulation sim = new PlatformSimulation(compiled.config(), TraceSink.NONE);
        boolean complete = sim.run(ps -> { }, () -> System.nanoTime() - start > WALL_LIMIT_NS);
        return complete ? null : "a valid model ran for more than 5 s of wall time for 20 us simulated";
    }

    private static String keep(Path folder, int index, String mutant, String wrong) throws IOException {
        Path kept = folder.resolve("failure-" + index + ".platsim");
        Files.writeString(kept, mutant, StandardCharsets.UTF_8);
        return "mutant " + index + " (" + kept + "): " + wrong;
    }

    /** One mutation of {@code text}: a changed value, a removed or repeated element, a flipped byte or a cut. */
    static String mutate(String text, SplittableRandom random, List<String> ids) {
        int kind = random.nextInt(10);
        if (kind < 6) {
            List<int[]> values = new ArrayList<>();
            Matcher attribute = ATTRIBUTE.matcher(text);
            while (attribute.find()) {
                if (!attribute.group(1).startsWith("xmlns") && !attribute.group(1).equals("xmi:version")) {
                    values.add(new int[] {attribute.start(2), attribute.end(2)});
                }
            }
            int[] at = values.get(random.nextInt(values.size()));
            String value = random.nextInt(4) == 0 ? "#" + ids.get(random.nextInt(ids.size()))
                : VALUES[random.nextInt(VALUES.length)];
            return text.substring(0, at[0]) + value + text.substring(at[1]);
        }
        String[] lines = text.split("\n", -1);
        int line = 2 + random.nextInt(Math.max(1, lines.length - 3));
        if (kind == 6 || kind == 7) {
            List<String> changed = new ArrayList<>(List.of(lines));
            if (kind == 6) {
                changed.remove(line);
            } else {
                changed.add(line, lines[line]);
            }
            return String.join("\n", changed);
        }
        if (kind == 8) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return text.substring(0, random.nextInt(text.length()));
    }
}
