/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep.results;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * One response at one point over its replications: the mean, the sample standard deviation and the half-width of
 * the 95% confidence interval of the mean by Student's t (NaN with fewer than two values).
 *
 * @param n how many runs gave a value
 */
public record ResponseStats(int n, double mean, double sd, double ci95) {

    /**
     * The mean and its interval as a table shows them: four significant digits, thousands grouped, "± half-width"
     * when there is an interval, "–" when no run gave a value.
     */
    public String text() {
        if (n == 0) {
            return "–";
        }
        return Double.isNaN(ci95) ? number(mean) : number(mean) + " ± " + number(ci95);
    }

    private static String number(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value == 0 ? "0" : Double.toString(value);
        }
        java.math.BigDecimal rounded = new java.math.BigDecimal(value).round(new java.math.MathContext(4));
        if (Math.abs(value) >= 1e4) {
            return String.format(java.util.Locale.ROOT, "%,d", rounded.longValue());
        }
        return rounded.stripTrailingZeros().toPlainString();
    }

    /** The statistics of {@code values}; NaN entries (a run without the figure) are left out. */
    public static ResponseStats of(double[] values) {
        SummaryStatistics stats = new SummaryStatistics();
        for (double value : values) {
            if (!Double.isNaN(value)) {
                stats.addValue(value);
            }
        }
        int n = (int) stats.getN();
        if (n == 0) {
            return new ResponseStats(0, Double.NaN, Double.NaN, Double.NaN);
        }
        if (n == 1) {
            return new ResponseStats(1, stats.getMean(), Double.NaN, Double.NaN);
        }
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975);
        return new ResponseStats(n, stats.getMean(), stats.getStandardDeviation(),
            t * stats.getStandardDeviation() / Math.sqrt(n));
    }
}
