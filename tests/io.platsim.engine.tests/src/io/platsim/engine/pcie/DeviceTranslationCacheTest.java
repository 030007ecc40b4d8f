/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.pcie;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A device's cache of memory-region translations (an RDMA NIC's) holds an entry once the read that brings it from
 * host memory is done: a lookup while that read is under way waits for it, as the IOTLB's lookups wait for a walk.
 */
class DeviceTranslationCacheTest {

    private static final long NS = 1000;

    @Test
    void aLookupUnderAnEntrysReadWaitsForIt() {
        DeviceNode nic = new DeviceNode(DeviceConfig.of("rnic", 100 * NS, 64).memoryTranslation(1024, 4096).build(),
            () -> 0);
        assertEquals(-1, nic.cachedAt(7, 0), "cold: the entry is read from host memory");
        nic.filled(7, 0, 800 * NS);
        assertEquals(800 * NS, nic.cachedAt(7, 300 * NS), "the read under way brings it at 800 ns");
        assertEquals(900 * NS, nic.cachedAt(7, 900 * NS), "then it is there at once");
        assertEquals(1, stat(nic, "translation_misses"), "one miss, then two hits");
        assertEquals(3, stat(nic, "translation_lookups"));
    }

    private static long stat(DeviceNode node, String name) {
        return node.spec().stats().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().value()
            .getAsLong();
    }
}
