/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.dma;

import static io.platsim.engine.platform.Platforms.US;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.platsim.engine.config.CpuStreamConfig;
import io.platsim.engine.config.DmaStreamConfig;
import io.platsim.engine.platform.PlatformSimulation;
import io.platsim.engine.platform.Platforms;
import io.platsim.engine.trace.TraceSink;

/**
 * An RDMA NIC reads the entries of its memory translation table as it reads any host memory: at their home, where
 * a core that wrote an entry (a registration does) may still hold it modified, so the read snoops that core
 * instead of taking memory's old copy. The table lies apart from the buffers: a core working on a buffer at 0 does
 * not touch it.
 */
class TranslationTableTest {

    /** Where the NIC's translation table lies: at 16 TiB (the first device's). */
    private static final long TABLE = 16L << 40;

    private static PlatformSimulation run(long coreBuffer) {
        // A core keeps writing a 64 KiB stretch; the NIC writes 4 KiB at random over 64 MiB, its cache of 16
        // translations of 4 KiB pages missing nearly every time.
        CpuStreamConfig core = CpuStreamConfig.of("cpu", 0, 3).accesses(200e6, 1.0).buffer(coreBuffer, 64 << 10, 0)
            .build();
        DmaStreamConfig rx = DmaStreamConfig.of("rx", 0, true).size(4096).rate(2e9).buffer(0, 64 << 20, 0)
            .randomOffsets(true).timing(20 * US, 0).build();
        PlatformSimulation sim = new PlatformSimulation(Platforms.platform(1, 2,
            Platforms.nicBuilder(64).memoryTranslation(16, 4096).build(), List.of(rx), List.of(core), 100 * US),
            TraceSink.NONE);
        assertTrue(sim.run(ps -> { }, () -> false));
        assertTrue(sim.stream(0).transfers() > 20, "transfers: " + sim.stream(0).transfers());
        return sim;
    }

    @Test
    void anEntryACoreHoldsModifiedIsReadFromThatCore() {
        // The core writes the table's first 1,024 lines, the entries of the first 8,192 pages (32 MiB of buffer).
        PlatformSimulation sim = run(TABLE);
        assertTrue(sim.snoops(TraceSink.SNOOP_MODIFIED) > 5, "reads of entries the core holds modified: "
            + sim.snoops(TraceSink.SNOOP_MODIFIED));
    }

    @Test
    void aCoreWorkingOnABufferAtZeroLeavesTheTableAlone() {
        PlatformSimulation sim = run(0);
        // Were the table at 0, half the NIC's entry reads (pages 0 to 16,383: lines 0 to 2,047) would find the
        // core's modified lines; apart, only its writes of the buffer the core shares do (about 0.1% of them).
        assertTrue(sim.snoops(TraceSink.SNOOP_MODIFIED) < 0.1 * sim.stream(0).transfers(),
            sim.snoops(TraceSink.SNOOP_MODIFIED) + " snoops of modified lines for " + sim.stream(0).transfers()
                + " transfers");
    }
}
