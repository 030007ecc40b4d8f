/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.iommu;

/**
 * The IOMMU's queued-invalidation ring: software writes descriptors, and the IOMMU completes each one the
 * configured latency after it entered the ring; with one latency for all, they complete in the order they entered.
 * The ring holds a fixed number of descriptors: a submitter finding it full waits for the oldest to complete.
 * Submissions may be planned ahead of the clock, so one planned for later never holds up one entering earlier.
 */
final class InvalidationQueue {

    private final long latencyPs;
    private final long[] completions;
    private long submitted;
    private long stalledPs;

    InvalidationQueue(int depth, long latencyPs) {
        this.latencyPs = latencyPs;
        completions = new long[Math.max(1, depth)];
    }

    /** Submits an invalidation at {@code atPs}; returns when its wait descriptor completes. */
    long submit(long atPs) {
        int slot = (int) (submitted % completions.length);
        long start = atPs;
        if (submitted >= completions.length && completions[slot] > atPs) {
            stalledPs += completions[slot] - atPs;
            start = completions[slot];
        }
        long done = start + latencyPs;
        completions[slot] = done;
        submitted++;
        return done;
    }

    long submitted() {
        return submitted;
    }

    /** Time submitters waited for room in the ring, in ps. */
    long stalledPs() {
        return stalledPs;
    }
}
