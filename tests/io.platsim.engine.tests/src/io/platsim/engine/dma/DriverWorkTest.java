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

import io.platsim.engine.iommu.IommuConfig;
import io.platsim.engine.iommu.IommuTest;
import io.platsim.engine.iommu.MappingConfig.Allocator;
import io.platsim.engine.config.DmaStreamConfig;
import io.platsim.engine.config.RootPortConfig;
import io.platsim.engine.config.PlatformConfig;
import io.platsim.engine.platform.PlatformSimulation;
import io.platsim.engine.platform.Platforms;
import io.platsim.engine.trace.TraceSink;

/**
 * A driver core's own work on each transfer (the network stack's per-packet cost) takes that core's time beside its
 * mapping work: a single-queue NIC is limited by its core, more queues' cores lift the limit, and strict
 * invalidation costs that core more than deferred.
 */
class DriverWorkTest {

    private static final long DURATION = 300 * US;

    /** A NIC receiving 1500-byte packets at 80 Gb/s offered on {@code cores} queues' cores. */
    private static PlatformSimulation run(long workPs, int cores, Boolean strict) {
        IommuConfig iommu = strict == null ? null : IommuTest.iommu(
            IommuTest.mapping(Allocator.PER_CPU_MAGAZINES, strict)).build();
        DmaStreamConfig rx = DmaStreamConfig.of("rx", 0, true).size(1500).rate(80e9 / 8)
            .mapPerIo(strict != null, cores, 64 * cores).driverWork(workPs).build();
        PlatformConfig config = PlatformConfig.of(1, 200 * US, DURATION).sockets(List.of(Platforms.socket(0, 2)), null)
            .rootPorts(List.of(new RootPortConfig("rp0", 0, iommu))).links(List.of(Platforms.NIC_LINK))
            .devices(List.of(Platforms.nic(false, 800 * NS, true))).streams(List.of(rx)).build();
        PlatformSimulation sim = new PlatformSimulation(config, TraceSink.NONE);
        assertTrue(sim.run(ps -> { }, () -> false));
        return sim;
    }

    private static double gbps(PlatformSimulation sim) {
        return sim.stream(0).bytes() * 8.0 / (DURATION / 1000.0);
    }

    @Test
    void aSingleQueueIsLimitedByItsCore() {
        double free = gbps(run(0, 1, null));
        PlatformSimulation one = run(1 * US, 1, null);
        double two = gbps(run(1 * US, 2, null));
        assertEquals(80, free, 80 * 0.02, "without driver work the link keeps up with the offered 80 Gb/s");
        assertEquals(12, gbps(one), 12 * 0.03, "one core at 1 us a packet handles 1500 bytes a microsecond");
        assertEquals(24, two, 24 * 0.03, "two queues' cores handle twice as many");
        assertEquals(one.stream(0).transfers() * 1 * US, one.stream(0).driverPs(), "the core's time is counted");
    }

    @Test
    void strictInvalidationCostsTheSameCoreMoreThanDeferred() {
        double off = gbps(run(1 * US, 1, null));
        double deferred = gbps(run(1 * US, 1, false));
        double strict = gbps(run(1 * US, 1, true));
        assertTrue(strict < deferred && deferred < off, "strict " + strict + " < deferred " + deferred
            + " < IOMMU off " + off + " Gb/s");
        // The stack's 1 us and strict's 1.12 us of mapping work share the one core.
        assertEquals(1500 * 8 / 2120.0, strict, 1500 * 8 / 2120.0 * 0.05, "one core at 2.12 us per packet");
    }
}
