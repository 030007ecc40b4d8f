/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.iommu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A walk cache's entry is there once the walk that reads its level has read it: a walk for a neighbouring page that
 * starts from that entry while the first walk is still reading it waits for the read, and a walk timed before the
 * one that filled it does not find it. (Walks are timed ahead of the clock, so the walk caches learn their entries
 * before the reads that bring them are done.)
 */
class WalkCacheFillTest {

    private static final long NS = 1000;
    private static final long PAGE = 4096;
    /** Pages A, A + 4 KiB and A + 8 KiB share their page-directory entry: one walk cache entry serves them all. */
    private static final long A = 0x4000_0000L;

    @Test
    void aWalkFromAnEntryStillBeingReadWaitsForIt() {
        Iommu iommu = IommuTest.reading(90 * NS);
        // Looked up at 5 ns: the walker's 180 ns, then PML4, PDPT, PD (read at 455 ns) and the leaf (545 ns).
        Iommu.Translation first = iommu.translate(0, A, 64);
        assertEquals(Iommu.WALK_FULL, first.result());
        assertEquals(545 * NS, first.donePs());
        // The neighbour starts below the PD entry, on a walker of its own, but that entry is read at 455 ns: its
        // leaf read follows (545 ns), not the walker's own time (285 ns, and 375 ns for the read).
        Iommu.Translation second = iommu.translate(100 * NS, A + PAGE, 64);
        assertEquals(Iommu.WALK_CACHED, second.result());
        assertEquals(545 * NS, second.donePs());
        // Once read, the entry costs nothing to wait for: the walker's time and one read.
        Iommu.Translation later = iommu.translate(1000 * NS, A + 2 * PAGE, 64);
        assertEquals(Iommu.WALK_CACHED, later.result());
        assertEquals((1005 + 180 + 90) * NS, later.donePs());
    }

    @Test
    void aWalkTimedBeforeTheOneThatFilledTheEntryReadsEveryLevel() {
        Iommu iommu = IommuTest.reading(90 * NS);
        // A transfer planned 5 us ahead walks first; one timed at 1 us, asked after it, finds no PD entry at 1 us.
        iommu.translate(5000 * NS, A + PAGE, 64);
        Iommu.Translation earlier = iommu.translate(1000 * NS, A, 64);
        assertEquals(Iommu.WALK_FULL, earlier.result());
        assertEquals((1005 + 180 + 4 * 90) * NS, earlier.donePs());
        // From then on its entries serve: a walk at 2 us starts below the PD entry it read.
        Iommu.Translation between = iommu.translate(2000 * NS, A + 2 * PAGE, 64);
        assertEquals(Iommu.WALK_CACHED, between.result());
        assertEquals((2005 + 180 + 90) * NS, between.donePs());
    }
}
