/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep.design;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.apache.commons.math3.random.Well19937c;

import io.platsim.model.sweep.Factor;
import io.platsim.model.sweep.Sweep;

/**
 * The points a sweep runs, by its design: every combination (full factorial), each factor through its values with
 * the others at the base model's (one at a time), or the sweep's samples spread over the factors' ranges (a Latin
 * hypercube from the sweep's seed, or a Sobol sequence); and the replications' seeds. The same sweep always gives
 * the same points and seeds.
 */
public final class Design {

    private Design() {
    }

    /** The points of {@code sweep}, whose factors are valid ({@link io.platsim.sweep.SweepCheck}). */
    public static List<Point> points(Sweep sweep) {
        List<Factor> factors = sweep.getFactors();
        return switch (sweep.getDesign()) {
            case FULL_FACTORIAL -> fullFactorial(factors);
            case SENSITIVITY -> oneAtATime(factors);
            case LATIN_HYPERCUBE -> sampled(factors, latinHypercube(factors.size(), sweep.getSamples(),
                new Well19937c(sweep.getSeed())));
            case SOBOL -> sampled(factors, sobol(factors.size(), sweep.getSamples()));
        };
    }

    /**
     * The seed of each replication: drawn from the sweep's seed, the same for every point (common random numbers:
     * the points differ by their settings, not by their luck). Non-negative, as the run settings write seeds.
     */
    public static long[] seeds(Sweep sweep) {
        SplittableRandom random = new SplittableRandom(sweep.getSeed());
        long[] seeds = new long[sweep.getReplications()];
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] = random.nextLong() & Long.MAX_VALUE;
        }
        return seeds;
    }

    private static List<Point> fullFactorial(List<Factor> factors) {
        List<List<String>> levels = factors.stream().map(FactorValues::levels).toList();
        List<Point> points = new ArrayList<>();
        int[] at = new int[factors.size()];
        while (true) {
            List<String> values = new ArrayList<>();
            for (int f = 0; f < at.length; f++) {
                values.add(levels.get(f).get(at[f]));
            }
            points.add(new Point(points.size() + 1, values, -1));
            int f = at.length - 1;
            while (f >= 0 && ++at[f] == levels.get(f).size()) {
                at[f--] = 0;
            }
            if (f < 0) {
                return points;
            }
        }
    }

    private static List<Point> oneAtATime(List<Factor> factors) {
        List<String> base = factors.stream().map(FactorValues::baseValue).toList();
        List<Point> points = new ArrayList<>();
        points.add(new Point(1, base, -1));
        for (int f = 0; f < factors.size(); f++) {
            for (String level : FactorValues.levels(factors.get(f))) {
                if (!FactorValues.same(factors.get(f), level, base.get(f))) {
                    List<String> values = new ArrayList<>(base);
                    values.set(f, level);
                    points.add(new Point(points.size() + 1, values, f));
                }
            }
        }
        return points;
    }

    private static List<Point> sampled(List<Factor> factors, double[][] unit) {
        List<Point> points = new ArrayList<>();
        for (double[] u : unit) {
            List<String> values = new ArrayList<>();
            for (int f = 0; f < factors.size(); f++) {
                values.add(FactorValues.at(factors.get(f), u[f]));
            }
            points.add(new Point(points.size() + 1, values, -1));
        }
        return points;
    }

    /**
     * {@code n} points of the unit cube in {@code d} dimensions, each dimension cut into {@code n} strata used once
     * each (McKay, Beckman and Conover, Technometrics 21(2), 1979), at a random place within its stratum.
     */
    static double[][] latinHypercube(int d, int n, RandomGenerator random) {
        double[][] points = new double[n][d];
        for (int dim = 0; dim < d; dim++) {
            int[] strata = new int[n];
            for (int i = 0; i < n; i++) {
                strata[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = strata[i];
                strata[i] = strata[j];
                strata[j] = swap;
            }
            for (int i = 0; i < n; i++) {
                points[i][dim] = (strata[i] + random.nextDouble()) / n;
            }
        }
        return points;
    }

    /** The first {@code n} points of the Sobol sequence in {@code d} dimensions after its origin. */
    static double[][] sobol(int d, int n) {
        SobolSequenceGenerator sequence = new SobolSequenceGenerator(d);
        sequence.nextVector(); // the origin
        double[][] points = new double[n][];
        for (int i = 0; i < n; i++) {
            points[i] = sequence.nextVector();
        }
        return points;
    }
}
