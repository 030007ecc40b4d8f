/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.dma;

import static io.platsim.engine.platform.Platforms.GIB;
import static io.platsim.engine.platform.Platforms.NS;
import static io.platsim.engine.platform.Platforms.US;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * A bounced transfer is still the driver's: its MSI follows the data into the bounce slot, and the copy out of it is
 * the driver's completion handling's work, on its core, once the interrupt is handled: not data the MSI could pass.
 * The driver's own work on the transfer is done as for any other.
 */
class BouncedDriverTest {

    private static final long DURATION = 200 * US;
    private static final int SIZE = 4096;

    /**
     * A NIC writing 4 KiB at 1 Gb/s into a buffer at 4 GiB, an MSI after each, its driver working {@code workPs}
     * on each; {@code bounced} puts the buffer beyond the NIC's 32-bit window.
     */
    private static PlatformSimulation simulate(boolean bounced, boolean relaxed, long workPs) {
        DmaStreamConfig.Builder rx = DmaStreamConfig.of("rx", 0, true).size(SIZE).rate(1e9 / 8).interruptEvery(1)
            .buffer(4 * GIB, 1 << 20, 0);
        if (workPs > 0) {
            rx.driverWork(workPs);
        }
        PlatformConfig config = PlatformConfig.of(1, 50 * US, DURATION).sockets(List.of(Platforms.socket(0, 2)), null)
            .rootPorts(Platforms.ROOT_PORT).links(List.of(Platforms.NIC_LINK))
            .devices(List.of(Platforms.nicBuilder(64).ordering(true, relaxed).interrupts(1, 500 * NS)
                .dmaWindow(bounced ? 0 : 4 * GIB, 4 * GIB).build()))
            .streams(List.of(rx.build())).build();
        PlatformSimulation sim = new PlatformSimulation(config, TraceSink.NONE);
        assertTrue(sim.run(ps -> { }, () -> false));
        return sim;
    }

    private static StreamStats run(boolean bounced, boolean relaxed, long workPs) {
        StreamStats stats = simulate(bounced, relaxed, workPs).stream(0);
        assertTrue(stats.transfers() > 0);
        assertEquals(bounced ? stats.transfers() : 0, stats.bounced());
        return stats;
    }

    @Test
    void aBouncedWritesInterruptIsHandledWhenItsDataIsInTheBounceSlot() {
        StreamStats direct = run(false, false, 0);
        StreamStats bounced = run(true, false, 0);
        double copyNs = bounced.bouncePs() / 1000.0 / bounced.bounced();
        double directNs = direct.interruptLatency().mean() / 1000.0;
        double bouncedNs = bounced.interruptLatency().mean() / 1000.0;
        assertTrue(copyNs > 100, "the copy takes time: " + copyNs + " ns");
        assertTrue(Math.abs(bouncedNs - directNs) < copyNs / 4, "the handler runs as the data lands in the slot ("
            + bouncedNs + " ns after issue, unbounced " + directNs + " ns), not after a copy of " + copyNs + " ns");
        assertTrue(bounced.latency().mean() / 1000.0 > bouncedNs,
            "the transfer itself is done only once copied out: " + bounced.latency().mean() / 1000.0 + " ns");
    }

    @Test
    void relaxedOrderingFlagsNoMsiBeforeDataForTheCopyOutOfTheBounceSlot() {
        PlatformSimulation direct = simulate(false, true, 0);
        PlatformSimulation bounced = simulate(true, true, 0);
        assertEquals(direct.stream(0).interrupts(), bounced.stream(0).interrupts());
        assertEquals(direct.hazards(TraceSink.HAZARD_MSI_BEFORE_DATA),
            bounced.hazards(TraceSink.HAZARD_MSI_BEFORE_DATA),
            "the handler's own copy is not data an MSI passed: as many hazards as unbounced");
    }

    @Test
    void theDriverDoesItsOwnWorkOnABouncedTransfer() {
        StreamStats direct = run(false, false, 2 * US);
        StreamStats bounced = run(true, false, 2 * US);
        assertEquals(direct.transfers() * 2 * US, direct.driverPs(), "2 us of driver work a transfer");
        long work = bounced.transfers() * 2 * US;
        assertTrue(bounced.driverPs() > work && bounced.driverPs() <= work + bounced.bouncePs(),
            "bounced, the driver's core does its work and copies each transfer out of its slot: " + bounced.driverPs()
                + " ps against " + work + " ps of work and " + bounced.bouncePs() + " ps of copies");
        assertTrue(bounced.latency().mean() > direct.latency().mean());
    }

    @Test
    void withoutADriverCoreTheCoreThatCopiesABouncedTransferDoesTheDriversWork() {
        StreamStats bounced = run(true, false, 0);
        assertEquals(0, run(false, false, 0).driverPs(), "nothing to do for a transfer that is not bounced");
        // The interrupt's core copies each transfer out of its slot: that is the driver's work, its waits aside.
        assertTrue(bounced.driverPs() > 0 && bounced.driverPs() <= bounced.bouncePs(), bounced.driverPs()
            + " ps of copying against " + bounced.bouncePs() + " ps with the waits");
    }
}
