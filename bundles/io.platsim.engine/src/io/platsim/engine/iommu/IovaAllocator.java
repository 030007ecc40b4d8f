/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.iommu;

import java.util.Arrays;
import java.util.function.LongSupplier;

import io.platsim.engine.resource.HostCore;
import io.platsim.engine.resource.Timeline;

/**
 * Allocates and frees IOVAs for per-I/O mappings, with costs that come from its structure. The global tree sits
 * behind one lock: an operation holds it for the lock's own cost plus one step per level of the tree of live
 * ranges (log2 of the live mappings), and cores queue for it in the order they ask. With magazines, each core
 * first uses its own cache of free IOVAs (no lock); an empty one swaps with a full magazine from the depot, and
 * only when the depot has none does the core go to the tree (under the lock) for the one range it needs; a full
 * one goes to the depot, or back to the tree when the depot is full (a magazine's worth of tree operations).
 * Cores take the lock in the order they ask.
 * As in Linux, magazines are kept per size class (ranges of 1, 2, 4, ... 32 pages) and only ranges of up to
 * {@value #CACHED_PAGES} pages (128 KiB) are cached: a larger range always goes to the tree under the lock
 * ({@code IOVA_RANGE_CACHE_MAX_SIZE} in drivers/iommu/iova.c, from the per-CPU IOVA caching of Peleg et al., USENIX
 * ATC 2015). Times are when the operation is done.
 */
final class IovaAllocator {

    /** The largest range, in 4 KiB pages, that magazines cache. */
    static final int CACHED_PAGES = 32;
    /** Size classes of the magazines: 1, 2, 4, 8, 16 and 32 pages. */
    private static final int CLASSES = 6;
    private static final int PAGE_SHIFT = 12;

    private final MappingConfig config;
    /** Free IOVAs cached per core and size class (magazines), and full magazines in the depot per size class. */
    private int[] cached = new int[64 * CLASSES];
    private final int[] depot = new int[CLASSES];
    private long live;
    /**
     * The global lock's calendar: cores take it in the order of the times they ask for it, which may be ahead of
     * the clock when a core plans its work ahead.
     */
    private final Timeline lock;
    private long lockWaitPs;

    IovaAllocator(MappingConfig config, LongSupplier clock) {
        this.config = config;
        lock = new Timeline(clock);
    }

    /** The slot of core {@code core}'s magazine for {@code sizeClass}. */
    private int slot(HostCore core, int sizeClass) {
        int slot = core.id() * CLASSES + sizeClass;
        if (slot >= cached.length) {
            cached = Arrays.copyOf(cached, Math.max(slot + CLASSES, cached.length * 2));
        }
        return slot;
    }

    /** The size class of a range of {@code bytes}: log2 of its pages, rounded up; -1 when magazines never cache it. */
    static int sizeClass(long bytes) {
        long pages = Math.max(1, (bytes + (1 << PAGE_SHIFT) - 1) >>> PAGE_SHIFT);
        return pages > CACHED_PAGES ? -1 : 64 - Long.numberOfLeadingZeros(pages - 1);
    }

    /** {@code count} buffers were mapped before the run (a driver's rings, filled at start). */
    void premapped(int count) {
        live += count;
    }

    /** Core {@code core} needs an IOVA range of {@code bytes} at {@code atPs}; returns when it has one. */
    long allocate(long atPs, HostCore core, long bytes) {
        live++;
        int sizeClass = sizeClass(bytes);
        if (config.allocator() != MappingConfig.Allocator.PER_CPU_MAGAZINES || sizeClass < 0) {
            return underLock(atPs, treePs());
        }
        int slot = slot(core, sizeClass);
        if (cached[slot] > 0) {
            cached[slot]--;
            return atPs + config.magazineOpPs();
        }
        if (depot[sizeClass] == 0) {
            // Nothing cached anywhere: one range from the tree, under the lock (Linux's alloc_iova_fast falls back
            // to alloc_iova; only frees move whole magazines to the tree).
            return underLock(atPs, treePs());
        }
        depot[sizeClass]--;
        long done = underLock(atPs, 0);
        cached[slot] = config.magazineSize() - 1;
        return done + config.magazineOpPs();
    }

    /** Core {@code core} frees an IOVA range of {@code bytes} at {@code atPs}; returns when it is done. */
    long free(long atPs, HostCore core, long bytes) {
        live = Math.max(0, live - 1);
        int sizeClass = sizeClass(bytes);
        if (config.allocator() != MappingConfig.Allocator.PER_CPU_MAGAZINES || sizeClass < 0) {
            return underLock(atPs, treePs());
        }
        int slot = slot(core, sizeClass);
        if (cached[slot] < 2 * config.magazineSize()) {
            cached[slot]++;
            return atPs + config.magazineOpPs();
        }
        long done;
        if (depot[sizeClass] < config.depotSize()) {
            depot[sizeClass]++;
            done = underLock(atPs, 0);
        } else {
            done = underLock(atPs, treePs() * config.magazineSize());
        }
        cached[slot] -= config.magazineSize() - 1;
        return done + config.magazineOpPs();
    }

    /** One walk of the tree of live ranges: a step per level. */
    private long treePs() {
        return config.treeStepPs() * (64 - Long.numberOfLeadingZeros(live + 1));
    }

    /** Takes the global lock at {@code atPs} (waiting while another core holds it), holds it for {@code workPs}. */
    private long underLock(long atPs, long workPs) {
        long hold = config.lockPs() + workPs;
        long start = lock.book(atPs, hold);
        lockWaitPs += start - atPs;
        return start + hold;
    }

    long lockWaitPs() {
        return lockWaitPs;
    }

}
