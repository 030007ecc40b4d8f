/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The host cores: one calendar per core, whoever books it. */
class HostCoresTest {

    private final HostCores cores = new HostCores(() -> 0);

    @Test
    void everyAskerGetsTheSameCore() {
        HostCore driver = cores.core(1, 3);
        assertSame(driver, cores.core(1, 3), "a driver and a flow asking for core 3 of socket 1 share it");
        assertEquals(1, driver.socket());
        assertEquals(3, driver.index());
        assertEquals("socket 1 core 3", driver.toString());
    }

    @Test
    void aCoreDoesOneThingAtATime() {
        HostCore core = cores.core(0, 0);
        assertEquals(500, core.run(0, 500), "a driver's work on an idle core");
        assertEquals(500, core.startFor(0, 100), "a flow's work asked for at 0 waits for the driver's");
        assertEquals(800, core.booked(0, 500, 800), "and ends as timed when the gap holds it");
        assertEquals(100, cores.core(0, 1).run(0, 100), "another core is free meanwhile");
    }

    @Test
    void workTimedIntoAGapTooShortMovesToTheFirstThatFits() {
        HostCore core = cores.core(0, 0);
        core.run(100, 100);
        core.run(250, 150);
        assertEquals(0, core.startFor(0, 100), "100 ps fit before the first booking");
        assertEquals(600, core.booked(150, 200, 400), "200 ps do not fit into the 50 ps between 200 and 250");
    }

    @Test
    void coresOfDifferentSocketsHaveDifferentIds() {
        assertNotEquals(cores.core(0, 1).id(), cores.core(1, 1).id());
        assertEquals(HostCores.PER_SOCKET + 1, cores.core(1, 1).id());
    }

    @Test
    void aCoreBeyondWhatASocketCanHoldIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> cores.core(0, HostCores.PER_SOCKET));
        assertThrows(IllegalArgumentException.class, () -> cores.core(-1, 0));
    }
}
