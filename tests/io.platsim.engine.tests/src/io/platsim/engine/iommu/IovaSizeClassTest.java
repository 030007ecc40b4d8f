/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.iommu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.platsim.engine.resource.HostCore;
import io.platsim.engine.resource.HostCores;

/**
 * Per-CPU magazines cache IOVA ranges of up to 128 KiB, by size class, as Linux does; a larger range always goes to
 * the tree under the global lock.
 */
class IovaSizeClassTest {

    private static final long NS = 1000;

    /** Mapping costs of 40 ns for the lock, 25 ns per tree level and 10 ns a magazine operation. */
    private static IovaAllocator magazines() {
        return new IovaAllocator(IommuTest.mapping(MappingConfig.Allocator.PER_CPU_MAGAZINES, false), () -> 0);
    }

    @Test
    void sizeClassesRoundUpToPowersOfTwoPagesUpTo128Kib() {
        assertEquals(0, IovaAllocator.sizeClass(64));
        assertEquals(0, IovaAllocator.sizeClass(4096));
        assertEquals(1, IovaAllocator.sizeClass(4097));
        assertEquals(5, IovaAllocator.sizeClass(128 * 1024));
        assertEquals(-1, IovaAllocator.sizeClass(128 * 1024 + 1));
    }

    @Test
    void aCachedSizeCostsAMagazineOperationALargerOneTheLockedTree() {
        IovaAllocator allocator = magazines();
        HostCore core = new HostCores(() -> 0).core(0, 0);
        long t = 0;
        // Nothing cached yet: the first 64 KiB range comes from the tree; freed, it goes to the core's magazine of
        // its class, and the next comes from there.
        t = allocator.allocate(t, core, 64 * 1024);
        t = allocator.free(t, core, 64 * 1024);
        long cached = allocator.allocate(t, core, 64 * 1024) - t;
        assertEquals(10 * NS, cached, "a 64 KiB range from the core's magazine");
        // A 1500-byte range is another class: its magazine is empty, so it comes from the tree.
        long otherClass = allocator.allocate(t, core, 1500) - t;
        assertTrue(otherClass > 40 * NS, "another size class has its own magazine: " + otherClass + " ps");
        for (int i = 0; i < 3; i++) {
            long large = allocator.allocate(t, core, 256 * 1024) - t;
            assertTrue(large >= (40 + 25) * NS, "a 256 KiB range takes the lock and walks the tree: " + large + " ps");
            t += large;
            long freed = allocator.free(t, core, 256 * 1024) - t;
            assertTrue(freed >= (40 + 25) * NS, "and gives it back the same way: " + freed + " ps");
            t += freed;
        }
    }

    @Test
    void anEmptyMagazineTakesOneRangeFromTheTreeNotAMagazinesWorth() {
        IovaAllocator allocator = magazines();
        HostCore core = new HostCores(() -> 0).core(0, 0);
        // The lock's 40 ns and one walk of the tree (two levels, 50 ns), not 127 walks to fill a magazine of 127:
        // Linux's alloc_iova_fast takes a single range from the tree when the caches have none.
        assertEquals((40 + 2 * 25) * NS, allocator.allocate(0, core, 4096));
    }
}
