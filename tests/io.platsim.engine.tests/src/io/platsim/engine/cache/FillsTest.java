/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** When the entries a cache took in ahead of the clock are there. */
class FillsTest {

    @Test
    void aLookupWaitsForTheFillUnderWayAndMissesBeforeIt() {
        Fills fills = new Fills();
        assertEquals(50, fills.hit(7, 50), "no fill recorded: there at once");
        fills.filled(7, 100, 800);
        assertEquals(-1, fills.hit(7, 60), "timed before the missing lookup: not there yet");
        assertEquals(800, fills.hit(7, 300), "under way: there when the fill is");
        assertEquals(900, fills.hit(7, 900), "done: there at once");
    }

    @Test
    void aKeysNextFillAfterItWasDroppedIsTheOneLookupsWaitFor() {
        Fills fills = new Fills();
        fills.filled(7, 0, 800);
        // The cache evicted the key (no forget) and a lookup at 300 missed it again: a fill done at 1,500.
        fills.filled(7, 300, 1500);
        assertEquals(1500, fills.hit(7, 400));
        fills.forget(7);
        assertEquals(400, fills.hit(7, 400), "forgotten: nothing to wait for");
        fills.filled(7, 0, 800);
        fills.clear();
        assertEquals(100, fills.hit(7, 100));
    }
}
