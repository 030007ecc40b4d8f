/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.iommu;

/**
 * How drivers map and unmap DMA buffers through an IOMMU when they do it per I/O.
 *
 * @param allocator          the IOVA allocator's policy
 * @param strict             whether every unmap invalidates the IOTLB and waits (else unmaps are batched)
 * @param batch              unmaps gathered before a deferred flush
 * @param timeoutPs          longest a deferred unmap waits for its flush
 * @param queueDepth         descriptors the invalidation queue holds
 * @param invalidationPs     from submitting an invalidation to its wait descriptor completing
 * @param deferredQueuePs    the driver's work to put a deferred unmap's IOVA on the flush queue
 * @param lockPs             taking and releasing the allocator's global lock, uncontended
 * @param treeStepPs         per level of the tree of live IOVA ranges an allocation or free walks
 * @param magazineOpPs       taking an IOVA from, or returning one to, a core's magazine
 * @param magazineSize       IOVAs per magazine
 * @param depotSize          full magazines the global depot keeps
 * @param pteUpdatePs        writing or clearing a page-table entry
 * @param keepWalkCaches     whether a strict unmap's invalidation lets the walk caches keep their entries over the
 *                           range (VT-d's invalidation hint), else it drops them with the IOTLB's
 */
public record MappingConfig(Allocator allocator, boolean strict, int batch, long timeoutPs, int queueDepth,
        long invalidationPs, long deferredQueuePs, long lockPs, long treeStepPs, long magazineOpPs, int magazineSize,
        int depotSize, long pteUpdatePs, boolean keepWalkCaches) {

    /**
     * Mappings by {@code allocator}, invalidated strictly ({@code strict}) or in deferred batches, to be described by
     * name: invalidations of one entry a batch complete at once and every cost is 0 until told otherwise, and the
     * walk caches are invalidated with the IOTLB.
     */
    public static Builder of(Allocator allocator, boolean strict) {
        return new Builder(allocator, strict);
    }

    /** Builds a {@link MappingConfig} field by field, from {@link MappingConfig#of}. */
    public static final class Builder {
        private final Allocator allocator;
        private final boolean strict;
        private int batch = 1;
        private long timeoutPs;
        private int queueDepth = 1;
        private long invalidationPs;
        private long deferredQueuePs;
        private long lockPs;
        private long treeStepPs;
        private long magazineOpPs;
        private int magazineSize;
        private int depotSize;
        private long pteUpdatePs;
        private boolean keepWalkCaches;

        private Builder(Allocator allocator, boolean strict) {
            this.allocator = allocator;
            this.strict = strict;
        }

        /** The invalidation queue: its depth and each invalidation's round trip. */
        public Builder invalidation(int depth, long roundTripPs) {
            queueDepth = depth;
            invalidationPs = roundTripPs;
            return this;
        }

        /** Deferred flushes: unmaps gathered per flush, the longest one waits, and queueing one. */
        public Builder deferred(int unmaps, long timeout, long queuePs) {
            batch = unmaps;
            timeoutPs = timeout;
            deferredQueuePs = queuePs;
            return this;
        }

        /** The global allocator: its lock, uncontended, and each step down its tree of live ranges. */
        public Builder tree(long lock, long step) {
            lockPs = lock;
            treeStepPs = step;
            return this;
        }

        /** Per-core magazines: an operation on one, IOVAs per magazine, full magazines in the depot. */
        public Builder magazines(long opPs, int size, int depot) {
            magazineOpPs = opPs;
            magazineSize = size;
            depotSize = depot;
            return this;
        }

        /** Writing or clearing a page-table entry. */
        public Builder pteUpdate(long ps) {
            pteUpdatePs = ps;
            return this;
        }

        /** Whether a strict unmap's invalidation lets the walk caches keep their entries. */
        public Builder keepWalkCaches(boolean keep) {
            keepWalkCaches = keep;
            return this;
        }

        /** The mapping policy. */
        public MappingConfig build() {
            return new MappingConfig(allocator, strict, batch, timeoutPs, queueDepth, invalidationPs, deferredQueuePs,
                lockPs, treeStepPs, magazineOpPs, magazineSize, depotSize, pteUpdatePs, keepWalkCaches);
        }
    }

    /** IOVA allocator policies. */
    public enum Allocator {
        /** One lock over a balanced tree of live ranges: cost grows with live mappings, contention with cores. */
        GLOBAL_LOCK_TREE,
        /** Per-core magazines of free IOVAs in front of a global depot and the tree (Linux's rcache). */
        PER_CPU_MAGAZINES,
        /** IOVA equals the physical address: mappings are static, nothing to allocate, map or invalidate. */
        IDENTITY
    }
}
