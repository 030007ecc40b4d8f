/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.fabric;

/**
 * A resource that lets one item go every {@code intervalPs}, in the order items are asked for: a DMA engine
 * issuing TLPs, say. An interval of 0 lets everything go at once.
 */
public final class Pacer {

    private final long intervalPs;
    private long nextPs = Long.MIN_VALUE;

    public Pacer(long intervalPs) {
        if (intervalPs < 0) {
            throw new IllegalArgumentException("a pacer's interval is 0 ps or more, not " + intervalPs);
        }
        this.intervalPs = intervalPs;
    }

    /** An item ready at {@code atPs} goes at the returned time, no sooner than one interval after the last. */
    public long next(long atPs) {
        if (intervalPs == 0) {
            return atPs;
        }
        long go = Math.max(atPs, nextPs);
        nextPs = go + intervalPs;
        return go;
    }
}
