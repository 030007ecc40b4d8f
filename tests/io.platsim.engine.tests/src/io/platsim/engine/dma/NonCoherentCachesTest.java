/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.dma;

import static io.platsim.engine.platform.Platforms.NS;
import static io.platsim.engine.platform.Platforms.US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.platsim.engine.config.CpuStreamConfig;
import io.platsim.engine.config.DmaStreamConfig;
import io.platsim.engine.platform.PlatformSimulation;
import io.platsim.engine.platform.Platforms;
import io.platsim.engine.trace.TraceSink;

/**
 * A device that does not snoop reads memory, whatever the caches hold: a line the LLC holds dirty (a core wrote
 * it and its L2 pushed it out) is as stale to it as one a core holds modified, and a line the LLC holds clean
 * costs it memory's time, not the LLC's. A core writes or reads a 4 MiB buffer, three times its L2 and a tenth of
 * the LLC, so most of its lines sit in the LLC alone; the NIC reads 64-byte lines of it.
 */
class NonCoherentCachesTest {

    private static final long WINDOW = 4 << 20;

    private static PlatformSimulation run(boolean coherent, double writeShare, boolean flush) {
        CpuStreamConfig core = CpuStreamConfig.of("cpu", 0, 3).accesses(2e9, writeShare).buffer(0, WINDOW, 0).build();
        // The core keeps ten misses in flight: the device reads once it has been through the buffer three times.
        DmaStreamConfig reads = DmaStreamConfig.of("s", 0, false).size(64).rate(1e9 / 8).buffer(0, WINDOW, 0)
            .cacheMaintenance(flush).timing(2000 * US, 0).build();
        PlatformSimulation sim = new PlatformSimulation(Platforms.platform(1, 0, Platforms.nic(false, 800 * NS,
            coherent), List.of(reads), List.of(core), 2200 * US), TraceSink.NONE);
        assertTrue(sim.run(ps -> { }, () -> false));
        assertTrue(sim.stream(0).transfers() > 200, "reads: " + sim.stream(0).transfers());
        return sim;
    }

    @Test
    void aLineDirtyInTheLlcIsStaleToADeviceThatDoesNotSnoop() {
        PlatformSimulation stale = run(false, 1.0, false);
        long reads = stale.stream(0).transfers();
        // The core's L2 holds under a third of the buffer; the LLC holds the rest of what it wrote, dirty.
        assertTrue(stale.hazards(TraceSink.HAZARD_STALE_READ) > 0.8 * reads,
            stale.hazards(TraceSink.HAZARD_STALE_READ) + " stale reads of " + reads);
        PlatformSimulation flushed = run(false, 1.0, true);
        assertEquals(0, flushed.hazards(TraceSink.HAZARD_STALE_READ), "cleaned first, no read is stale");
        assertTrue(flushed.stream(0).flushes() > 0.8 * flushed.stream(0).transfers(),
            "the cleaning writes back the LLC's dirty lines too: " + flushed.stream(0).flushes());
    }

    @Test
    void aLineTheLlcHoldsCleanCostsADeviceThatDoesNotSnoopMemorysTime() {
        long snooped = run(true, 0.0, false).stream(0).latency().percentile(0.5);
        long notSnooped = run(false, 0.0, false).stream(0).latency().percentile(0.5);
        // The LLC's 35 ns against memory's 90 ns and more.
        assertTrue(notSnooped >= snooped + 40 * NS, "median " + notSnooped + " ps against " + snooped + " ps");
    }
}
