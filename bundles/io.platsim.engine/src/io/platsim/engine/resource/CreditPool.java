/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.resource;

/**
 * Flow-control credits a receiver advertises for one kind of traffic (PCI Express Base Specification, flow
 * control): a sender may put a TLP on the link only when enough credits are free, and a credit comes back when
 * the receiver has passed its TLP on and the flow-control update has crossed the link. Units are consumed in
 * order; unit {@code u} is free once unit {@code u - credits} has come back, so the pool keeps, per unit, when
 * it comes back: a ring as long as the credit count. No allocation per TLP. Zero credits means infinite.
 */
public final class CreditPool {

    private final long[] returns;
    /** Where the next unit to be consumed sits in {@link #returns}. */
    private int next;

    public CreditPool(int credits) {
        if (credits < 0) {
            throw new IllegalArgumentException("credits must be 0 (infinite) or more");
        }
        returns = new long[credits];
    }

    public boolean infinite() {
        return returns.length == 0;
    }

    /** When {@code units} credits are free for a TLP that could otherwise go at {@code atPs}. */
    public long readyPs(long atPs, int units) {
        if (returns.length == 0) {
            return atPs;
        }
        long ready = atPs;
        int take = Math.min(units, returns.length);
        for (int i = 0, at = next; i < take; i++, at = at + 1 == returns.length ? 0 : at + 1) {
            ready = Math.max(ready, returns[at]);
        }
        return ready;
    }

    /** A TLP took {@code units} credits; they come back at {@code backPs}. */
    public void consume(int units, long backPs) {
        if (returns.length == 0) {
            return;
        }
        int take = Math.min(units, returns.length);
        for (int i = 0; i < take; i++) {
            returns[next] = backPs;
            next = next + 1 == returns.length ? 0 : next + 1;
        }
    }
}
