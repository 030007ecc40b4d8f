/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.trace.analysis;

import java.util.List;

/**
 * How DMA latency spread over a range of a run: the non-empty bins of a log-scale histogram with the cumulative
 * fraction at each bin's upper edge, and the p50, p90 and p99 latencies.
 */
public record LatencyDistribution(long total, List<Bin> bins, List<Percentile> percentiles) {

    /** Transfers with latencies in {@code [lowerNs, upperNs)}, and the fraction of all at or below {@code upperNs}. */
    public record Bin(double lowerNs, double upperNs, long count, double cumulative) {
    }

    /** Percentile {@code p} (0.5 for the median) of the latency, in ns. */
    public record Percentile(double p, double ns) {

        /** Its name on a chart: {@code p50}, {@code p99}. */
        public String label() {
            return "p" + Math.round(p * 100);
        }
    }
}
