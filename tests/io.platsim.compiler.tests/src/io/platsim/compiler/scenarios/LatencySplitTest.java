/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.compiler.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.platsim.engine.platform.PlatformSimulation;
import io.platsim.engine.stats.StreamStats;

/**
 * Where a driven stream's latency goes when its packets wait for the driver core (scenario 7's single queue: one
 * core does 575 ns of work per packet, and with per-I/O mapping also unmaps and maps each buffer): the wait for the
 * ring buffer is the driver's, its unmapping and mapping the IOMMU's, and memory is the LLC's own time.
 */
class LatencySplitTest {

    private static StreamStats nic(String variant) throws Exception {
        PlatformSimulation sim = SavedScenarios.run("7-iommu/single-queue-" + variant + ".platsim", p -> { });
        return sim.stream(0);
    }

    private static void assertAddsUp(StreamStats s, String variant) {
        double parts = s.meanLinkPs() + s.meanIommuPs() + s.meanCoherencePs() + s.meanMemoryPs()
            + s.meanDriverWaitPs();
        assertEquals(s.latency().mean(), parts, 1, variant + ": the parts add up to the latency");
    }

    @Test
    void theWaitForTheDriverIsTheDrivers() throws Exception {
        StreamStats off = nic("iommu-off");
        assertAddsUp(off, "iommu-off");
        assertTrue(off.meanMemoryPs() < 100_000, "memory is the LLC's write, not the driver's wait: "
            + off.meanMemoryPs() + " ps");
        assertTrue(off.meanDriverWaitPs() > 300_000, "the packets wait for the busy driver core: "
            + off.meanDriverWaitPs() + " ps");
        StreamStats deferred = nic("deferred");
        assertAddsUp(deferred, "deferred");
        assertTrue(deferred.meanDriverWaitPs() > 300_000, "the driver core's work is still the driver's: "
            + deferred.meanDriverWaitPs() + " ps");
        assertTrue(deferred.meanIommuPs() > off.meanIommuPs(), "mapping adds to the IOMMU's part");
        assertTrue(deferred.meanMemoryPs() < 100_000, "and not to memory: " + deferred.meanMemoryPs() + " ps");
    }
}
