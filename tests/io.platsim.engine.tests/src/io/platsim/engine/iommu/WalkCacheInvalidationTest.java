/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.iommu;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        iommu.translate(0, A, 64);
        assertEquals(Iommu.WALK_FULL, iommu.lastResult(), "the first walk reads every level");
        assertEquals(4, iommu.lastReads());
        iommu.translate(0, B, 64);
        assertEquals(Iommu.WALK_CACHED, iommu.lastResult(), "its neighbour's walk starts at the last level");
        assertEquals(1, iommu.lastReads());
        iommu.invalidate(A, PAGE);
        iommu.translate(0, B, 64);
        assertEquals(Iommu.HIT, iommu.lastResult(), "B's own IOTLB entry stays");
        iommu.translate(0, A, 64);
        assertEquals(Iommu.WALK_FULL, iommu.lastResult(), "A's walk-cache entries went with its IOTLB entry");
        assertEquals(4, iommu.lastReads());
    }

    @Test
    void withTheHintTheWalkCachesKeepTheirEntries() {
        Iommu iommu = iommu(true);
        iommu.translate(0, A, 64);
        iommu.invalidate(A, PAGE);
        iommu.translate(0, A, 64);
        assertEquals(Iommu.WALK_CACHED, iommu.lastResult(), "only the IOTLB entry went");
        assertEquals(1, iommu.lastReads());
    }
}
