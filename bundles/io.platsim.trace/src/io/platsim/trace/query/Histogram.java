/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.trace.query;

import io.platsim.engine.stats.LatencyHistogram;

/**
 * How a column's values spread: counts in bins {@value #PER_OCTAVE} to a doubling, each 1/{@value #PER_OCTAVE} of
 * its octave's start wide (3 to 6% of its values, whatever the magnitude: latencies span picoseconds to
 * milliseconds), for drawing; values below 1 share bin 0. Its quantiles are the run summary's: the engine's
 * {@link LatencyHistogram} of the same values, so a chart and summary.json give one figure for one percentile.
 */
public final class Histogram {

    static final int PER_OCTAVE = 16;
    private static final int BINS = 64 * PER_OCTAVE + 1;

    private final long[] counts = new long[BINS];
    private final LatencyHistogram quantiles = new LatencyHistogram();
    private long total;

    void add(double value) {
        counts[bin(value)]++;
        quantiles.record(Math.round(value));
        total++;
    }

    static int bin(double value) {
        if (!(value >= 1)) {
            return 0;
        }
        int octave = Math.getExponent(value);
        double fraction = value / Math.scalb(1.0, octave) - 1;
        return 1 + octave * PER_OCTAVE + (int) (fraction * PER_OCTAVE);
    }

    /** The least value of bin {@code bin}. */
    public static double lower(int bin) {
        if (bin == 0) {
            return 0;
        }
        int octave = (bin - 1) / PER_OCTAVE;
        int sub = (bin - 1) % PER_OCTAVE;
        return Math.scalb(1.0 + (double) sub / PER_OCTAVE, octave);
    }

    /** One past the greatest value of bin {@code bin}. */
    public static double upper(int bin) {
        return bin == 0 ? 1 : lower(bin + 1);
    }

    public int bins() {
        return BINS;
    }

    public long count(int bin) {
        return counts[bin];
    }

    public long total() {
        return total;
    }

    /**
     * The {@code fraction} quantile (0.5 for the median), as the run summary reports it: to 1.6%, never above the
     * greatest value; NaN when empty.
     */
    public double quantile(double fraction) {
        return total == 0 ? Double.NaN : quantiles.percentile(fraction);
    }
}
