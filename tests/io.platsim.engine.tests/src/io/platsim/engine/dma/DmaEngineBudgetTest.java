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
 * A device's DMA engine issues one TLP every {@code issuePs}, for all its streams together: a device that reads and
 * writes at once is slower than its link alone allows, as measured devices are.
 */
class DmaEngineBudgetTest {

    private static final long DURATION = 200 * US;

    private static PlatformSimulation run(long issuePs, List<DmaStreamConfig> streams) {
        DeviceConfig nic = Platforms.nicBuilder(64).interrupts(0, 800 * NS).engine(0, issuePs, 0).build();
        PlatformConfig config = PlatformConfig.of(1, 10 * US, DURATION).sockets(List.of(Platforms.socket(0, 2)), null)
            .rootPorts(Platforms.ROOT_PORT).links(List.of(Platforms.NIC_LINK)).devices(List.of(nic)).streams(streams)
            .build();
        PlatformSimulation sim = new PlatformSimulation(config, TraceSink.NONE);
        assertTrue(sim.run(ps -> { }, () -> false));
        return sim;
    }

    private static double gbps(PlatformSimulation sim, int stream) {
        return sim.stream(stream).deliveredBytes() * 8.0 / (DURATION / 1000.0);
    }

    @Test
    void anEngineThatIssuesATlpEvery21NsCapsSmallWritesBelowTheLink() {
        List<DmaStreamConfig> writes = List.of(Platforms.stream(true, 64, 400, 1L << 20, 0, 0));
        double link = gbps(run(0, writes), 0);
        double paced = gbps(run(21 * NS, writes), 0);
        assertEquals(64 * 8 / 21.0, paced, 64 * 8 / 21.0 * 0.02, "one 64-byte write per 21 ns");
        assertTrue(link > 2 * paced, "the Gen4 x16 link alone carries " + link + " Gb/s");
    }

    @Test
    void readsAndWritesShareTheEngine() {
        DmaStreamConfig writes = Platforms.stream(true, 64, 400, 1L << 20, 0, 0);
        DmaStreamConfig reads = DmaStreamConfig.of("reads", 0, false).outstanding(32).buffer(4L << 20, 1L << 20, 0)
            .build();
        PlatformSimulation both = run(21 * NS, List.of(writes, reads));
        double total = gbps(both, 0) + gbps(both, 1);
        assertEquals(64 * 8 / 21.0, total, 64 * 8 / 21.0 * 0.03, "writes " + gbps(both, 0) + " and reads "
            + gbps(both, 1) + " Gb/s share one TLP per 21 ns");
        assertTrue(gbps(both, 1) > 1, "the reads get their turns: " + gbps(both, 1) + " Gb/s");
    }
}
