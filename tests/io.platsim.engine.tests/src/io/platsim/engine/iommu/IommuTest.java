/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.iommu;

import io.platsim.engine.pcie.DeviceConfig;
import static io.platsim.engine.platform.Platforms.NS;
import static io.platsim.engine.platform.Platforms.US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.platsim.engine.config.DmaStreamConfig;
import io.platsim.engine.config.RootPortConfig;
import io.platsim.engine.config.PlatformConfig;
import io.platsim.engine.platform.PlatformSimulation;
import io.platsim.engine.platform.Platforms;
import io.platsim.engine.trace.TraceSink;

/**
 * The IOMMU as Neugebauer et al. (SIGCOMM 2018) probe it: a device reads 64 bytes at random offsets of a window
 * with a few reads in flight; with 4 KiB pages, throughput holds while the window fits the IOTLB's reach
 * (64 entries x 4 KiB = 256 KiB) and falls past it; with 2 MiB pages the reach covers any window tried.
 */
public class IommuTest {

    private static final long KIB = 1024;
    private static final long DURATION = 300 * US;

    /** The metamodel's IOMMU defaults: 64 entries of 4 KiB, 5 ns hits, 180 ns walks, 16-entry walk caches. */
    private static IommuConfig iommu(long page, int entries) {
        return iommu(page, entries, 4);
    }

    private static IommuConfig iommu(long page, int entries, int walkers) {
        return iommu(mapping(MappingConfig.Allocator.PER_CPU_MAGAZINES, false)).pages(page).iotlb(entries, 5 * NS)
            .walks(180 * NS, 16, walkers).build();
    }

    /** The metamodel's IOMMU defaults over {@code mapping}: 64 entries of 4 KiB, 5 ns hits, 4 walkers of 180 ns. */
    public static IommuConfig.Builder iommu(MappingConfig mapping) {
        return IommuConfig.of("iommu0", 0, mapping).iotlb(64, 5 * NS).walks(180 * NS, 16, 4);
    }

    /**
     * An IOMMU of {@link #iommu(MappingConfig)}'s defaults with identity mappings, strict, on 4 KiB pages, whose
     * page-table reads each take {@code readPs}; its calendars do not forget (the clock stays at 0).
     */
    public static Iommu reading(long readPs) {
        IommuConfig config = iommu(mapping(MappingConfig.Allocator.IDENTITY, true)).pages(4 * KIB).build();
        return new Iommu(config, (atPs, address) -> atPs + readPs, () -> 0);
    }

    /**
     * Mapping of the tests: deferred batches of 256 (10 ms timeout) queued in 60 ns, a 256-descriptor queue with
     * 1 us invalidations, 40 ns lock, 25 ns per tree level, 10 ns magazine operations, magazines of 127, a depot of
     * 32 and 50 ns page-table updates.
     */
    public static MappingConfig mapping(MappingConfig.Allocator allocator, boolean strict) {
        return mappingBuilder(allocator, strict).build();
    }

    /** {@link #mapping}'s policy, to be told more. */
    public static MappingConfig.Builder mappingBuilder(MappingConfig.Allocator allocator, boolean strict) {
        return MappingConfig.of(allocator, strict).invalidation(256, 1000 * NS).deferred(256, 10_000 * US, 60 * NS)
            .tree(40 * NS, 25 * NS).magazines(10 * NS, 127, 32).pteUpdate(50 * NS);
    }

    private static PlatformSimulation reads(IommuConfig iommu, long window) {
        return reads(iommu, window, 64, 4);
    }

    private static PlatformSimulation reads(IommuConfig iommu, long window, int size, int outstanding) {
        DmaStreamConfig reads = DmaStreamConfig.of("probe", 0, false).size(size).outstanding(outstanding)
            .buffer(0, window, 0).randomOffsets(true).build();
        PlatformConfig config = PlatformConfig.of(1, 20 * US, DURATION).sockets(List.of(Platforms.socket(0, 2)), null)
            .rootPorts(List.of(new RootPortConfig("rp0", 0, iommu))).links(List.of(Platforms.NIC_LINK))
            .devices(List.of(Platforms.nic(false, 800 * NS, true))).streams(List.of(reads)).build();
        PlatformSimulation sim = new PlatformSimulation(config, TraceSink.NONE);
        sim.run(ps -> { }, () -> false);
        return sim;
    }

    private static double gbps(PlatformSimulation sim) {
        return sim.stream(0).bytes() * 8.0 / (DURATION / 1000.0);
    }

    @Test
    void fourKibPagesFallOffACliffAtTheIotlbReach() {
        IommuConfig small = iommu(4 * KIB, 64);
        double off = gbps(reads(null, 256 * KIB));
        double atReach = gbps(reads(small, 256 * KIB));
        double twice = gbps(reads(small, 512 * KIB));
        double far = gbps(reads(small, 4096 * KIB));
        // Within the reach every read pays only the 5 ns lookup, about 2% of a 64-byte read's latency.
        assertTrue(atReach > 0.96 * off, "within the reach: " + atReach + " vs " + off + " Gb/s without IOMMU");
        assertTrue(twice < 0.85 * off, "twice the reach: " + twice + " vs " + off);
        assertTrue(far < twice, "further out: " + far + " vs " + twice);
    }

    @Test
    void twoMibAndOneGibPagesStayWithinOnePercentOfNoIommuAtFullBandwidth() {
        // 4 KiB reads with 32 in flight fill the link; the pages' reach covers the 64 MiB window.
        double off = gbps(reads(null, 64 * 1024 * KIB, 4096, 32));
        double twoMib = gbps(reads(iommu(2048 * KIB, 32), 64 * 1024 * KIB, 4096, 32));
        double oneGib = gbps(reads(iommu(1024 * 1024 * KIB, 8), 64 * 1024 * KIB, 4096, 32));
        assertEquals(off, twoMib, off * 0.01, "2 MiB pages");
        assertEquals(off, oneGib, off * 0.01, "1 GiB pages");
    }

    @Test
    void farPastTheReachTheWalkerSetsThePace() {
        // Nearly every read misses (64 of 1024 pages fit). With one walker the misses take turns: its 180 ns, then
        // one page-table read (the walk caches know the upper levels) from the LLC, which keeps the entries'
        // lines after their first read from memory. Reads then complete one per walk.
        PlatformSimulation sim = reads(iommu(4 * KIB, 64, 1), 4096 * KIB);
        double walkNs = 180 + 35;
        assertEquals(64 * 8 / walkNs, gbps(sim), 64 * 8 / walkNs * 0.05, "one 64-byte read per walk of " + walkNs
            + " ns");
        assertTrue(sim.stream(0).meanIommuPs() / 1000 > walkNs, "reads queue for the walker");
    }

    @Test
    void aTransferToAnUnmappedIovaFaultsIsDroppedAndTracedWhileTheRunGoesOn() {
        DmaStreamConfig writes = DmaStreamConfig.of("rx", 0, true).size(1500).rate(10e9 / 8).unmappedEvery(10).build();
        long[] traced = new long[2];
        TraceSink sink = new TraceSink() {
            @Override
            public void dma(long issuePs, int device, int stream, boolean write, long address, int bytes,
                    long linkPs, long iommuPs, long coherencePs, long memoryPs, long driverPs, long latencyPs) {
                traced[0]++;
            }

            @Override
            public void iommu(long issuePs, int device, long address, int result, int reads, long translatePs) {
                if (result == io.platsim.engine.iommu.Iommu.FAULT) {
                    traced[1]++;
                }
            }

            @Override
            public void snoop(long issuePs, int device, int socket, int core, int result, long address, long ps) {
            }

            @Override
            public void interrupt(long issuePs, int device, int socket, int core, long arrivedPs, long handlerPs) {
            }

            @Override
            public void hazard(long issuePs, int kind, int device, long address, long visiblePs, long observedPs) {
            }
        };
        PlatformSimulation sim = run(iommu(4 * KIB, 64), writes, sink);
        long delivered = sim.stream(0).transfers();
        long faults = sim.stream(0).faults();
        assertEquals(9, delivered / faults, "one transfer in ten faults");
        assertEquals(faults, traced[1], "every fault is in the iommu trace");
        assertEquals(delivered, traced[0], "faulted transfers leave no DMA record");
        assertEquals(10 * 0.9, gbps(sim), 0.1, "the rest arrive");
        PlatformSimulation unprotected = run(null, writes, TraceSink.NONE);
        assertEquals(0, unprotected.stream(0).faults(), "without an IOMMU nothing checks the address");
    }

    @Test
    void aDeviceWritingABufferMappedReadOnlyFaultsEveryTime() {
        DmaStreamConfig writes = DmaStreamConfig.of("rx", 0, true).size(1500).rate(10e9 / 8).readOnly(true).build();
        long[] readOnlyFaults = new long[1];
        TraceSink sink = new TraceSink() {
            @Override
            public void iommu(long issuePs, int device, long address, int result, int reads, long translatePs) {
                if (result == io.platsim.engine.iommu.Iommu.FAULT_READ_ONLY) {
                    readOnlyFaults[0]++;
                }
            }

            @Override
            public void dma(long issuePs, int device, int stream, boolean write, long address, int bytes,
                    long linkPs, long iommuPs, long coherencePs, long memoryPs, long driverPs, long latencyPs) {
            }

            @Override
            public void snoop(long issuePs, int device, int socket, int core, int result, long address, long ps) {
            }

            @Override
            public void interrupt(long issuePs, int device, int socket, int core, long arrivedPs, long handlerPs) {
            }

            @Override
            public void hazard(long issuePs, int kind, int device, long address, long visiblePs, long observedPs) {
            }
        };
        PlatformSimulation protectedRun = run(iommu(4 * KIB, 64), writes, sink);
        assertEquals(0, protectedRun.stream(0).transfers(), "nothing lands");
        assertTrue(protectedRun.stream(0).faults() > 100);
        assertEquals(protectedRun.stream(0).faults(), readOnlyFaults[0], "each one a read-only fault in the trace");
        assertTrue(run(null, writes, TraceSink.NONE).stream(0).transfers() > 100, "without an IOMMU they land");
    }

    @Test
    void remappedInterruptsPayTheLookupAndReadTheirEntryOnce() {
        DmaStreamConfig writes = DmaStreamConfig.of("rx", 0, true).size(1500).rate(10e9 / 8).interruptEvery(1).build();
        IommuConfig plain = iommu(4 * KIB, 64);
        IommuConfig remapping = iommu(plain.mapping()).interruptCache(64).build();
        // With relaxed ordering the MSI does not wait for its data, so the lookup shows in full.
        DeviceConfig relaxed = Platforms.nic(true, 800 * NS, true);
        PlatformSimulation without = run(plain, writes, TraceSink.NONE, relaxed);
        PlatformSimulation with = run(remapping, writes, TraceSink.NONE, relaxed);
        double added = with.stream(0).interruptLatency().mean() - without.stream(0).interruptLatency().mean();
        assertEquals(5 * NS, added, 0.5 * NS, "each MSI pays the remapping lookup");
        io.platsim.engine.component.Component unit = with.netlist().find("iommu", "iommu0");
        long reads = -1;
        for (var stat : unit.spec().stats()) {
            if (stat.name().equals("interrupt_entry_reads")) {
                reads = stat.value().getAsLong();
            }
        }
        assertEquals(1, reads, "the NIC's entry is read once, then cached");
        // Without an entry cache every MSI reads its entry (a cache of 0 entries once meant one).
        PlatformSimulation uncached = run(iommu(plain.mapping()).interruptCache(0).build(), writes, TraceSink.NONE,
            relaxed);
        // The component's count includes the warm-up's MSIs, the stream's does not.
        long entryReads = statistic(uncached, "interrupt_entry_reads");
        assertTrue(entryReads >= uncached.stream(0).interrupts(), "no cache: a read for every MSI, " + entryReads
            + " for " + uncached.stream(0).interrupts());
    }

    private static long statistic(PlatformSimulation sim, String name) {
        for (var stat : sim.netlist().find("iommu", "iommu0").spec().stats()) {
            if (stat.name().equals(name)) {
                return stat.value().getAsLong();
            }
        }
        throw new AssertionError("no statistic " + name);
    }

    private static PlatformSimulation run(IommuConfig iommu, DmaStreamConfig stream, TraceSink sink) {
        return run(iommu, stream, sink, Platforms.nic(false, 800 * NS, true));
    }

    private static PlatformSimulation run(IommuConfig iommu, DmaStreamConfig stream, TraceSink sink,
            DeviceConfig nic) {
        PlatformConfig config = PlatformConfig.of(1, 20 * US, DURATION).sockets(List.of(Platforms.socket(0, 2)), null)
            .rootPorts(List.of(new RootPortConfig("rp0", 0, iommu))).links(List.of(Platforms.NIC_LINK))
            .devices(List.of(nic)).streams(List.of(stream)).build();
        PlatformSimulation sim = new PlatformSimulation(config, sink);
        sim.run(ps -> { }, () -> false);
        return sim;
    }
}
