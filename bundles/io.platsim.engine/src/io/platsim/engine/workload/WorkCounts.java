/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.workload;

import io.platsim.engine.stats.LatencyHistogram;
import io.platsim.engine.stats.MeasuredTime;

/**
 * What the work queues did in the measured time, from the warm-up's end to the run's. A submission counts, accepted
 * or answered retry, when it was sent after the warm-up and its answer came by the end, as a DMA transfer does. A
 * descriptor counts when its engine finished it in the measured time, whenever it was accepted, and with it the
 * ATS misses and page requests its translations made: so misses per completed descriptor are what the counted
 * descriptors needed. A device-TLB invalidation counts when it happens.
 */
final class WorkCounts {

    private final MeasuredTime measured;
    private final long[] submitted;
    private final long[] retried;
    private final long[] completed;
    private final long[] atsMisses;
    private final long[] pageRequests;
    private final long[] invalidations;
    private final LatencyHistogram[] latency;
    /** By accelerator and engine: the ATS misses and page requests of the descriptor it works on. */
    private final int[][] openMisses;
    private final int[][] openRequests;

    /** Counts for {@code submissions} submissions, whose accelerators have {@code engines[a]} engines each. */
    WorkCounts(int submissions, int[] engines, MeasuredTime measured) {
        this.measured = measured;
        submitted = new long[submissions];
        retried = new long[submissions];
        completed = new long[submissions];
        atsMisses = new long[submissions];
        pageRequests = new long[submissions];
        invalidations = new long[submissions];
        latency = new LatencyHistogram[submissions];
        for (int w = 0; w < submissions; w++) {
            latency[w] = new LatencyHistogram();
        }
        openMisses = new int[engines.length][];
        openRequests = new int[engines.length][];
        for (int a = 0; a < engines.length; a++) {
            openMisses[a] = new int[engines[a]];
            openRequests[a] = new int[engines[a]];
        }
    }

    /** A submission of {@code w} sent at {@code sentPs} was accepted at {@code acceptedPs}; returns if it counts. */
    boolean submitted(int w, long sentPs, long acceptedPs) {
        boolean counts = measured.counts(sentPs, acceptedPs);
        submitted[w] += counts ? 1 : 0;
        return counts;
    }

    /**
     * A submission of {@code w} sent at {@code sentPs} was answered retry at {@code answeredPs}; returns if it
     * counts.
     */
    boolean retried(int w, long sentPs, long answeredPs) {
        boolean counts = measured.counts(sentPs, answeredPs);
        retried[w] += counts ? 1 : 0;
        return counts;
    }

    /** Engine {@code engine} of accelerator {@code a} missed its device TLB for its descriptor. */
    void atsMiss(int a, int engine) {
        openMisses[a][engine]++;
    }

    /** Engine {@code engine} of accelerator {@code a} asked for an absent page of its descriptor. */
    void pageRequest(int a, int engine) {
        openRequests[a][engine]++;
    }

    /**
     * Engine {@code engine} of accelerator {@code a} finished a descriptor of {@code w} accepted at
     * {@code acceptedPs} at {@code donePs}; the engine's next descriptor starts with no misses.
     */
    void completed(int w, int a, int engine, long acceptedPs, long donePs) {
        if (measured.holds(donePs)) {
            completed[w]++;
            latency[w].record(donePs - acceptedPs);
            atsMisses[w] += openMisses[a][engine];
            pageRequests[w] += openRequests[a][engine];
        }
        openMisses[a][engine] = 0;
        openRequests[a][engine] = 0;
    }

    /** A page table change at {@code nowPs} invalidated an entry of {@code w}'s device TLB. */
    void invalidated(int w, long nowPs) {
        invalidations[w] += measured.holds(nowPs) ? 1 : 0;
    }

    long submitted(int w) {
        return submitted[w];
    }

    long retried(int w) {
        return retried[w];
    }

    long completed(int w) {
        return completed[w];
    }

    long atsMisses(int w) {
        return atsMisses[w];
    }

    long pageRequests(int w) {
        return pageRequests[w];
    }

    long invalidations(int w) {
        return invalidations[w];
    }

    LatencyHistogram latency(int w) {
        return latency[w];
    }
}
