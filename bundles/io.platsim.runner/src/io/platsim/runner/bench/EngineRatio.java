/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.runner.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;

/**
 * This engine's speed over a reference engine's, for {@code ./platsim bench}, from {@link EndToEndBench}'s printed
 * tables: simulated time per wall second, the median of the cold runs (each a JVM's first run) over the
 * reference's, and the same of the warm runs, with how likely a difference that large is when both engines are in
 * fact as fast (a Mann-Whitney U test: this machine's speed wanders by a fifth, and a ratio alone cannot tell a
 * slower engine from a slow minute).
 */
public final class EngineRatio {

    /** A run's line: its number, "(cold)" for a JVM's first, wall s, events, M events/s, sim ms per wall s, MiB. */
    private static final Pattern RUN = Pattern.compile(
        "^\\s*\\d+( \\(cold\\))?\\s+[0-9.]+\\s+[0-9,]+\\s+[0-9.]+\\s+([0-9.]+)\\s+[0-9]+\\s*$");
    /** Below this chance, a difference is reported as beyond the machine's noise. */
    private static final double SIGNIFICANT = 0.05;

    private EngineRatio() {
    }

    /** The simulated milliseconds per wall second of a file's runs: its cold runs or its warm ones. */
    static double[] rates(List<Path> files, boolean cold) throws IOException {
        List<Double> rates = new ArrayList<>();
        for (Path file : files) {
            for (String line : Files.readAllLines(file)) {
                Matcher m = RUN.matcher(line);
                if (m.matches() && (m.group(1) != null) == cold) {
                    rates.add(Double.parseDouble(m.group(2)));
                }
            }
        }
        return rates.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Prints the cold and warm ratios of {@code engine} over {@code reference} (files of {@link EndToEndBench}'s
     * output each), and for each whether the difference is beyond chance.
     */
    static void print(List<Path> engine, List<Path> reference, PrintStream out) throws IOException {
        for (boolean cold : new boolean[] {true, false}) {
            double[] ours = rates(engine, cold);
            double[] theirs = rates(reference, cold);
            if (ours.length == 0 || theirs.length == 0) {
                throw new IllegalArgumentException("no " + (cold ? "cold" : "warm") + " runs in the output");
            }
            double ratio = new Median().evaluate(ours) / new Median().evaluate(theirs);
            double p = ours.length < 2 || theirs.length < 2 ? 1
                : new MannWhitneyUTest().mannWhitneyUTest(ours, theirs);
            out.printf("  %s, this engine / the reference: %.2fx (medians of %d and %d runs; p = %.3f that equal"
                + " engines differ this much: %s)%n", cold ? "cold" : "warm", ratio, ours.length, theirs.length, p,
                p < SIGNIFICANT ? (ratio < 1 ? "slower" : "faster") : "within the noise");
        }
    }

    /** Arguments: this engine's output files, {@code --}, the reference's. */
    public static void main(String[] args) throws IOException {
        List<Path> engine = new ArrayList<>();
        List<Path> reference = new ArrayList<>();
        List<Path> into = engine;
        for (String arg : args) {
            if (arg.equals("--")) {
                into = reference;
            } else {
                into.add(Path.of(arg));
            }
        }
        print(engine, reference, System.out);
    }
}
