/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.platform;

import io.platsim.engine.config.PlatformConfig;
import io.platsim.engine.pcie.LinkSpec;
import io.platsim.engine.config.DmaStreamConfig;
import io.platsim.engine.pcie.DeviceConfig;
import static io.platsim.engine.platform.Platforms.NS;
import static io.platsim.engine.platform.Platforms.US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.platsim.engine.pcie.Generation;
import io.platsim.engine.pcie.LinkConfig;
import io.platsim.engine.pcie.PcieLinkModel;
import io.platsim.engine.config.CpuStreamConfig;
import io.platsim.engine.trace.TraceSink;

/** What an architect expects of the DMA path, checked on small platforms. */
class DirectionalTest {

    private static PlatformSimulation run(PlatformConfig config) {
        PlatformSimulation sim = new PlatformSimulation(config, TraceSink.NONE);
        assertTrue(sim.run(ps -> { }, () -> false));
        return sim;
    }

    private static PlatformConfig writes(int sockets, int dmaWays, int home, double gbps, long window) {
        return Platforms.platform(sockets, dmaWays, Platforms.nic(false, 800 * NS, true),
            List.of(Platforms.stream(true, 1500, gbps, window, home, 0)), List.of(), 200 * US);
    }

    @Test
    void dmaWritesIntoLlcWaysCutMemoryWrites() {
        PlatformSimulation ddio = run(writes(1, 2, 0, 40, 1L << 20));
        PlatformSimulation noDdio = run(writes(1, 0, 0, 40, 1L << 20));
        long withWays = ddio.memoryWrites(0);
        long toMemory = noDdio.memoryWrites(0);
        assertTrue(toMemory > 10_000, "writes without DDIO: " + toMemory);
        // Within the lines of one transfer in flight at each edge of the window (lines are events of their own).
        assertEquals(noDdio.stream(0).transfers() * 24, toMemory, 2 * 24,
            "memory counts the same window as the streams: 24 lines per 1500-byte write after the warm-up");
        assertTrue(withWays * 20 < toMemory, "memory writes with 2 DMA ways " + withWays + " vs " + toMemory);
        assertTrue(ddio.stream(0).latency().percentile(0.5) < noDdio.stream(0).latency().percentile(0.5));
    }

    @Test
    void remoteHomedBuffersCostMoreThanLocalOnes() {
        PlatformSimulation local = run(writes(2, 0, 0, 10, 16L << 20));
        PlatformSimulation remote = run(writes(2, 0, 1, 10, 16L << 20));
        long l = local.stream(0).latency().percentile(0.5);
        long r = remote.stream(0).latency().percentile(0.5);
        assertTrue(r >= l + 50 * NS, "remote p50 " + r + " ps vs local " + l + " ps (UPI adds 50 ns one way)");
        assertTrue(remote.stream(0).meanCoherencePs() > local.stream(0).meanCoherencePs());
    }

    @Test
    void readingLinesACoreHoldsModifiedCostsMoreThanLlcHits() {
        long window = 256 * 1024;
        CpuStreamConfig dirtying = CpuStreamConfig.of("cpu", 0, 3).accesses(2e9, 1.0).buffer(0, window, 0).build();
        PlatformConfig modified = Platforms.platform(1, 2, Platforms.nic(false, 800 * NS, true),
            List.of(Platforms.stream(false, 64, 20, window, 0, 0)), List.of(dirtying), 100 * US);
        PlatformConfig clean = Platforms.platform(1, 2, Platforms.nic(false, 800 * NS, true),
            List.of(Platforms.stream(true, 64, 20, window, 0, 0), Platforms.stream(false, 64, 20, window, 0, 0)),
            List.of(), 100 * US);
        PlatformSimulation m = run(modified);
        PlatformSimulation c = run(clean);
        assertTrue(m.snoops(TraceSink.SNOOP_MODIFIED) > 1000, "modified snoops " + m.snoops(TraceSink.SNOOP_MODIFIED));
        assertEquals(0, c.snoops(TraceSink.SNOOP_MODIFIED));
        long hit = c.stream(1).latency().percentile(0.5);
        long snooped = m.stream(0).latency().percentile(0.5);
        assertTrue(snooped > hit, "read of modified lines " + snooped + " ps vs LLC hits " + hit + " ps");
    }

    @Test
    void strictOrderingNeverLetsAnMsiOvertakeItsData() {
        // A fast interrupt path and a memory-bound write stream: the MSI reaches the root complex well before
        // the data is in memory. Strict ordering holds it back; relaxed ordering lets the handler run early.
        PlatformConfig strict = Platforms.platform(2, 0, Platforms.nic(false, 10 * NS, true),
            List.of(Platforms.stream(true, 4096, 150, 64L << 20, 1, 1)), List.of(), 100 * US);
        PlatformConfig relaxed = Platforms.platform(2, 0, Platforms.nic(true, 10 * NS, true),
            List.of(Platforms.stream(true, 4096, 150, 64L << 20, 1, 1)), List.of(), 100 * US);
        PlatformSimulation s = run(strict);
        PlatformSimulation r = run(relaxed);
        // The buffer is on socket 1: the link between the sockets (22.4 GB/s, 80 bytes a 64-byte line) and memory
        // hold the stream below its 150 Gb/s.
        assertTrue(s.stream(0).interrupts() > 250, "interrupts: " + s.stream(0).interrupts());
        assertEquals(0, s.hazards(TraceSink.HAZARD_MSI_BEFORE_DATA));
        assertTrue(r.hazards(TraceSink.HAZARD_MSI_BEFORE_DATA) > 100,
            "relaxed ordering hazards: " + r.hazards(TraceSink.HAZARD_MSI_BEFORE_DATA));
    }

    @Test
    void nonCoherentReadsSeeStaleLinesUnlessSoftwareFlushes() {
        long window = 256 * 1024;
        CpuStreamConfig dirtying = CpuStreamConfig.of("cpu", 0, 3).accesses(2e9, 1.0).buffer(0, window, 0).build();
        DmaStreamConfig reads = Platforms.stream(false, 64, 1, window, 0, 0);
        DmaStreamConfig flushed = DmaStreamConfig.of("s", 0, false).rate(1e9 / 8)
            .buffer(0, window, 0).cacheMaintenance(true).build();
        PlatformSimulation stale = run(Platforms.platform(1, 0, Platforms.nic(false, 800 * NS, false),
            List.of(reads), List.of(dirtying), 100 * US));
        PlatformSimulation clean = run(Platforms.platform(1, 0, Platforms.nic(false, 800 * NS, false),
            List.of(flushed), List.of(dirtying), 100 * US));
        assertTrue(stale.hazards(TraceSink.HAZARD_STALE_READ) > 100);
        assertEquals(0, clean.hazards(TraceSink.HAZARD_STALE_READ));
        assertTrue(clean.stream(0).flushes() > 100, "flushes: " + clean.stream(0).flushes());
        assertTrue(clean.stream(0).flushPs() >= clean.stream(0).flushes() * 90 * NS,
            "each flush writes a line back to memory (90 ns idle latency)");
        assertTrue(clean.memoryWrites(0) >= clean.stream(0).flushes(), "the write-backs reach memory");
        assertEquals(0, stale.memoryWrites(0));
        assertEquals(0, stale.snoops(TraceSink.SNOOP_MODIFIED), "non-coherent DMA snoops nothing");
    }

    @Test
    void saturatedWritesRunAtThePcieModelsWriteBandwidth() {
        PlatformSimulation sim = run(writes(1, 2, 0, 400, 1L << 20));
        PcieLinkModel link = new PcieLinkModel(Platforms.GEN4_X16);
        double expectedGbps = link.writeGbps(1500);
        double gbps = sim.stream(0).bytes() * 8.0 / (200 * US / 1000.0);
        assertEquals(expectedGbps, gbps, expectedGbps * 0.01, "saturated write throughput");
        assertTrue(sim.upstreamUtilisation(0) > 0.95);
    }

    @Test
    void closedLoopThroughputIsOutstandingOverServiceTime() {
        // 32 commands outstanding, 80 us of media time each, 4 KiB per transfer: 32 x 4096 B / 80 us.
        DmaStreamConfig drive = DmaStreamConfig.of("nvme", 0, true).size(4096)
            .outstanding(32).buffer(0, 64L << 20, 0).timing(0, 80 * US).build();
        PlatformSimulation sim = run(Platforms.platform(1, 2, Platforms.nic(false, 800 * NS, true), List.of(drive),
            List.of(), 2_000 * US));
        double gbps = sim.stream(0).bytes() * 8.0 / (2_000 * US / 1000.0);
        double expected = 32 * 4096 * 8.0 / (80 * US / 1000.0);
        assertEquals(expected, gbps, expected * 0.02, "closed-loop throughput");
    }

    @Test
    void readThroughputIsBoundByTheDevicesOutstandingReads() {
        // Reads of 64 bytes offered far above what 4 tags can sustain: throughput = tags x size / latency.
        DmaStreamConfig reads = Platforms.stream(false, 64, 200, 64L << 20, 0, 0);
        PlatformSimulation four = run(Platforms.platform(1, 0, Platforms.nic(false, 800 * NS, true, 4),
            List.of(reads), List.of(), 200 * US));
        PlatformSimulation many = run(Platforms.platform(1, 0, Platforms.nic(false, 800 * NS, true, 256),
            List.of(reads), List.of(), 200 * US));
        double latencyNs = four.stream(0).latency().mean() / 1000;
        double gbps = four.stream(0).bytes() * 8.0 / (200 * US / 1000.0);
        assertEquals(4 * 64 * 8 / latencyNs, gbps, gbps * 0.05, "4 tags of 64 B per " + latencyNs + " ns");
        assertTrue(many.stream(0).bytes() > 3 * four.stream(0).bytes(), "more tags, more read throughput");
    }

    @Test
    void devicesBehindASwitchShareItsUpstreamLink() {
        // Two Gen4 x16 devices behind a switch whose upstream link is Gen4 x8: each offers 80 Gb/s of writes,
        // more than x8 carries for both. Link 0 is the switch's upstream link; links 1 and 2 lead to the devices,
        // whose writes wait for the switch's credits, which it frees only as the shared link takes them.
        LinkConfig x8 = LinkConfig.of(Generation.GEN4, 8).sizes(256, 512).build();
        List<LinkSpec> links = List.of(Platforms.link("up", x8, "rp0", false, 0, "sw", 160),
            Platforms.link("a", Platforms.GEN4_X16, "sw", true, 150 * NS, "a", 320),
            Platforms.link("b", Platforms.GEN4_X16, "sw", true, 150 * NS, "b", 320));
        List<DeviceConfig> devices = List.of(
            DeviceConfig.of("a", 100 * NS, 64).build(), DeviceConfig.of("b", 100 * NS, 64).build());
        DmaStreamConfig a = Platforms.stream(true, 1500, 80, 1L << 20, 0, 0);
        DmaStreamConfig b = DmaStreamConfig.of("b", 1, true).size(1500).rate(80e9 / 8)
            .build();
        PlatformConfig config = PlatformConfig.of(1, 10 * US, 200 * US).sockets(List.of(Platforms.socket(0, 2)), null)
            .rootPorts(Platforms.ROOT_PORT).links(links).devices(devices).streams(List.of(a, b)).build();
        PlatformSimulation sim = run(config);
        double total = (sim.stream(0).bytes() + sim.stream(1).bytes()) * 8.0 / (200 * US / 1000.0);
        double x8Writes = new PcieLinkModel(x8).writeGbps(1500);
        assertEquals(x8Writes, total, x8Writes * 0.02, "both devices together run at the shared x8 link's rate");
        assertTrue(sim.linkUtilisation(0) > 0.95);
        assertTrue(sim.stream(0).latency().percentile(0.5) > 150 * NS, "the switch's forwarding latency counts");
    }

    @Test
    void sameConfigurationSameRecords() {
        PlatformConfig config = Platforms.platform(2, 2, Platforms.nic(true, 10 * NS, true),
            List.of(Platforms.stream(true, 1500, 50, 8L << 20, 1, 4), Platforms.stream(false, 512, 5, 1L << 20, 0, 0)),
            List.of(CpuStreamConfig.of("cpu", 0, 1).accesses(1e9, 0.5).build()), 100 * US);
        assertEquals(fingerprint(config), fingerprint(config));
    }

    private static long fingerprint(PlatformConfig config) {
        long[] hash = {17};
        TraceSink hashing = new TraceSink() {
            private void mix(long... values) {
                for (long v : values) {
                    hash[0] = hash[0] * 31 + v;
                }
            }

            @Override
            public void dma(long issuePs, int device, int stream, boolean write, long address, int bytes,
                    long linkPs, long iommuPs, long coherencePs, long memoryPs, long driverPs, long latencyPs) {
                mix(issuePs, device, stream, write ? 1 : 0, address, bytes, linkPs, coherencePs, memoryPs, driverPs,
                    latencyPs);
            }

            @Override
            public void snoop(long issuePs, int device, int socket, int core, int result, long address, long ps) {
                mix(issuePs, device, socket, core, result, address, ps);
            }

            @Override
            public void interrupt(long issuePs, int device, int socket, int core, long arrivedPs, long handlerPs) {
                mix(issuePs, device, socket, core, arrivedPs, handlerPs);
            }

            @Override
            public void hazard(long issuePs, int kind, int device, long address, long visiblePs, long observedPs) {
                mix(issuePs, kind, device, address, visiblePs, observedPs);
            }
        };
        PlatformSimulation sim = new PlatformSimulation(config, hashing);
        sim.run(ps -> { }, () -> false);
        return hash[0] * 31 + sim.eventsProcessed();
    }
}
