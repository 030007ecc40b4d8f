/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.socket;

import static io.platsim.engine.platform.Platforms.NS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.platsim.engine.cache.CacheConfig;
import io.platsim.engine.cache.Inclusion;
import io.platsim.engine.cache.LineArray;
import io.platsim.engine.cache.Protocol;
import io.platsim.engine.cache.Replacement;
import io.platsim.engine.platform.Platforms;
import io.platsim.engine.resource.Channel;
import io.platsim.engine.socket.SocketConfig.SnoopMode;

/**
 * A line dirty both in an inclusive LLC (an earlier write-back) and in a core (written again since) goes to memory
 * once when the LLC pushes it out: the core's data is the newer, and memory takes one line, not the line twice.
 */
class InclusiveWriteBackTest {

    /** An LLC of 32 sets of one way, so a line that takes L's set is easy to find; private caches of 1 and 2 lines. */
    private static final CacheConfig LLC = new CacheConfig(32 * 64, 1, 35 * NS, Replacement.LRU);
    private static final long L = 1000;

    private final long[] clock = {0};

    @Test
    void aLineDirtyInTheLlcAndInACoreIsWrittenOnce() {
        SocketModel socket = new SocketModel(0, Platforms.socketBuilder(0, 0, SnoopMode.HOME_SNOOP, 0,
            Protocol.MESIF, Inclusion.INCLUSIVE).caches(new CacheConfig(64, 1, 2500, Replacement.LRU),
                new CacheConfig(128, 2, 7 * NS, Replacement.LRU), LLC).build(), () -> clock[0], 0);
        SocketModel[] sockets = {socket};
        Channel[] upi = {new Channel("upi0", 50 * NS, 22.4e9, () -> clock[0])};
        CpuAccessPath path = new CpuAccessPath(sockets, upi, new HomeAgents(sockets, upi));
        long[] others = lines(false);
        write(path, 1, L);
        // Two more lines push L out of core 1's two-line L2: its write-back leaves the LLC's copy dirty.
        write(path, 1, others[0]);
        write(path, 1, others[1]);
        assertEquals(-1, socket.holder(L), "core 1 wrote L back");
        assertTrue(socket.llcDirty(L), "the LLC holds L dirty");
        // Written again: core 1 takes it from the LLC, which keeps its copy (and its dirty bit).
        write(path, 1, L);
        assertTrue(socket.llcDirty(L) && socket.heldModified(L), "L is dirty in the LLC and in core 1");
        long before = socket.memory().writes();
        // Core 2 reads a line of L's LLC set: the LLC pushes L out and takes it from core 1.
        clock[0] += 10_000 * NS;
        path.access(clock[0], 0, 2, lines(true)[0], false, 0);
        assertEquals(-1, socket.holder(L), "the inclusive LLC took L from core 1");
        assertEquals(1, socket.memory().writes() - before, "L goes to memory once");
    }

    private void write(CpuAccessPath path, int core, long line) {
        clock[0] += 10_000 * NS;
        path.access(clock[0], 0, core, line, true, 0);
    }

    /** The first two lines after L that take its LLC set ({@code same}), or that do not. */
    private static long[] lines(boolean same) {
        LineArray probe = new LineArray(LLC.bytes(), LLC.ways(), true, LLC.replacement(), 0);
        long[] found = new long[2];
        int n = 0;
        for (long c = L + 1; n < 2; c++) {
            probe.insert(L, (byte) 0, 1);
            boolean collides = LineArray.victimLine(probe.insert(c, (byte) 0, 1)) == L;
            if (collides == same) {
                found[n++] = c;
            }
        }
        return found;
    }
}
