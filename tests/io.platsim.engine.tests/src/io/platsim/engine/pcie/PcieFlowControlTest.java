/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.pcie;

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
import io.platsim.engine.trace.TraceSink;

/** PCIe flow-control credits and ordering rules, as seen from a device's throughput and latency. */
class PcieFlowControlTest {

    private static final long DURATION = 200 * US;

    private static PlatformSimulation run(LinkSpec link, List<DmaStreamConfig> streams) {
        PlatformConfig config = PlatformConfig.of(1, 10 * US, DURATION).sockets(List.of(Platforms.socket(0, 2)), null)
            .rootPorts(Platforms.ROOT_PORT).links(List.of(link)).devices(List.of(Platforms.nic(false, 800 * NS, true)))
            .streams(streams).build();
        PlatformSimulation sim = new PlatformSimulation(config, TraceSink.NONE);
        sim.run(ps -> { }, () -> false);
        return sim;
    }

    private static LinkSpec link(int postedData) {
        return Platforms.link("nic-link", Platforms.GEN4_X16, "rp0", false, 0, "nic", postedData);
    }

    private static double gbps(PlatformSimulation sim, int stream) {
        return sim.stream(stream).bytes() * 8.0 / (DURATION / 1000.0);
    }

    @Test
    void theDefaultCreditsOfAnX16RootPortKeepGen4WritesAtLinkRate() {
        PlatformSimulation sim = run(link(320), List.of(Platforms.stream(true, 256, 300, 1L << 20, 0, 0)));
        double expected = new PcieLinkModel(Platforms.GEN4_X16).writeGbps(256);
        assertEquals(expected, gbps(sim, 0), expected * 0.02);
    }

    @Test
    void fewPostedDataCreditsCapWritesAtCreditsPerCreditLoop() {
        // 32 data credits hold two 256-byte writes. A credit comes back one loop after its TLP started: the TLP's
        // serialization, the wire, the root complex absorbing it (100 ns) and the flow-control update's way back.
        PlatformSimulation sim = run(link(32), List.of(Platforms.stream(true, 256, 200, 1L << 20, 0, 0)));
        PcieLinkModel model = new PcieLinkModel(Platforms.GEN4_X16);
        long loopPs = model.serializationPs(model.writeWireBytes(256)) + 20 * NS + 100 * NS + 20 * NS;
        double expected = 2 * 256 * 8 / (loopPs / 1000.0);
        assertEquals(expected, gbps(sim, 0), expected * 0.03, "two writes per credit loop of " + loopPs + " ps");
        assertTrue(sim.linkStalledPs(0) > 0, "writes waited for credits");
    }

    @Test
    void readRequestsDoNotPassPostedWritesWaitingForCredits() {
        DmaStreamConfig reads = Platforms.stream(false, 64, 1, 1L << 20, 0, 0);
        DmaStreamConfig writes = Platforms.stream(true, 256, 200, 1L << 20, 0, 0);
        // The reads' time on the link (request up, completions down); the writes fill the LLC lines the reads
        // then hit, so total latency mixes two effects.
        double alone = run(link(32), List.of(reads)).stream(0).meanLinkPs();
        PlatformSimulation mixed = run(link(32), List.of(reads, writes));
        double behindWrites = mixed.stream(0).meanLinkPs();
        assertTrue(behindWrites > alone + 40 * NS, "reads' mean link time " + behindWrites + " ps behind stalled "
            + "writes vs " + alone + " ps alone, though non-posted credits are free");
    }

    @Test
    void aTransfersOwnTlpsQueuingBehindEachOtherAreNoStall() {
        // 4 KiB writes (16 TLPs of 256 bytes) at 40% of the link: the root port's 320 data credits never run out.
        PlatformSimulation idle = run(link(320), List.of(Platforms.stream(true, 4096, 90, 1L << 20, 0, 0)));
        assertTrue(idle.upstreamUtilisation(0) > 0.3, "utilisation " + idle.upstreamUtilisation(0));
        assertEquals(0, idle.linkStalledPs(0), "nothing waited for credits or another transfer's writes");
        // An MSI after each write waits behind that write's own data, in order: no stall either.
        PlatformSimulation announced = run(link(320), List.of(Platforms.stream(true, 4096, 90, 1L << 20, 0, 1)));
        assertTrue(announced.stream(0).interrupts() > 100, announced.stream(0).interrupts() + " MSIs");
        assertEquals(0, announced.linkStalledPs(0), "an MSI behind its own write's data is queued, not stalled");
        // The same writes with 32 data credits (two TLPs' worth) do wait for credits, and say so.
        PlatformSimulation starved = run(link(32), List.of(Platforms.stream(true, 4096, 90, 1L << 20, 0, 0)));
        assertTrue(starved.linkStalledPs(0) > DURATION / 10, "stalled " + starved.linkStalledPs(0) + " ps");
    }
}
