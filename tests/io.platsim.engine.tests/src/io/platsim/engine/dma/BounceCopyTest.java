/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.dma;

import static io.platsim.engine.platform.Platforms.GIB;
import static io.platsim.engine.platform.Platforms.US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.platsim.engine.config.DmaStreamConfig;
import io.platsim.engine.config.PlatformConfig;
import io.platsim.engine.platform.PlatformSimulation;
import io.platsim.engine.platform.Platforms;
import io.platsim.engine.trace.TraceSink;

/**
 * A transfer beyond a device's DMA mask is bounced, and its copy runs on the device's interrupt core: one copy at a
 * time, so a device writing faster than that core copies is held to the core's pace.
 */
class BounceCopyTest {

    private static final long DURATION = 200 * US;
    private static final int SIZE = 4096;

    /** A NIC with a 32-bit mask writing 4 KiB buffers at 4 GiB, {@code gbps} offered. */
    private static PlatformSimulation run(double gbps) {
        return run(DmaStreamConfig.of("rx", 0, true).size(SIZE).rate(gbps * 1e9 / 8));
    }

    private static PlatformSimulation run(DmaStreamConfig.Builder stream) {
        return run(stream, 4 * GIB, 0);
    }

    /** The stream's buffer at {@code buffer}, the device reaching 4 GiB from {@code window}. */
    private static PlatformSimulation run(DmaStreamConfig.Builder stream, long buffer, long window) {
        DmaStreamConfig rx = stream.buffer(buffer, 1 << 20, 0).build();
        PlatformConfig config = PlatformConfig.of(1, 50 * US, DURATION).sockets(List.of(Platforms.socket(0, 2)), null)
            .rootPorts(Platforms.ROOT_PORT).links(List.of(Platforms.NIC_LINK))
            .devices(List.of(Platforms.nicBuilder(64).dmaWindow(window, 4 * GIB).build())).streams(List.of(rx)).build();
        PlatformSimulation sim = new PlatformSimulation(config, TraceSink.NONE);
        assertTrue(sim.run(ps -> { }, () -> false));
        return sim;
    }

    /** What the stream delivered (data visible to software, copies done) after the warm-up. */
    private static double gbps(PlatformSimulation sim) {
        return sim.stream(0).deliveredBytes() * 8.0 / (DURATION / 1000.0);
    }

    @Test
    void aCoreCopiesOneBouncedTransferAtATime() {
        PlatformSimulation alone = run(1);
        assertEquals(alone.stream(0).transfers(), alone.stream(0).bounced(), "every transfer is bounced");
        double copyPs = (double) alone.stream(0).bouncePs() / alone.stream(0).bounced();
        double coreGbps = SIZE * 8 / (copyPs / 1000);
        assertTrue(coreGbps < 60, "the copy (" + copyPs + " ps for 4 KiB) is slower than the link");
        double flooded = gbps(run(120));
        assertTrue(flooded <= coreGbps * 1.05, "offered 120 Gb/s, the stream (" + flooded
            + " Gb/s) goes no faster than its one copying core (" + coreGbps + " Gb/s)");
        assertTrue(flooded >= coreGbps * 0.8, "and the core copies all the time: " + flooded + " Gb/s");
    }

    @Test
    void aBouncedTransfersWaitForItsCopyingCoreIsTheDriversPartAndTheCopyTheMemorys() {
        PlatformSimulation alone = run(1);
        PlatformSimulation flooded = run(120);
        double copyPs = (double) alone.stream(0).bouncePs() / alone.stream(0).bounced();
        // Alone, the core copies each transfer at once: nothing waits. Flooded, transfers queue for it.
        assertTrue(alone.stream(0).meanDriverWaitPs() < 0.1 * copyPs, "alone: " + alone.stream(0).meanDriverWaitPs());
        assertTrue(flooded.stream(0).meanDriverWaitPs() > copyPs,
            "flooded, the wait for the core (" + flooded.stream(0).meanDriverWaitPs() + " ps) is the driver's");
        assertTrue(flooded.stream(0).meanMemoryPs() < 1.5 * alone.stream(0).meanMemoryPs(), "and memory's part is "
            + "still about the copy: " + flooded.stream(0).meanMemoryPs() + " vs " + alone.stream(0).meanMemoryPs());
    }

    @Test
    void aDeviceWhoseWindowStartsHigherReachesBuffersThereAndBouncesThoseBelow() {
        DmaStreamConfig.Builder rx = DmaStreamConfig.of("rx", 0, true).size(SIZE).rate(1e9 / 8);
        PlatformSimulation inWindow = run(rx, 4 * GIB, 4 * GIB);
        assertTrue(inWindow.stream(0).transfers() > 0);
        assertEquals(0, inWindow.stream(0).bounced(), "the buffer lies in the window from 4 GiB");
        PlatformSimulation below = run(DmaStreamConfig.of("rx", 0, true).size(SIZE).rate(1e9 / 8), 0, 4 * GIB);
        assertEquals(below.stream(0).transfers(), below.stream(0).bounced(), "a buffer at 0 lies below the window");
    }

    @Test
    void aClosedLoopDeviceGetsItsSlotsBackOnlyOnceTheyAreCopied() {
        PlatformSimulation alone = run(1);
        double coreGbps = SIZE * 8 / ((double) alone.stream(0).bouncePs() / alone.stream(0).bounced() / 1000);
        PlatformSimulation loop = run(DmaStreamConfig.of("rx", 0, true).size(SIZE).outstanding(16));
        assertTrue(gbps(loop) <= coreGbps * 1.05, "16 slots in flight, the device (" + gbps(loop)
            + " Gb/s) waits for the copying core (" + coreGbps + " Gb/s)");
        assertTrue(loop.stream(0).transfers() > 0 && loop.stream(0).bounced() == loop.stream(0).transfers(),
            "and its transfers are counted: " + loop.stream(0).transfers());
    }
}
