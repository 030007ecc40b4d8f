/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.resource;

import java.util.function.LongSupplier;

/**
 * A resource that lets one item go at a time, each holding it for {@code intervalPs}: a DMA engine issuing TLPs,
 * say. Items take the first free slot at or after the time they are ready, whatever order they are asked for in
 * (a transfer planned ahead of the clock does not hold up one ready earlier). An interval of 0 lets everything go
 * at once.
 */
public final class Pacer {

    private final long intervalPs;
    private final Timeline slots;

    public Pacer(long intervalPs, LongSupplier clock) {
        if (intervalPs < 0) {
            throw new IllegalArgumentException("a pacer's interval is 0 ps or more, not " + intervalPs);
        }
        this.intervalPs = intervalPs;
        slots = new Timeline(clock, Math.max(1, intervalPs));
    }

    /** An item ready at {@code atPs} goes at the returned time, in the first free slot. */
    public long next(long atPs) {
        return intervalPs == 0 ? atPs : slots.book(atPs, intervalPs);
    }
}
