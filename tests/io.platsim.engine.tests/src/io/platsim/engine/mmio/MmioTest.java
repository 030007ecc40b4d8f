/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.mmio;

import static io.platsim.engine.platform.Platforms.NS;
import static io.platsim.engine.platform.Platforms.US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.platsim.engine.config.CpuStreamConfig;
import io.platsim.engine.config.DmaStreamConfig;
import io.platsim.engine.config.PlatformConfig;
import io.platsim.engine.platform.PartsChecked;
import io.platsim.engine.platform.PlatformSimulation;
import io.platsim.engine.platform.Platforms;
import io.platsim.engine.resource.HostCore;
import io.platsim.engine.socket.SocketConfig.SnoopMode;
import io.platsim.engine.stats.StreamStats;
import io.platsim.engine.trace.TraceSink;

/**
 * A core's stores to a write-combining BAR keep at most a core's fill buffers of lines in flight, and a fence after
 * each line leaves one; a DMA stream with doorbells, a NIC's translation cache and copies through the kernel keeps
 * every latency part at zero or above and their sum equal to the latency.
 */
class MmioTest {

    private static final long DURATION = 200 * US;

    /** Core 1 storing whole lines to the NIC's write-combining BAR as fast as it can, fenced every {@code fence}. */
    private static StreamStats lines(int fence) {
        CpuStreamConfig stores = CpuStreamConfig.of("stores", 0, 1).accesses(1e12, 1)
            .mmio(new CpuStreamConfig.Mmio(0, true, 0, 64, fence)).build();
        PlatformConfig config = Platforms.platform(1, 2, Platforms.nic(false, 0, true), List.of(), List.of(stores),
            DURATION);
        PlatformSimulation sim = new PlatformSimulation(config, TraceSink.NONE);
        assertTrue(sim.run(ps -> { }, () -> false));
        return sim.cpuStream(0);
    }

    @Test
    void writeCombiningKeepsAtMostTheFillBuffersInFlightAndAFencePerLineOne() {
        StreamStats free = lines(0);
        StreamStats fenced = lines(1);
        // With one line in flight, each takes its acknowledgement's round trip: the fenced stream's pace.
        double roundTripPs = DURATION / (double) fenced.transfers();
        double inFlight = free.transfers() * roundTripPs / DURATION;
        assertTrue(inFlight > HostCore.FILL_BUFFERS - 1 && inFlight <= HostCore.FILL_BUFFERS + 0.01,
            "lines in flight without fences: " + inFlight);
        assertEquals(64L * free.transfers(), free.bytes(), "a line a store");
    }

    @Test
    void doorbellsTranslationsAndCopiesKeepTheLatencyPartsWhole() {
        DmaStreamConfig rx = DmaStreamConfig.of("rx", 0, true).size(1500).rate(40e9 / 8)
            .buffer(0, 64L << 20, 0).randomOffsets(true).mapPerIo(false, 2, 128).doorbellEvery(4)
            .applicationCopy(true).build();
        DmaStreamConfig tx = DmaStreamConfig.of("tx", 0, false).size(1500).rate(20e9 / 8)
            .buffer(1L << 30, 16L << 20, 0).doorbellEvery(1).applicationCopy(true).build();
        PlatformConfig config = Platforms.platform(1, 2, SnoopMode.HOME_SNOOP,
            Platforms.nicBuilder(64).interrupts(0, 800 * NS).memoryTranslation(256, 4096).build(), List.of(rx, tx),
            List.of(), DURATION);
        PlatformSimulation sim = new PlatformSimulation(config, new PartsChecked(SnoopMode.HOME_SNOOP));
        assertTrue(sim.run(ps -> { }, () -> false));
        assertTrue(sim.stream(0).transfers() > 0 && sim.stream(1).transfers() > 0);
        assertTrue(sim.stream(0).driverPs() > 0 && sim.stream(1).driverPs() > 0, "the copies take the cores' time");
    }
}
