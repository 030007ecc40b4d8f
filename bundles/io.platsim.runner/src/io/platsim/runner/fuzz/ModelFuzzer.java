/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.runner.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.platsim.compiler.CompileException;
import io.platsim.compiler.CompiledPlatform;
import io.platsim.compiler.ModelCompiler;
import io.platsim.compiler.RunOverrides;
import io.platsim.engine.platform.PlatformSimulation;
import io.platsim.engine.trace.TraceSink;
import io.platsim.model.persistence.LoadResult;
import io.platsim.model.persistence.ModelFiles;
import io.platsim.model.validation.ModelValidator;
import io.platsim.model.validation.ValidationProblem;

/**
 * Mutated model files through load, validation, compilation and a 20 us run in one JVM. Every mutant must end well
 * or with a clear error: no exception escaping, no Java object in a message, no valid model that runs for more than
 * a few seconds. Mutants are drawn from a seed, so a failure is found again, and each failing text is kept as a
 * file to replay (and to add to the regression corpus).
 */
public final class ModelFuzzer {

    /** How one model file ended. */
    public enum Ending {
        /** The load refused it, with a message naming the file. */
        LOAD_ERROR,
        /** It loaded and validation refused it. */
        INVALID,
        /** It validated and the compiler refused it with a message. */
        NOT_COMPILED,
        /** It validated, compiled and ran. */
        RAN,
        /** Something a user must never see: an exception, a Java object in a message, a hang. */
        FAILED
    }

    /** The figures of a fuzzing pass: how many mutants ended each way, and what went wrong with the failures. */
    public record Result(int[] endings, List<String> failures) {

        /** Mutants that ended {@code ending}. */
        public int count(Ending ending) {
            return endings[ending.ordinal()];
        }
    }

    private static final long RUN_PS = 20_000_000L;
    private static final long WALL_LIMIT_NS = 5_000_000_000L;
    private static final Pattern ATTRIBUTE = Pattern.compile(" ([A-Za-z:]+)=\"([^\"]*)\"");
    private static final String[] VALUES = {"", "-1", "0", "NaN", "Infinity", "-Infinity", "1e18", "2147483647",
        "-2147483648", "9223372036854775807", "abc", "1.5", "#_none", "other.platsim#_x", "&#10;", "x".repeat(500),
        "true", "GEN9", "  7  "};

    private ModelFuzzer() {
    }

    /**
     * Takes {@code count} mutants of {@code text}, drawn from {@code seed}, through load to a short run; each one
     * that fails is kept in {@code folder} as {@code failure-N.platsim}.
     */
    public static Result fuzz(String text, int count, long seed, Path folder) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> ids = new ArrayList<>();
        Matcher id = Pattern.compile("xmi:id=\"([^\"]+)\"").matcher(text);
        while (id.find()) {
            ids.add(id.group(1));
        }
        int[] endings = new int[Ending.values().length];
        List<String> failures = new ArrayList<>();
        Path file = folder.resolve("mutant.platsim");
        for (int i = 0; i < count; i++) {
            String mutant = mutate(text, random, ids);
            Files.writeString(file, mutant, StandardCharsets.UTF_8);
            Checked checked = check(file);
            endings[checked.ending().ordinal()]++;
            if (checked.ending() == Ending.FAILED) {
                Path kept = folder.resolve("failure-" + i + ".platsim");
                Files.writeString(kept, mutant, StandardCharsets.UTF_8);
                failures.add("mutant " + i + " (" + kept + "): " + checked.wrong());
            }
        }
        Files.deleteIfExists(file);
        return new Result(endings, failures);
    }

    /** How a model file ended, and what was wrong when it failed. */
    public record Checked(Ending ending, String wrong) {
    }

    /** Load, validate, compile and run {@code file} for 20 us. */
    public static Checked check(Path file) {
        try {
            return exercise(file);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new Checked(Ending.FAILED, e.toString());
        }
    }

    private static Checked exercise(Path file) {
        LoadResult loaded = ModelFiles.load(file);
        if (!loaded.ok()) {
            String message = loaded.errors().get(0).text();
            return message.contains("Impl@") ? failed("a load error shows a Java object: " + message)
                : new Checked(Ending.LOAD_ERROR, null);
        }
        List<ValidationProblem> problems = ModelValidator.validate(loaded.platform());
        if (problems.stream().anyMatch(p -> p.severity() == ValidationProblem.Severity.ERROR)) {
            return new Checked(Ending.INVALID, null);
        }
        CompiledPlatform compiled;
        try {
            compiled = ModelCompiler.compile(loaded.platform(), new RunOverrides(RUN_PS, null));
        } catch (CompileException e) {
            return new Checked(Ending.NOT_COMPILED, null);
        }
        long start = System.nanoTime();
        PlatformSimulation sim = new PlatformSimulation(compiled.config(), TraceSink.NONE);
        boolean complete = sim.run(ps -> { }, () -> System.nanoTime() - start > WALL_LIMIT_NS);
        return complete ? new Checked(Ending.RAN, null)
            : failed("a valid model ran for more than 5 s of wall time for 20 us simulated");
    }

    private static Checked failed(String wrong) {
        return new Checked(Ending.FAILED, wrong);
    }

    /** One mutation of {@code text}: a changed value, a removed or repeated element, a flipped bit or a cut. */
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
