/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.dma;

import static io.platsim.engine.platform.Platforms.NS;
import static io.platsim.engine.platform.Platforms.US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.platsim.engine.config.CpuStreamConfig;
import io.platsim.engine.config.DmaStreamConfig;
import io.platsim.engine.platform.PlatformSimulation;
import io.platsim.engine.platform.Platforms;
import io.platsim.engine.trace.TraceSink;

/**
 * A device that does not snoop writes a 64 KiB buffer that core 3 keeps reading (or writing): the core's copies
 * of the lines the device writes are stale, clean ones as much as dirty ones (the core reads the old data), unless
 * software does the DMA API's cache maintenance around the device's writes: it cleans dirty copies to memory
 * first and drops every copy after, and the core's next read of such a line misses its caches.
 */
class NonCoherentWritesTest {

    private static final long WINDOW = 64 << 10;

    private static PlatformSimulation run(double writeShare, boolean maintained) {
        CpuStreamConfig core = CpuStreamConfig.of("cpu", 0, 3).accesses(100e6, writeShare).buffer(0, WINDOW, 0)
            .build();
        DmaStreamConfig writes = DmaStreamConfig.of("rx", 0, true).size(1024).rate(2e9).buffer(0, WINDOW, 0)
            .cacheMaintenance(maintained).timing(20 * US, 0).build();
        PlatformSimulation sim = new PlatformSimulation(Platforms.platform(1, 0, Platforms.nic(false, 800 * NS,
            false), List.of(writes), List.of(core), 200 * US), TraceSink.NONE);
        assertTrue(sim.run(ps -> { }, () -> false));
        assertTrue(sim.stream(0).transfers() > 200, "writes: " + sim.stream(0).transfers());
        return sim;
    }

    @Test
    void aCleanCopyACoreHoldsIsStaleOnceTheDeviceHasWrittenItsLine() {
        PlatformSimulation stale = run(0.0, false);
        long lines = stale.stream(0).transfers() * 1024 / 64;
        // The core reads the whole window every 10 us: it holds most of what the device writes, clean.
        assertTrue(stale.hazards(TraceSink.HAZARD_STALE_WRITE) > lines / 2,
            stale.hazards(TraceSink.HAZARD_STALE_WRITE) + " stale writes of " + lines + " lines");
        PlatformSimulation maintained = run(0.0, true);
        assertEquals(0, maintained.hazards(TraceSink.HAZARD_STALE_WRITE), "copies dropped, none is stale");
        assertEquals(0, maintained.stream(0).flushes(), "no copy was dirty: nothing to write back");
    }

    @Test
    void theCoreReadsTheDevicesLinesFromMemoryOnceSoftwareDropsItsCopies() {
        double kept = run(0.0, false).cpuStream(0).latency().mean();
        double dropped = run(0.0, true).cpuStream(0).latency().mean();
        // A read of a line the device wrote misses the L1, L2 and LLC: memory's 90 ns against the caches' few.
        assertTrue(dropped > kept + 5 * NS, "mean load " + dropped + " ps against " + kept + " ps");
    }

    @Test
    void aDirtyCopyIsCleanedToMemoryBeforeTheDeviceWritesItsLine() {
        PlatformSimulation stale = run(1.0, false);
        long unmaintained = stale.hazards(TraceSink.HAZARD_STALE_WRITE);
        assertTrue(unmaintained > 0, "the core's modified lines are stale");
        PlatformSimulation maintained = run(1.0, true);
        // Only lines the core writes again while the device's data is on its way to memory (about 90 ns of the
        // 10 us the core takes to go round the buffer) are still stale: the invalidation loses them.
        long raced = maintained.hazards(TraceSink.HAZARD_STALE_WRITE);
        assertTrue(raced > 0 && raced < unmaintained / 10, raced + " raced writes against " + unmaintained
            + " stale without maintenance");
        assertTrue(maintained.stream(0).flushes() > maintained.stream(0).transfers(),
            "write-backs of the core's modified lines: " + maintained.stream(0).flushes());
        // Each waits for its line's write-back to memory before the device's data goes there.
        assertTrue(maintained.stream(0).latency().percentile(0.5) > stale.stream(0).latency().percentile(0.5),
            "median " + maintained.stream(0).latency().percentile(0.5) + " ps against "
                + stale.stream(0).latency().percentile(0.5) + " ps");
    }

    @Test
    void aCopyIsJudgedStaleWhenTheDevicesLineHasLandedInMemory() {
        // 64-byte writes, one line each: a write is done when its line is in memory, and only then may a copy the
        // caches hold be called stale (a core that reads the line while the data is on its way reads the old data
        // rightly; software drops the copies after the device has written, not before).
        Map<Long, Long> doneAt = new HashMap<>();
        List<long[]> hazards = new ArrayList<>();
        TraceSink sink = new TraceSink() {
            @Override
            public void dma(long issuePs, int device, int stream, boolean write, long address, int bytes,
                    long linkPs, long iommuPs, long coherencePs, long memoryPs, long driverPs, long latencyPs) {
                doneAt.merge(address, issuePs + latencyPs, Math::max);
            }

            @Override
            public void snoop(long issuePs, int device, int socket, int core, int result, long address, long ps) {
            }

            @Override
            public void interrupt(long issuePs, int device, int socket, int core, long arrivedPs, long handlerPs) {
            }

            @Override
            public void hazard(long issuePs, int kind, int device, long address, long visiblePs, long observedPs) {
                hazards.add(new long[] {address, visiblePs});
            }
        };
        CpuStreamConfig core = CpuStreamConfig.of("cpu", 0, 3).accesses(100e6, 0).buffer(0, WINDOW, 0).build();
        DmaStreamConfig writes = DmaStreamConfig.of("rx", 0, true).size(64).rate(64e9 / 100).buffer(0, WINDOW, 0)
            .timing(20 * US, 0).build();
        PlatformSimulation sim = new PlatformSimulation(Platforms.platform(1, 0, Platforms.nic(false, 800 * NS,
            false), List.of(writes), List.of(core), 50 * US), sink);
        assertTrue(sim.run(ps -> { }, () -> false));
        assertTrue(hazards.size() > 100, hazards.size() + " stale writes");
        for (long[] h : hazards) {
            // Each address is written every 102 us, after the run: its last write is the one the hazard is about.
            assertEquals(doneAt.get(h[0]), h[1], "the stale write of " + h[0] + " is judged when its line lands");
        }
    }
}
