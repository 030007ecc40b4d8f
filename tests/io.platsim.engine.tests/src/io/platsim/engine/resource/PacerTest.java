/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A DMA engine's issue slots: one item per interval, in time order whatever the order of the asking. */
class PacerTest {

    @Test
    void anItemPlannedAheadDoesNotHoldUpOneReadyEarlier() {
        Pacer engine = new Pacer(20, () -> 0);
        assertEquals(1000, engine.next(1000), "planned ahead");
        assertEquals(0, engine.next(0), "ready earlier: the slot before is free");
        assertEquals(20, engine.next(0), "the next one waits for its slot");
        assertEquals(1020, engine.next(1000), "one interval after the item planned at 1000");
    }

    @Test
    void aZeroIntervalLetsEverythingGoAtOnce() {
        Pacer engine = new Pacer(0, () -> 0);
        assertEquals(5, engine.next(5));
        assertEquals(5, engine.next(5));
    }
}
