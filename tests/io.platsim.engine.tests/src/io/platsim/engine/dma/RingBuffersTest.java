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

import io.platsim.engine.config.DmaStreamConfig;
import io.platsim.engine.config.PlatformConfig;
import io.platsim.engine.config.RootPortConfig;
import io.platsim.engine.platform.PlatformSimulation;
import io.platsim.engine.platform.Platforms;
import io.platsim.engine.stats.StreamStats;
import io.platsim.engine.trace.TraceSink;

/**
 * A driver's ring holds as many buffers as it has entries: the device writes a packet into a buffer only once the
 * driver core has handed back the packet that used it a ring earlier. A one-entry ring lets one packet through at
 * a time, its DMA and then the driver's work on it; a large ring lets the core's work overlap the next packets.
 */
class RingBuffersTest {

    private static final long DURATION = 200 * US;
    private static final int SIZE = 1500;
    private static final long WORK = 100 * NS;

    /**
     * A NIC offered 1500-byte packets at 80 Gb/s (or with 8 in flight), its one driver core working 100 ns on each,
     * a ring of {@code entries} buffers.
     */
    private static StreamStats run(int entries, boolean closedLoop) {
        DmaStreamConfig.Builder rx = DmaStreamConfig.of("rx", 0, true).size(SIZE).mapPerIo(false, 1, entries)
            .driverWork(WORK);
        rx = closedLoop ? rx.outstanding(8) : rx.rate(80e9 / 8);
        PlatformConfig config = PlatformConfig.of(1, 50 * US, DURATION).sockets(List.of(Platforms.socket(0, 2)), null)
            .rootPorts(List.of(new RootPortConfig("rp0", 0, null))).links(List.of(Platforms.NIC_LINK))
            .devices(List.of(Platforms.nic(false, 800 * NS, true))).streams(List.of(rx.build())).build();
        PlatformSimulation sim = new PlatformSimulation(config, TraceSink.NONE);
        assertTrue(sim.run(ps -> { }, () -> false));
        assertTrue(sim.stream(0).transfers() > 100, "transfers: " + sim.stream(0).transfers());
        return sim.stream(0);
    }

    private static double gbps(StreamStats stats) {
        return stats.bytes() * 8.0 / (DURATION / 1000.0);
    }

    @Test
    void aOneEntryRingTakesOnePacketAtATime() {
        StreamStats one = run(1, false);
        StreamStats many = run(256, false);
        assertEquals(80, gbps(many), 80 * 0.03, "with 256 buffers the core keeps up with the offered load");
        // Each packet waits for the one before: its DMA (as long as a packet's that never waits for a buffer) and
        // the core's 100 ns.
        double atMost = SIZE * 8.0 / ((many.latency().percentile(0) + WORK) / 1000.0);
        assertTrue(gbps(one) <= atMost * 1.02, gbps(one) + " Gb/s through one buffer, at most " + atMost);
        assertTrue(gbps(one) < 0.6 * gbps(many), gbps(one) + " against " + gbps(many) + " Gb/s");
    }

    @Test
    void aClosedLoopStreamWaitsForItsBufferToo() {
        long dmaPs = run(256, false).latency().percentile(0);
        StreamStats two = run(2, true);
        StreamStats eight = run(8, true);
        // Eight transfers in flight through two buffers: two at a time, each for its DMA and the core's work.
        double atMost = 2 * SIZE * 8.0 / ((dmaPs + WORK) / 1000.0);
        assertTrue(gbps(two) <= atMost * 1.02, gbps(two) + " Gb/s through two buffers, at most " + atMost);
        assertTrue(gbps(two) < 0.7 * gbps(eight), gbps(two) + " against " + gbps(eight) + " Gb/s through 8");
    }
}
