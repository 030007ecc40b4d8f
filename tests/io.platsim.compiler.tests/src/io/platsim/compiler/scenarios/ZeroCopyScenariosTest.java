/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.compiler.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.platsim.engine.platform.PlatformSimulation;
import io.platsim.engine.trace.TraceSink;

/**
 * Seed scenario 12, zero copy, from its saved files: a copy out of the kernel's ring costs the cores time on every
 * packet, and the application's lines it brings into the LLC push a neighbour's out; the NIC's throughput is the
 * same.
 */
class ZeroCopyScenariosTest {

    private static PlatformSimulation run(String variant) throws Exception {
        return SavedScenarios.run("12-zero-copy/" + variant + ".platsim", platform -> { });
    }

    private static double gbps(PlatformSimulation sim) {
        return sim.stream(0).deliveredBytes() * 8.0 / (SavedScenarios.SIMULATED_PS / 1000.0);
    }

    /** The cores' time per packet, in ns. */
    private static double coreNs(PlatformSimulation sim) {
        return sim.stream(0).driverPs() / 1000.0 / Math.max(1, sim.stream(0).transfers());
    }

    @Test
    void aCopyOutOfTheKernelRingCostsCoreTimeAndMemoryTrafficPerPacket() throws Exception {
        PlatformSimulation zero = run("zero-copy");
        PlatformSimulation copy = run("kernel-ring-copy");
        System.out.printf("zero copy: %.1f Gb/s, %.0f ns a packet, %d memory reads, %d LLC write-backs, neighbour "
            + "%.1f ns; copy: %.1f Gb/s, %.0f ns a packet, %d memory reads, %d LLC write-backs, neighbour %.1f ns%n",
            gbps(zero), coreNs(zero), zero.memoryReads(0), zero.llcWritebacks(0),
            zero.cpuStream(0).latency().mean() / 1000, gbps(copy), coreNs(copy), copy.memoryReads(0),
            copy.llcWritebacks(0), copy.cpuStream(0).latency().mean() / 1000);
        assertEquals(200, coreNs(zero), 1, "the stack's work alone");
        assertTrue(coreNs(copy) > 2 * coreNs(zero), "the copy more than doubles a packet's core time");
        assertEquals(gbps(zero), gbps(copy), gbps(zero) * 0.02, "eight cores keep up either way");
        // The application's lines the copies bring in push the neighbour's working set out of the LLC (its loads,
        // ten in flight, are most of socket 0's memory reads).
        assertTrue(copy.memoryReads(0) > 1.5 * zero.memoryReads(0), "the neighbour reads memory more often");
        assertTrue(copy.cpuStream(0).latency().mean() > 1.05 * zero.cpuStream(0).latency().mean(),
            "and its loads take longer");
    }

    @Test
    void aGuestMappingTheSharedBarUncachedPaysAMemoryRoundTripAStoreAndTheHostReadsMemory() throws Exception {
        PlatformSimulation uncached = run("shared-bar-uncached");
        PlatformSimulation writeBack = run("shared-bar-write-back");
        // Streams in model order: the guest's stores, then the host's loads.
        double offered = 20e6 * SavedScenarios.SIMULATED_PS / 1e12;
        System.out.printf("shared BAR: uncached %d stores of %.0f offered, %.1f ns each, host loads %.1f ns, "
            + "%d modified snoops; write-back %d stores, %.1f ns, host loads %.1f ns, %d modified snoops%n",
            uncached.cpuStream(0).transfers(), offered, uncached.cpuStream(0).latency().mean() / 1000,
            uncached.cpuStream(1).latency().mean() / 1000, uncached.coreSnoops(TraceSink.SNOOP_MODIFIED),
            writeBack.cpuStream(0).transfers(), writeBack.cpuStream(0).latency().mean() / 1000,
            writeBack.cpuStream(1).latency().mean() / 1000, writeBack.coreSnoops(TraceSink.SNOOP_MODIFIED));
        assertTrue(uncached.cpuStream(0).transfers() < 0.7 * offered, "uncached stores wait for each other");
        assertEquals(offered, writeBack.cpuStream(0).transfers(), offered * 0.02, "write-back ones keep up");
        // Write-back stores miss too (1 MiB at random, cold), but overlap and often hit the caches.
        assertTrue(uncached.cpuStream(0).latency().mean() > 1.2 * writeBack.cpuStream(0).latency().mean(),
            "an uncached store is a memory round trip");
        assertEquals(0, uncached.coreSnoops(TraceSink.SNOOP_MODIFIED), "the guest keeps no copy to snoop");
        assertTrue(uncached.coreSnoops(TraceSink.SNOOP_CLEAN) > 0, "its stores take the host's copies away");
        assertTrue(uncached.cpuStream(1).latency().mean() > writeBack.cpuStream(1).latency().mean(),
            "so the host's loads go to memory more often than to the guest's core");
        assertTrue(writeBack.coreSnoops(TraceSink.SNOOP_MODIFIED) > offered / 10,
            "the host's loads take the guest's lines from its core");
    }
}
