/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.iommu;

import static io.platsim.engine.platform.Platforms.NS;
import static io.platsim.engine.platform.Platforms.US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.platsim.engine.config.DmaStreamConfig;
import io.platsim.engine.config.RootPortConfig;
import io.platsim.engine.config.PlatformConfig;
import io.platsim.engine.platform.PlatformSimulation;
import io.platsim.engine.platform.Platforms;
import io.platsim.engine.trace.TraceSink;

/**
 * Posted writes that miss the IOTLB: the root complex holds each TLP, and so its credits, until its translation is
 * done, so the device slows to what the page walkers sustain instead of queueing translations without bound.
 */
class IommuBackPressureTest {

    /** One walker, so that writes at random offsets of a 64 MiB window outrun it. */
    private static final IommuConfig SLOW = IommuTest.iommu(
        IommuTest.mapping(MappingConfig.Allocator.PER_CPU_MAGAZINES, false)).walks(330 * NS, 16, 1).build();

    /** Writes after a warm-up long enough for the page-table lines the walks read to settle in the LLC. */
    private static PlatformSimulation writes(long durationPs) {
        DmaStreamConfig writes = DmaStreamConfig.of("rx", 0, true).size(256).rate(200e9 / 8).buffer(0, 64L << 20, 0)
            .randomOffsets(true).build();
        PlatformConfig config = PlatformConfig.of(1, 300 * US, durationPs)
            .sockets(List.of(Platforms.socket(0, 2)), null).rootPorts(List.of(new RootPortConfig("rp0", 0, SLOW)))
            .links(List.of(Platforms.NIC_LINK)).devices(List.of(Platforms.nic(false, 800 * NS, true)))
            .streams(List.of(writes)).build();
        PlatformSimulation sim = new PlatformSimulation(config, TraceSink.NONE);
        assertTrue(sim.run(ps -> { }, () -> false));
        return sim;
    }

    private static double gbps(PlatformSimulation sim, long durationPs) {
        return sim.stream(0).deliveredBytes() * 8.0 / (durationPs / 1000.0);
    }

    @Test
    void writesThatMissTheIotlbAreHeldAtTheRootComplexAndSlowTheDevice() {
        PlatformSimulation shortRun = writes(200 * US);
        PlatformSimulation longRun = writes(800 * US);
        double walkerBound = 256 * 8 / 330.0;
        double rate = gbps(longRun, 800 * US);
        assertTrue(rate < walkerBound * 1.1, rate + " Gb/s: one walk of 330 ns per 256-byte write at most");
        assertEquals(rate, gbps(shortRun, 200 * US), rate * 0.02, "throughput does not depend on the run's length");
        long p99 = longRun.stream(0).latency().percentile(0.99);
        assertTrue(p99 < 30 * US, "p99 " + p99 + " ps: a write waits behind the credits' worth of walks, no more");
        assertTrue(longRun.linkStalledPs(0) > 100 * US, "the device waited for credits the root complex held");
    }
}
