/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.iommu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * An IOTLB entry is there once the walk that fills it is done: a second request for the page while the first one's
 * walk is under way waits for that walk, and is no faster than the request that missed. (Walks are timed ahead of
 * the clock, so the entry is put in the IOTLB before its translation is known.)
 */
class IotlbFillTest {

    private static final long NS = 1000;
    private static final long PAGE = 4096;
    private static final long A = 0x4000_0000L;

    @Test
    void aLookupUnderAWalkWaitsForIt() {
        Iommu iommu = IommuTest.reading(90 * NS);
        Iommu.Translation missed = iommu.translate(0, A, 64);
        assertEquals(Iommu.WALK_FULL, missed.result());
        assertTrue(missed.donePs() > 150 * NS + 5 * NS, "the walk (four reads of 90 ns) outlasts the second lookup");
        Iommu.Translation under = iommu.translate(150 * NS, A, 64);
        assertEquals(Iommu.HIT, under.result(), "the entry is in the IOTLB");
        assertEquals(missed.donePs(), under.donePs(), "but its translation waits for the walk that brings it");
        Iommu.Translation after = iommu.translate(missed.donePs() + 100 * NS, A, 64);
        assertEquals(missed.donePs() + 105 * NS, after.donePs(), "once the walk is done, a hit costs its lookup");
    }

    @Test
    void anInvalidatedPagesNextWalkIsTheOneItsLookupsWaitFor() {
        Iommu iommu = IommuTest.reading(90 * NS);
        Iommu.Translation first = iommu.translate(0, A, 64);
        iommu.invalidate(A, PAGE);
        // Walked again while the first walk is still under way (walks are planned ahead); it ends after the first.
        Iommu.Translation again = iommu.translate(100 * NS, A, 64);
        assertTrue(again.result() != Iommu.HIT && again.donePs() > first.donePs(), again + " after " + first);
        Iommu.Translation behind = iommu.translate(again.donePs() - 10 * NS, A, 64);
        assertEquals(again.donePs(), behind.donePs(), "a lookup waits for the walk that brings the entry back");
    }

    @Test
    void aLookupTimedBeforeTheMissDoesNotSeeItsEntry() {
        Iommu iommu = IommuTest.reading(90 * NS);
        // A transfer planned 5 us ahead (its ring slot still being mapped) misses first; one timed at 1 us, asked
        // after it, finds no entry at 1 us: it walks, and does not wait 4 us for the later walk.
        Iommu.Translation ahead = iommu.translate(5000 * NS, A, 64);
        Iommu.Translation earlier = iommu.translate(1000 * NS, A, 64);
        assertTrue(earlier.result() != Iommu.HIT, "no entry at 1 us");
        assertTrue(earlier.donePs() < ahead.donePs(), earlier.donePs() + " vs " + ahead.donePs());
        // From then on the earlier walk's entry serves: a lookup at 3 us hits.
        Iommu.Translation between = iommu.translate(3000 * NS, A, 64);
        assertEquals(Iommu.HIT, between.result());
        assertEquals(3005 * NS, between.donePs());
    }
}
