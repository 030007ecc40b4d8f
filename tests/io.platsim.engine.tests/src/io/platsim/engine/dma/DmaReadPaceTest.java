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

import io.platsim.engine.pcie.DeviceConfig;
import io.platsim.engine.config.DmaStreamConfig;
import io.platsim.engine.config.PlatformConfig;
import io.platsim.engine.platform.PlatformSimulation;
import io.platsim.engine.platform.Platforms;
import io.platsim.engine.trace.TraceSink;

/**
 * A device's DMA engine takes in one line of a read's data every {@code readLinePs}: a long read's latency grows by
 * that much per further line, as measured devices' do, while reads in flight together still fill the link.
 */
class DmaReadPaceTest {

    private static final long DURATION = 200 * US;

    private static PlatformSimulation run(long readLinePs, int size, int inFlight) {
        DeviceConfig nic = Platforms.nicBuilder(64).interrupts(0, 800 * NS).engine(0, 0, readLinePs).build();
        DmaStreamConfig reads = DmaStreamConfig.of("reads", 0, false).size(size).outstanding(inFlight)
            .buffer(4L << 20, 1L << 20, 0).build();
        PlatformConfig config = PlatformConfig.of(1, 10 * US, DURATION).sockets(List.of(Platforms.socket(0, 2)), null)
            .rootPorts(Platforms.ROOT_PORT).links(List.of(Platforms.NIC_LINK)).devices(List.of(nic))
            .streams(List.of(reads)).build();
        PlatformSimulation sim = new PlatformSimulation(config, TraceSink.NONE);
        assertTrue(sim.run(ps -> { }, () -> false));
        return sim;
    }

    private static double medianNs(PlatformSimulation sim) {
        return sim.stream(0).latency().percentile(0.5) / (double) NS;
    }

    private static double gbps(PlatformSimulation sim) {
        return sim.stream(0).deliveredBytes() * 8.0 / (DURATION / 1000.0);
    }

    @Test
    void aLongReadTakesTheEnginesTimeForEachFurtherLine() {
        double small = medianNs(run(20 * NS, 64, 1));
        double linkOnly = medianNs(run(0, 2048, 1)) - medianNs(run(0, 64, 1));
        double paced = medianNs(run(20 * NS, 2048, 1)) - small;
        assertEquals(medianNs(run(0, 64, 1)), small, 1, "a one-line read takes no more time");
        assertEquals(31 * 20, paced, 31 * 20 * 0.05, "31 more lines at 20 ns each; the link alone adds " + linkOnly);
        assertTrue(linkOnly < paced / 2, "the Gen4 x16 link brings 2 KiB in " + linkOnly + " ns");
    }

    @Test
    void readsInFlightTogetherStillFillTheLink() {
        double linkOnly = gbps(run(0, 2048, 32));
        double paced = gbps(run(20 * NS, 2048, 32));
        assertEquals(linkOnly, paced, linkOnly * 0.03, "each read is taken in at 25.6 Gb/s, side by side");
        assertTrue(paced > 3 * 64 * 8 / 20.0, "far above one read's pace: " + paced + " Gb/s");
    }
}
