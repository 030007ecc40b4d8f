/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.socket;

import static io.platsim.engine.platform.Platforms.NS;
import static io.platsim.engine.platform.Platforms.US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.platsim.engine.cache.Inclusion;
import io.platsim.engine.cache.Protocol;
import io.platsim.engine.config.CpuStreamConfig;
import io.platsim.engine.socket.SocketConfig.SnoopMode;
import io.platsim.engine.config.PlatformConfig;
import io.platsim.engine.platform.PlatformSimulation;
import io.platsim.engine.platform.Platforms;
import io.platsim.engine.trace.TraceSink;

/**
 * Private caches, the LLC and the state protocols, as an architect checks them: latency steps up with the
 * working set at each level's size, and the protocols differ where their definitions say.
 */
class CacheHierarchyTest {

    private static final long KIB = 1024;
    private static final long MIB = 1024 * KIB;

    private static PlatformSimulation run(Protocol protocol, Inclusion inclusion, long durationPs,
            List<CpuStreamConfig> cpu) {
        PlatformConfig config = PlatformConfig.of(1, 10 * US, durationPs)
            .sockets(List.of(Platforms.socket(0, 2, SnoopMode.HOME_SNOOP, 0, protocol, inclusion)), null)
            .rootPorts(Platforms.ROOT_PORT).links(List.of(Platforms.NIC_LINK))
            .devices(List.of(Platforms.nic(false, 800 * NS, true))).cpuStreams(cpu).build();
        PlatformSimulation sim = new PlatformSimulation(config, TraceSink.NONE);
        sim.run(ps -> { }, () -> false);
        return sim;
    }

    private static PlatformSimulation readsOver(long window, long durationPs) {
        return run(Protocol.MESIF, Inclusion.NON_INCLUSIVE, durationPs,
            List.of(Platforms.cpu(0, 0, 0.0, 2e8, window, 0)));
    }

    @Test
    void readLatencyStepsUpAtEachCacheLevelsCapacity() {
        // 2.5 ns L1, 7 ns L2, 35 ns LLC; memory is the home agent's 10 ns lookup, 90 ns of DRAM and a line's
        // transfer on one of 8 channels sharing 187.7 GB/s.
        long[] windows = {16 * KIB, 512 * KIB, 8 * MIB, 1024 * MIB};
        long[] expected = {2500, 7 * NS, 35 * NS, 100 * NS + (long) Math.ceil(64e12 / (187.7e9 / 8))};
        for (int i = 0; i < windows.length; i++) {
            long p50 = readsOver(windows[i], 5000 * US).cpuStream(0).latency().percentile(0.5);
            assertEquals(expected[i], p50, expected[i] * 0.02, "median read latency over " + windows[i] + " bytes");
        }
    }

    @Test
    void moesiSharesModifiedLinesWithoutTheWriteBacksMesiPays() {
        List<CpuStreamConfig> producerConsumer = List.of(Platforms.cpu(0, 1, 1.0, 1e8, 64 * KIB, 0),
            Platforms.cpu(0, 2, 0.0, 1e8, 64 * KIB, 0));
        PlatformSimulation mesi = run(Protocol.MESI, Inclusion.NON_INCLUSIVE, 500 * US, producerConsumer);
        PlatformSimulation moesi = run(Protocol.MOESI, Inclusion.NON_INCLUSIVE, 500 * US, producerConsumer);
        assertTrue(mesi.coreSnoops(TraceSink.SNOOP_MODIFIED) > 10_000);
        assertTrue(moesi.coreSnoops(TraceSink.SNOOP_MODIFIED) > 10_000);
        assertTrue(mesi.coreWritebacks(0) > 10_000, "MESI write-backs " + mesi.coreWritebacks(0));
        assertEquals(0, moesi.coreWritebacks(0), "MOESI keeps the shared dirty line Owned");
    }

    @Test
    void mesifForwardsCleanLinesThatMesiRereadsFromMemory() {
        List<CpuStreamConfig> twoReaders = List.of(Platforms.cpu(0, 1, 0.0, 1e8, 512 * KIB, 0),
            Platforms.cpu(0, 2, 0.0, 1e8, 512 * KIB, 0));
        PlatformSimulation mesi = run(Protocol.MESI, Inclusion.NON_INCLUSIVE, 200 * US, twoReaders);
        PlatformSimulation mesif = run(Protocol.MESIF, Inclusion.NON_INCLUSIVE, 200 * US, twoReaders);
        assertTrue(mesif.coreSnoops(TraceSink.SNOOP_CLEAN) > 1000, "MESIF forwards from a Forward copy");
        assertTrue(mesif.memoryReads(0) < mesi.memoryReads(0) * 0.8,
            "memory reads MESIF " + mesif.memoryReads(0) + " vs MESI " + mesi.memoryReads(0));
        assertTrue(mesif.cpuStream(1).latency().mean() < mesi.cpuStream(1).latency().mean());
    }

    @Test
    void aWriteInvalidatesEverySharerTheSnoopFilterNames() {
        long oneReader = sharerSnoops(1);
        long fourReaders = sharerSnoops(4);
        assertTrue(fourReaders > 3 * oneReader, "clean snoops with 4 sharers " + fourReaders + " vs 1 " + oneReader);
    }

    private static long sharerSnoops(int readers) {
        List<CpuStreamConfig> cpu = new java.util.ArrayList<>();
        cpu.add(Platforms.cpu(0, 0, 1.0, 1e7, 4 * KIB, 0));
        for (int r = 1; r <= readers; r++) {
            cpu.add(Platforms.cpu(0, r, 0.0, 1e8, 4 * KIB, 0));
        }
        return run(Protocol.MESI, Inclusion.NON_INCLUSIVE, 200 * US, cpu).coreSnoops(TraceSink.SNOOP_CLEAN);
    }

    @Test
    void onlyAnInclusiveLlcTakesLinesAwayFromTheCores() {
        // Cores 0, 2 and 3 sweep a window larger than the 42 MiB LLC (each keeps ten misses in flight, so three
        // fill it within the run); core 1 keeps a small one in its L2, where the LLC never sees its reuse.
        List<CpuStreamConfig> overLlc = List.of(Platforms.cpu(0, 0, 0.0, 5e8, 64 * MIB, 0),
            Platforms.cpu(0, 1, 0.0, 2e6, 256 * KIB, 0), Platforms.cpu(0, 2, 0.0, 5e8, 64 * MIB, 0),
            Platforms.cpu(0, 3, 0.0, 5e8, 64 * MIB, 0));
        PlatformSimulation inclusive = run(Protocol.MESIF, Inclusion.INCLUSIVE, 5000 * US, overLlc);
        PlatformSimulation nonInclusive = run(Protocol.MESIF, Inclusion.NON_INCLUSIVE, 5000 * US, overLlc);
        assertTrue(inclusive.backInvalidations(0) > 100, "back-invalidations " + inclusive.backInvalidations(0));
        assertEquals(0, nonInclusive.backInvalidations(0));
        double victim = inclusive.cpuStream(1).latency().mean();
        double spared = nonInclusive.cpuStream(1).latency().mean();
        assertTrue(victim > spared, "core 1's mean read " + victim + " ps inclusive vs " + spared + " non-inclusive");
    }
}
