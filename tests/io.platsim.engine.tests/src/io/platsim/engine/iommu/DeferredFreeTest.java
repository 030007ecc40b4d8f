/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.iommu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.platsim.engine.resource.HostCore;
import io.platsim.engine.resource.HostCores;

/**
 * A deferred unmap's IOVA range is not free before the flush: the allocator counts it live, and its core gives it
 * back once the flush is done (Linux's flush queue frees its ranges only after the IOTLB flush). With the global
 * tree, a live range is one more node every allocation walks past.
 */
class DeferredFreeTest {

    private static final long NS = 1000;

    /** The time a core takes to map a 4 KiB buffer after mapping and unmapping {@code before} of them. */
    private static long nextMapPs(int batch, int before) {
        MappingConfig mapping = IommuTest.mappingBuilder(MappingConfig.Allocator.GLOBAL_LOCK_TREE, false)
            .deferred(batch, 1_000_000 * NS, 60 * NS).build();
        Iommu iommu = new Iommu(IommuTest.iommu(mapping).pages(4096).build(), (at, address) -> at, () -> 0L);
        HostCore core = new HostCores(() -> 0L).core(0, 0);
        long t = 0;
        long[] iovas = new long[before];
        for (int i = 0; i < before; i++) {
            t = iommu.mapAt(t, core, 4096);
            iovas[i] = i * 4096L;
        }
        for (int i = 0; i < before; i++) {
            t = iommu.unmapAt(t, core, iovas[i], 4096, 0);
        }
        return iommu.mapAt(t, core, 4096) - t;
    }

    @Test
    void rangesWaitingForTheFlushStayLive() {
        long pte = IommuTest.mapping(MappingConfig.Allocator.GLOBAL_LOCK_TREE, false).pteUpdatePs();
        // 100 ranges queued, none flushed: the tree holds 101 with the new one, 7 levels (25 ns each) under the
        // 40 ns lock.
        assertEquals(40 * NS + 7 * 25 * NS + pte, nextMapPs(1000, 100), "before the flush");
        // Flushed after the 100th, and given back: one range live, 2 levels.
        assertEquals(40 * NS + 2 * 25 * NS + pte, nextMapPs(100, 100), "after the flush");
    }
}
