/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.trace.query;

/**
 * How a column's values spread: counts in logarithmic bins, {@value #PER_OCTAVE} per doubling, so a bin is
 * about 4% wide whatever the magnitude (latencies span picoseconds to milliseconds). Values below 1 share bin 0.
 */
public final class Histogram {

    static final int PER_OCTAVE = 16;
    private static final int BINS = 64 * PER_OCTAVE + 1;

    private final long[] counts = new long[BINS];
    private long total;

    void add(double value) {
        counts[bin(value)]++;
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

    /** The upper edge of the bin holding the {@code fraction} quantile (0.5 for the median); NaN when empty. */
    public double quantile(double fraction) {
        if (total == 0) {
            return Double.NaN;
        }
        long rank = (long) Math.ceil(fraction * total);
        long seen = 0;
        for (int b = 0; b < BINS; b++) {
            seen += counts[b];
            if (seen >= Math.max(1, rank)) {
                return upper(b);
            }
        }
        return upper(BINS - 1);
    }
}
