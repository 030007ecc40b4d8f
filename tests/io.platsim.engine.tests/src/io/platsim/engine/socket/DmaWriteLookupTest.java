/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.socket;

import static io.platsim.engine.platform.Platforms.NS;
import static io.platsim.engine.platform.Platforms.US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.platsim.engine.config.DmaStreamConfig;
import io.platsim.engine.platform.PlatformSimulation;
import io.platsim.engine.platform.Platforms;
import io.platsim.engine.trace.TraceSink;

/**
 * The home agent looks a device's write up before it takes the line, as it does a read, whether or not a cache
 * holds the line: on one socket, with nothing cached, a write's time at home beyond the LLC's is the lookup.
 */
class DmaWriteLookupTest {

    private static PlatformSimulation run(boolean write) {
        DmaStreamConfig s = DmaStreamConfig.of("s", 0, write).size(64).rate(1e9 / 8).buffer(0, 64 << 20, 0)
            .randomOffsets(true).build();
        PlatformSimulation sim = new PlatformSimulation(Platforms.platform(1, 2, Platforms.nic(false, 800 * NS,
            true), List.of(s), List.of(), 50 * US), TraceSink.NONE);
        assertTrue(sim.run(ps -> { }, () -> false));
        assertTrue(sim.stream(0).transfers() > 50);
        return sim;
    }

    @Test
    void aWriteNoCacheHoldsWaitsForTheLookup() {
        // The sockets' home agents take 10 ns to look a request up (Platforms.socket).
        assertEquals(10 * NS, run(true).stream(0).meanCoherencePs(), 1, "one socket: the lookup");
        assertEquals(10 * NS, run(false).stream(0).meanCoherencePs(), 1, "a read: the same lookup");
    }
}
