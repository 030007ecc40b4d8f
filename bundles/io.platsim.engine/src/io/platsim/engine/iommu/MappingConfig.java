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
