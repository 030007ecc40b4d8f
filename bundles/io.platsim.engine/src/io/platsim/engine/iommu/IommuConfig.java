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
 * @param interruptCacheEntries interrupt-remapping entries it caches (0: every MSI reads its entry); -1 when it
 *                      does not remap interrupts
 */
public record IommuConfig(String name, int socket, long pageBytes, int iotlbEntries, long hitPs, long walkPs,
        int walkCacheEntries, int walkers, MappingConfig mapping, int interruptCacheEntries) {

    /**
     * The IOMMU {@code name} of socket {@code socket}, mapping by {@code mapping}, to be described by name: 4 KiB
     * pages, one walker and no IOTLB, walk cache or interrupt remapping until told otherwise.
     */
    public static Builder of(String name, int socket, MappingConfig mapping) {
        return new Builder(name, socket, mapping);
    }

    /** Builds an {@link IommuConfig} field by field, from {@link IommuConfig#of}. */
    public static final class Builder {
        private final String name;
        private final int socket;
        private final MappingConfig mapping;
        private long pageBytes = 1L << 12;
        private int iotlbEntries;
        private long hitPs;
        private long walkPs;
        private int walkCacheEntries;
        private int walkers = 1;
        private int interruptCacheEntries = -1;

        private Builder(String name, int socket, MappingConfig mapping) {
            this.name = name;
            this.socket = socket;
            this.mapping = mapping;
        }

        /** The size of the pages it maps. */
        public Builder pages(long bytes) {
            pageBytes = bytes;
            return this;
        }

        /** Its IOTLB: entries and the latency of a hit. */
        public Builder iotlb(int entries, long hit) {
            iotlbEntries = entries;
            hitPs = hit;
            return this;
        }

        /** Its page walks: the latency of a full walk, the walk cache's entries, and walkers working at once. */
        public Builder walks(long walk, int walkCache, int parallel) {
            walkPs = walk;
            walkCacheEntries = walkCache;
            walkers = parallel;
            return this;
        }

        /** Interrupt remapping, with an entry cache of {@code entries} (0: none, every MSI reads its entry). */
        public Builder interruptCache(int entries) {
            interruptCacheEntries = entries;
            return this;
        }

        /** The IOMMU. */
        public IommuConfig build() {
            return new IommuConfig(name, socket, pageBytes, iotlbEntries, hitPs, walkPs, walkCacheEntries, walkers,
                mapping, interruptCacheEntries);
        }
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
