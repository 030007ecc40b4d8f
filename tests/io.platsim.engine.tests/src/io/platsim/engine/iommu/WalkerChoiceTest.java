/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.iommu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A walk goes to the walker that can hold all of it first: a walker whose calendar has a gap long enough for the
 * walker's own time but not for the walk's reads does not keep it waiting for its next long gap while another
 * walker is free. (Walks are planned ahead of the clock, so a walker's calendar has gaps.)
 */
class WalkerChoiceTest {

    private static final long NS = 1000;
    /** Pages under different top-level entries: no walk cache serves one from the other's walk. */
    private static final long A = 0x4000_0000L;
    private static final long B = 0x80_0000_0000L;

    @Test
    void aWalkTooLongForTheFirstWalkersGapTakesAFreeWalker() {
        // The metamodel's IOMMU defaults: 4 walkers, 180 ns each walk, 5 ns lookups; 4 KiB pages, reads of 90 ns.
        Iommu iommu = IommuTest.reading(90 * NS);
        // Planned ahead: a full walk at 400 ns holds the first walker from 405 to 945 ns.
        assertEquals(945 * NS, iommu.translate(400 * NS, A, 64).donePs());
        // A full walk looked up at 5 ns takes 540 ns: the first walker's gap before 405 ns is too short for it, the
        // second walker is free.
        assertEquals(545 * NS, iommu.translate(0, B, 64).donePs());
    }
}
