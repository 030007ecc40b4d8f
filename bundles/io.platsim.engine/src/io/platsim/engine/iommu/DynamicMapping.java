/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.iommu;

import java.util.Arrays;
import java.util.function.LongSupplier;

import io.platsim.engine.resource.HostCore;

/**
 * Per-I/O mapping through one IOMMU: before a transfer a driver core allocates an IOVA and writes the page-table
 * entry; after it, the core clears the entry, invalidates, and frees the IOVA. Strict invalidation submits a
 * descriptor per unmap and waits for it (and, for a device that caches translations with ATS, for the
 * invalidation of its TLB: a round trip to the device); deferred invalidation gathers unmaps and flushes the whole
 * IOTLB (and device TLB) once a batch is full or the oldest has waited its timeout (the flush's wait falls on the
 * core that triggers it). The work takes the driver core's time on its {@link HostCore} calendar, beside
 * whatever else that core does (unmapping a finished transfer's buffer, then mapping a new one for the ring), so
 * a core that cannot keep up falls behind the ring and the device waits for buffers.
 * Identity mappings are static: nothing to do.
 */
final class DynamicMapping {

    private final MappingConfig config;
    private final Iommu iommu;
    private final IovaAllocator allocator;
    private final InvalidationQueue queue;
    private final IovaSpace space;
    /**
     * Deferred unmaps waiting for the flush: their IOVAs, sizes and cores (their ranges are not reused before it,
     * and the allocator counts them live until their cores give them back).
     */
    private long[] pendingIovas = new long[64];
    private long[] pendingBytes = new long[64];
    private HostCore[] pendingCores = new HostCore[64];
    private int pending;
    /** By core id: sizes of flushed ranges the core gives back to the allocator at its next deferred unmap. */
    private long[][] owed = new long[0][];
    private int[] owedCount = new int[0];
    private long oldestPendingPs;
    long maps;
    long unmaps;
    long flushes;
    long deviceTlbInvalidations;

    /** The mappings' page: one page-table entry each. */
    private final long pageBytes;

    DynamicMapping(MappingConfig config, long pageBytes, Iommu iommu, LongSupplier clock) {
        this.config = config;
        this.pageBytes = pageBytes;
        this.iommu = iommu;
        allocator = new IovaAllocator(config, clock);
        queue = new InvalidationQueue(config.queueDepth(), config.invalidationPs());
        space = new IovaSpace(Long.numberOfTrailingZeros(pageBytes));
    }

    /** The IOVA a mapping of the {@code bytes} at {@code address} gives the device ({@link IovaSpace#map}). */
    long iova(long address, long bytes) {
        return identity() ? address : space.map(address, bytes);
    }

    /** An IOVA no mapping holds ({@link IovaSpace#unmapped}). */
    long unmappedIova(long address) {
        return identity() ? address : space.unmapped(address);
    }

    /**
     * The page-table entries a buffer of {@code bytes} takes, counted from a page's start: one per page. (A buffer's
     * IOVA keeps its offset in its page, so one that crosses a page boundary takes one entry more than this counts.)
     */
    private long entries(long bytes) {
        return Math.max(1, (bytes + pageBytes - 1) / pageBytes);
    }

    /** A driver mapped {@code count} buffers before the run. */
    void premapped(int count) {
        if (!identity()) {
            allocator.premapped(count);
        }
    }

    boolean identity() {
        return config.allocator() == MappingConfig.Allocator.IDENTITY;
    }

    /**
     * Core {@code core} maps a buffer of {@code bytes} for a transfer it wants to start at {@code atPs}; returns when
     * mapped.
     */
    long map(long atPs, HostCore core, long bytes) {
        if (identity()) {
            return atPs;
        }
        long begin = core.startFor(atPs, config.pteUpdatePs());
        return core.booked(atPs, begin, mapAt(begin, core, bytes));
    }

    /** {@link #map}, with the core free at {@code atPs}: its caller keeps the core's time. */
    long mapAt(long atPs, HostCore core, long bytes) {
        if (identity()) {
            return atPs;
        }
        maps++;
        return allocator.allocate(atPs, core, bytes) + entries(bytes) * config.pteUpdatePs();
    }

    /** Core {@code core} unmaps the buffer {@code [iova, iova + size)} once its transfer is done at {@code atPs}. */
    long unmap(long atPs, HostCore core, long iova, long size, long deviceTlbPs) {
        if (identity()) {
            return atPs;
        }
        long begin = core.startFor(atPs, config.pteUpdatePs());
        return core.booked(atPs, begin, unmapAt(begin, core, iova, size, deviceTlbPs));
    }

    /** {@link #unmap}, with the core free at {@code atPs}: its caller keeps the core's time. */
    long unmapAt(long atPs, HostCore core, long iova, long size, long deviceTlbPs) {
        if (identity()) {
            return atPs;
        }
        unmaps++;
        long t = atPs + entries(size) * config.pteUpdatePs();
        if (config.strict()) {
            iommu.invalidate(iova, size);
            space.free(iova, size);
            t = deviceTlb(queue.submit(t), deviceTlbPs);
            return allocator.free(t, core, size);
        }
        // As Linux's flush queue does (queue_iova): the core first gives back the ranges flushed since its last
        // unmap, then queues this one; a full queue, or one whose oldest has waited its timeout, is flushed, and
        // the flushing core gives its own ranges back at once.
        t = giveBack(t, core);
        iommu.retire(iova, size);
        t += config.deferredQueuePs();
        if (pending == 0) {
            oldestPendingPs = t;
        }
        defer(iova, size, core);
        if (pending >= config.batch() || t - oldestPendingPs >= config.timeoutPs()) {
            iommu.flushAll();
            flushes++;
            for (int i = 0; i < pending; i++) {
                space.free(pendingIovas[i], pendingBytes[i]);
                owe(pendingCores[i], pendingBytes[i]);
                pendingCores[i] = null;
            }
            pending = 0;
            t = giveBack(deviceTlb(queue.submit(t), deviceTlbPs), core);
        }
        return t;
    }

    /** A deferred unmap of {@code [iova, iova + size)} by {@code core} waits for the flush. */
    private void defer(long iova, long size, HostCore core) {
        if (pending == pendingIovas.length) {
            pendingIovas = Arrays.copyOf(pendingIovas, pending * 2);
            pendingBytes = Arrays.copyOf(pendingBytes, pending * 2);
            pendingCores = Arrays.copyOf(pendingCores, pending * 2);
        }
        pendingIovas[pending] = iova;
        pendingBytes[pending] = size;
        pendingCores[pending] = core;
        pending++;
    }

    /** A flushed range of {@code bytes} that {@code core} unmapped is its to give back to the allocator. */
    private void owe(HostCore core, long bytes) {
        int id = core.id();
        if (id >= owed.length) {
            owed = Arrays.copyOf(owed, id + 1);
            owedCount = Arrays.copyOf(owedCount, id + 1);
        }
        if (owed[id] == null || owedCount[id] == owed[id].length) {
            owed[id] = owed[id] == null ? new long[64] : Arrays.copyOf(owed[id], owedCount[id] * 2);
        }
        owed[id][owedCount[id]++] = bytes;
    }

    /** {@code core} gives the flushed ranges it unmapped back to the allocator from {@code atPs}; returns when done. */
    private long giveBack(long atPs, HostCore core) {
        int id = core.id();
        long t = atPs;
        if (id < owed.length) {
            for (int i = 0; i < owedCount[id]; i++) {
                t = allocator.free(t, core, owed[id][i]);
            }
            owedCount[id] = 0;
        }
        return t;
    }

    /** An invalidation done in the IOMMU at {@code atPs} goes on to the device's TLB when it has one (ATS). */
    private long deviceTlb(long atPs, long deviceTlbPs) {
        if (deviceTlbPs <= 0) {
            return atPs;
        }
        deviceTlbInvalidations++;
        return atPs + deviceTlbPs;
    }

    long invalidations() {
        return queue.submitted();
    }

    long lockWaitPs() {
        return allocator.lockWaitPs();
    }

    long queueStalledPs() {
        return queue.stalledPs();
    }
}
