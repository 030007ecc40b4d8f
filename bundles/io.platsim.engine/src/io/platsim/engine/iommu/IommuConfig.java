/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.iommu;

/**
 * A DMA remapping unit as the engine needs it.
 *
 * @param name             for summaries
 * @param socket           socket whose memory holds its page tables
 * @param pageBytes        page size of the DMA mappings: 4 KiB, 2 MiB or 1 GiB
 * @param iotlbEntries     IOTLB entries for that page size
 * @param hitPs            lookup time of an IOTLB hit
 * @param walkPs           walker's own time for each walk (an IOTLB miss), besides its page-table reads
 * @param walkCacheEntries entries of each paging-structure cache
 * @param walkers          page walks in progress at once
 * @param mapping          how drivers map and unmap buffers per I/O through it
 * @param interruptCacheEntries interrupt-remapping entries it caches; 0 when it does not remap interrupts
 */
public record IommuConfig(String name, int socket, long pageBytes, int iotlbEntries, long hitPs, long walkPs,
        int walkCacheEntries, int walkers, MappingConfig mapping, int interruptCacheEntries) {

    /** An IOMMU that does not remap interrupts. */
    public IommuConfig(String name, int socket, long pageBytes, int iotlbEntries, long hitPs, long walkPs,
            int walkCacheEntries, int walkers, MappingConfig mapping) {
        this(name, socket, pageBytes, iotlbEntries, hitPs, walkPs, walkCacheEntries, walkers, mapping, 0);
    }

    public IommuConfig {
        if (pageBytes != 1L << 12 && pageBytes != 1L << 21 && pageBytes != 1L << 30) {
            throw new IllegalArgumentException(name + ": pages are 4 KiB, 2 MiB or 1 GiB, not " + pageBytes);
        }
        if (walkers < 1) {
            throw new IllegalArgumentException(name + ": an IOMMU needs a page walker");
        }
    }
}
