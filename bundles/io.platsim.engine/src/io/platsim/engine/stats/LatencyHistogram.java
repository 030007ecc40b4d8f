/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.stats;

/**
 * Latencies in log-linear buckets: exact below 128 ps, then 64 buckets per power of two (under 1.6% relative
 * error), so percentiles of any number of samples take a fixed 30 KB. Percentiles report the upper edge of
 * their bucket; the maximum is exact.
 */
public final class LatencyHistogram {

    private static final int SUB = 64;
    private static final int SUB_BITS = 6;
    private final long[] counts = new long[SUB * 2 + 58 * SUB];
    private long total;
    private long max;
    private double sum;

    public void record(long valuePs) {
        long v = Math.max(0, valuePs);
        counts[index(v)]++;
        total++;
        sum += v;
        max = Math.max(max, v);
    }

    static int index(long v) {
        if (v < 2 * SUB) {
            return (int) v;
        }
        int msb = 63 - Long.numberOfLeadingZeros(v);
        int shift = msb - SUB_BITS;
        return (shift + 1) * SUB + (int) ((v >>> shift) & (SUB - 1));
    }

    /** Largest value that falls in bucket {@code index}. */
    static long upperEdge(int index) {
        if (index < 2 * SUB) {
            return index;
        }
        int shift = index / SUB - 1;
        long base = (long) (SUB + index % SUB) << shift;
        return base + (1L << shift) - 1;
    }

    public long count() {
        return total;
    }

    public long max() {
        return max;
    }

    public double mean() {
        return total == 0 ? 0 : sum / total;
    }

    /** The value below which {@code fraction} of the samples fall (0 when empty). */
    public long percentile(double fraction) {
        if (total == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(fraction * total));
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return Math.min(upperEdge(i), max);
            }
        }
        return max;
    }
}
