/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.iommu;

import java.util.Arrays;

/**
 * The I/O virtual addresses that per-I/O mappings get: each mapping pages of its own, so two buffers that share a
 * page of memory never share a translation (a transfer's first lookup of each page misses the IOTLB). As in Linux,
 * a device's IOVAs are taken top down from a 4 GiB window ({@code iommu_dma_alloc_iova} in drivers/iommu/dma-iommu.c
 * tries a PCI device's 32-bit addresses first; PlatSim's window lies apart from every buffer, whose addresses the
 * model's other translations use), ranges are rounded up to a power of two pages, and a freed range is handed out
 * again first (the per-CPU caches of drivers/iommu/iova.c give back the range freed last), so the live ranges stay
 * under the same upper-level page tables. A range is free once its unmap's invalidation is done: at once under
 * strict invalidation, after the flush under deferred. Which address a range gets costs no time; what allocating it
 * costs is {@link IovaAllocator}'s.
 */
final class IovaSpace {

    /** The window's first address, apart from buffers, flows' buffers and translation tables. */
    private static final long BASE = 7L << 40;
    /** Where IOVAs are taken from, downwards: the window's end, 4 GiB above its base. */
    private static final long TOP = BASE + (1L << 32);
    /** Size classes: ranges of 1, 2, 4, ... pages, up to the whole window of 4 KiB pages. */
    private static final int CLASSES = 21;

    private final int pageShift;
    /** Free ranges per size class, the last freed on top. */
    private final long[][] free = new long[CLASSES][16];
    private final int[] freeCount = new int[CLASSES];
    /** The lowest page handed out so far (IOVAs below it were never used). */
    private long lowestPage;

    IovaSpace(int pageShift) {
        this.pageShift = pageShift;
        lowestPage = TOP >>> pageShift;
    }

    /** The size class of a range of {@code pages}: log2 of its pages, rounded up; -1 when larger than the window. */
    private int sizeClass(long pages) {
        return pages > (TOP - BASE) >>> pageShift ? -1 : 64 - Long.numberOfLeadingZeros(pages - 1);
    }

    private long pages(long address, long bytes) {
        long first = address >>> pageShift;
        long last = (address + Math.max(1, bytes) - 1) >>> pageShift;
        return last - first + 1;
    }

    /**
     * A mapping of the {@code bytes} at {@code address}: returns the IOVA the device uses for {@code address} (the
     * range's first page, and the address's offset in its page).
     */
    long map(long address, long bytes) {
        long pages = pages(address, bytes);
        int sizeClass = sizeClass(pages);
        long page;
        if (sizeClass < 0) {
            throw new IllegalArgumentException(bytes + " bytes do not fit the 4 GiB IOVA window");
        }
        if (freeCount[sizeClass] > 0) {
            page = free[sizeClass][--freeCount[sizeClass]];
        } else {
            long span = 1L << sizeClass;
            if (lowestPage - span < BASE >>> pageShift) {
                // The window is used up: start from the top again (ranges freed are handed out first, so the live
                // and pending ranges, a few rings' worth, lie far below the top by now).
                lowestPage = TOP >>> pageShift;
            }
            lowestPage -= span;
            page = lowestPage;
        }
        return (page << pageShift) | (address & ((1L << pageShift) - 1));
    }

    /** An IOVA no mapping holds yet: below the lowest range handed out, at {@code address}'s offset in its page. */
    long unmapped(long address) {
        return ((lowestPage - 1) << pageShift) | (address & ((1L << pageShift) - 1));
    }

    /**
     * The mapping of {@code bytes} at {@code iova} is gone: its range may be reused when {@link #map} gave it (a
     * mapping that kept its buffer's address, as a flow's or a registration's does, has no range here).
     */
    void free(long iova, long bytes) {
        int sizeClass = sizeClass(pages(iova, bytes));
        if (sizeClass < 0 || iova < BASE || iova >= TOP) {
            return;
        }
        long[] stack = free[sizeClass];
        if (freeCount[sizeClass] == stack.length) {
            free[sizeClass] = stack = Arrays.copyOf(stack, stack.length * 2);
        }
        stack[freeCount[sizeClass]++] = iova >>> pageShift;
    }
}
