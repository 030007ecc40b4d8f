/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.dma;

import static io.platsim.engine.platform.Platforms.NS;
import static io.platsim.engine.platform.Platforms.US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.platsim.engine.config.DmaStreamConfig;
import io.platsim.engine.config.PlatformConfig;
import io.platsim.engine.platform.PlatformSimulation;
import io.platsim.engine.platform.Platforms;
import io.platsim.engine.stats.StreamStats;
import io.platsim.engine.trace.TraceSink;

/**
 * A write whose interrupt is coalesced into a later write's is the driver's only once that interrupt is handled:
 * coalescing saves interrupts, and the driver's work on a packet starts later, its ring buffer back later. With a
 * ring as small as the coalescing count, the device waits for whole batches.
 */
class InterruptCoalescingTest {

    private static final long DURATION = 200 * US;

    /** A NIC offered 1500-byte packets at 80 Gb/s, an MSI every {@code every}, a ring of {@code ring} buffers. */
    private static StreamStats run(int every, int ring) {
        DmaStreamConfig rx = DmaStreamConfig.of("rx", 0, true).size(1500).rate(80e9 / 8).interruptEvery(every)
            .mapPerIo(false, 1, ring).driverWork(100 * NS).build();
        PlatformConfig config = PlatformConfig.of(1, 50 * US, DURATION).sockets(List.of(Platforms.socket(0, 2)), null)
            .rootPorts(Platforms.ROOT_PORT).links(List.of(Platforms.NIC_LINK))
            .devices(List.of(Platforms.nicBuilder(64).interrupts(1, 500 * NS).build())).streams(List.of(rx)).build();
        PlatformSimulation sim = new PlatformSimulation(config, TraceSink.NONE);
        assertTrue(sim.run(ps -> { }, () -> false));
        assertTrue(sim.stream(0).transfers() > 100, "transfers: " + sim.stream(0).transfers());
        return sim.stream(0);
    }

    @Test
    void coalescedWritesWaitForTheInterruptThatCoversThem() {
        StreamStats each = run(1, 8);
        StreamStats eighth = run(8, 8);
        assertEquals(eighth.transfers() / 8.0, eighth.interrupts(), 2, "an interrupt for every 8 transfers");
        // Each buffer comes back only once the batch's interrupt is handled and the core has worked through it.
        assertTrue(eighth.bytes() < each.bytes(), "coalescing 8 into 8 buffers moves " + eighth.bytes()
            + " bytes against " + each.bytes() + " with an interrupt each");
        assertEquals(eighth.transfers() * 100 * NS, eighth.driverPs(), "the core works on every transfer");
    }

    @Test
    void aRingSmallerThanTheCoalescingCountIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run(8, 4));
        assertTrue(e.getMessage().contains("rx"), e.getMessage());
    }

    @Test
    void writesStillWaitingForTheirInterruptWhenTheRunEndsCount() {
        // With buffers to spare the batches do not hold the NIC back: the same writes are done by the end, and
        // those whose interrupt had not come yet count as done (their data landed).
        assertEquals(run(1, 256).transfers(), run(8, 256).transfers());
    }

    @Test
    void aBouncedStreamCoalescingMoreWritesThanItKeepsInFlightIsRefused() {
        // A bounced write's slot comes back once the driver has copied it out, after its interrupt.
        DmaStreamConfig rx = DmaStreamConfig.of("bounced", 0, true).size(4096).outstanding(4).interruptEvery(8)
            .buffer(8L << 30, 1 << 20, 0).build();
        PlatformConfig config = PlatformConfig.of(1, 50 * US, DURATION).sockets(List.of(Platforms.socket(0, 2)), null)
            .rootPorts(Platforms.ROOT_PORT).links(List.of(Platforms.NIC_LINK))
            .devices(List.of(Platforms.nicBuilder(64).interrupts(1, 500 * NS).dmaWindow(0, 4L << 30).build()))
            .streams(List.of(rx)).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> new PlatformSimulation(config, TraceSink.NONE));
        assertTrue(e.getMessage().contains("bounced"), e.getMessage());
    }
}
