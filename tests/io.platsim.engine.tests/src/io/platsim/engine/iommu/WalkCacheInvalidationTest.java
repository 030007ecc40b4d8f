/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.iommu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;


/**
 * A strict unmap's page-selective invalidation with VT-d's invalidation hint clear (what Linux's queued
 * invalidation sent until late 2025) drops the walk caches' entries over the range with the IOTLB's, so the next
 * translation there walks from the top; with the hint set they stay and the walk starts at the last level.
 */
class WalkCacheInvalidationTest {

    private static final long NS = 1000;
    private static final long PAGE = 4096;
    private static final long A = 0x4000_0000L;
    /** A's neighbour: the same last-level table, so every walk-cache entry on A's way serves it too. */
    private static final long B = A + PAGE;

    private static Iommu iommu(boolean keepWalkCaches) {
        MappingConfig mapping = IommuTest.mappingBuilder(MappingConfig.Allocator.IDENTITY, true)
            .keepWalkCaches(keepWalkCaches).build();
        IommuConfig config = IommuTest.iommu(mapping).pages(PAGE).walks(180 * NS, 32, 4).build();
        return new Iommu(config, (atPs, address) -> atPs + 90 * NS, () -> 0);
    }

    @Test
    void anInvalidationWithoutTheHintMakesTheNextWalkStartAtTheTop() {
        Iommu iommu = iommu(false);
        Iommu.Translation first = iommu.translate(0, A, 64);
        assertEquals(Iommu.WALK_FULL, first.result(), "the first walk reads every level");
        assertEquals(4, first.reads());
        Iommu.Translation neighbour = iommu.translate(0, B, 64);
        assertEquals(Iommu.WALK_CACHED, neighbour.result(), "its neighbour's walk starts at the last level");
        assertEquals(1, neighbour.reads());
        iommu.invalidate(A, PAGE);
        // Looked up once the walks above are done (a lookup under a walk waits for it, hit or walk alike).
        Iommu.Translation kept = iommu.translate(1000 * NS, B, 64);
        assertEquals(Iommu.HIT, kept.result(), "B's own IOTLB entry stays");
        assertEquals(0, kept.reads());
        Iommu.Translation again = iommu.translate(1000 * NS, A, 64);
        assertEquals(Iommu.WALK_FULL, again.result(), "A's walk-cache entries went with its IOTLB entry");
        assertEquals(4, again.reads());
        assertTrue(again.donePs() > kept.donePs(), "a full walk takes longer than a hit");
    }

    @Test
    void withTheHintTheWalkCachesKeepTheirEntries() {
        Iommu iommu = iommu(true);
        iommu.translate(0, A, 64);
        iommu.invalidate(A, PAGE);
        Iommu.Translation again = iommu.translate(0, A, 64);
        assertEquals(Iommu.WALK_CACHED, again.result(), "only the IOTLB entry went");
        assertEquals(1, again.reads());
    }
}
