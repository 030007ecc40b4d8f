/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.platform;

import static io.platsim.engine.platform.Platforms.NS;
import static io.platsim.engine.platform.Platforms.US;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.platsim.engine.config.CpuStreamConfig;
import io.platsim.engine.config.PlatformConfig;
import io.platsim.engine.resource.HostCore;
import io.platsim.engine.stats.StreamStats;
import io.platsim.engine.trace.TraceSink;

/**
 * A core asked for far more misses than it can keep in flight (1,000 random reads a microsecond over 1 GiB, each
 * a memory read of about 100 ns) gets as many through as its fill buffers hold, and each takes a memory read's time,
 * instead of queueing without bound in front of memory.
 */
class FillBuffersTest {

    private static final long DURATION = 50 * US;

    @Test
    void aCoreKeepsNoMoreMissesInFlightThanItsFillBuffers() {
        CpuStreamConfig reads = CpuStreamConfig.of("cpu", 0, 1).accesses(1e9, 0)
            .buffer(0, 1L << 30, 0).build();
        PlatformConfig config = Platforms.platform(1, 0, Platforms.nic(false, 800 * NS, true), List.of(),
            List.of(reads), DURATION);
        PlatformSimulation sim = new PlatformSimulation(config, TraceSink.NONE);
        assertTrue(sim.run(ps -> { }, () -> false));
        StreamStats stats = sim.cpuStream(0);
        double meanNs = stats.latency().mean() / NS;
        long count = stats.latency().count();
        assertTrue(meanNs < 500, "a read takes memory's time, not a queue's: " + meanNs + " ns");
        // Little's law: in flight = throughput x latency, at most the fill buffers.
        double inFlight = count / (double) DURATION * stats.latency().mean();
        assertTrue(inFlight <= HostCore.FILL_BUFFERS + 0.5, inFlight + " reads in flight on average");
        assertTrue(inFlight > HostCore.FILL_BUFFERS / 2.0, "and the core keeps them busy: " + inFlight);
    }
}
