/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.iommu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.platsim.engine.resource.HostCore;
import io.platsim.engine.resource.HostCores;

/** A mapping writes, and an unmapping clears, one page-table entry for each page its buffer spans. */
class PageTableEntriesTest {

    /** The core's time to map and unmap {@code bytes} on a fresh IOMMU with pages of {@code page}. */
    private static long mapAndUnmapPs(long page, long bytes) {
        MappingConfig mapping = IommuTest.mappingBuilder(MappingConfig.Allocator.PER_CPU_MAGAZINES, false).build();
        Iommu iommu = new Iommu(IommuTest.iommu(mapping).pages(page).build(), (at, address) -> at, () -> 0L);
        HostCore core = new HostCores(() -> 0L).core(0, 0);
        long mapped = iommu.mapAt(0, core, bytes);
        return iommu.unmapAt(mapped, core, 0, bytes, 0);
    }

    @Test
    void aMegabyteOnFourKibPagesWritesAndClearsTwoHundredFiftySixEntries() {
        long pte = IommuTest.mappingBuilder(MappingConfig.Allocator.PER_CPU_MAGAZINES, false).build().pteUpdatePs();
        // The same megabyte through the same allocator: on one 2 MiB page, or on 256 pages of 4 KiB.
        long hugePage = mapAndUnmapPs(2 << 20, 1 << 20);
        assertEquals(hugePage + 2 * 255 * pte, mapAndUnmapPs(4096, 1 << 20), "255 more entries written and cleared");
        assertEquals(mapAndUnmapPs(4096, 4096), mapAndUnmapPs(2 << 20, 4096), "a buffer within a page: one entry");
    }
}
