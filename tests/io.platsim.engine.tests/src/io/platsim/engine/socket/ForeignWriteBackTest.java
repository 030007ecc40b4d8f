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
import io.platsim.engine.cache.Protocol;
import io.platsim.engine.cache.Replacement;
import io.platsim.engine.platform.Platforms;
import io.platsim.engine.resource.Channel;
import io.platsim.engine.socket.SocketConfig.SnoopMode;

/**
 * A core of socket 1 writes a buffer of socket 0's memory four times the size of its caches: every dirty line its
 * caches push out goes back across the inter-socket link to socket 0's memory, none into socket 1's, whether an
 * LLC pushes it out or a private cache without an LLC behind it.
 */
class ForeignWriteBackTest {

    private static final CacheConfig L1 = new CacheConfig(4 << 10, 4, 2500, Replacement.LRU);
    private static final CacheConfig L2 = new CacheConfig(16 << 10, 8, 7 * NS, Replacement.LRU);
    private static final CacheConfig LLC = new CacheConfig(64 << 10, 8, 35 * NS, Replacement.LRU);
    /** Lines of the buffer: 256 KiB, four times the LLC. */
    private static final int LINES = 4096;

    private final long[] clock = {0};
    private SocketModel[] sockets;
    private Channel[] upi;

    @Test
    void dirtyLinesAnLlcPushesOutGoHome() {
        writeBack(LLC);
    }

    @Test
    void dirtyLinesPrivateCachesPushOutWithoutAnLlcGoHome() {
        writeBack(null);
    }

    @Test
    void aModifiedLineTheHomeReadsFromASocketWithoutAnLlcCrossesOnce() {
        CpuAccessPath path = path(null);
        clock[0] = 10_000 * NS;
        path.access(clock[0], 1, 3, 7, true, 0);
        long before = upi[1].bytes();
        clock[0] = 20_000 * NS;
        path.access(clock[0], 0, 2, 7, false, 0);
        // The snoop's answer carries the line to the home, which writes it to memory: no second data message.
        assertEquals(HomeAgents.DATA, upi[1].bytes() - before, "the line crossed once");
        assertEquals(1, sockets[0].memory().writes(), "the home wrote it");
        assertEquals(0, sockets[1].memory().writes());
    }

    /** Two sockets with small private caches and {@code llc} (none when null), under home snoop. */
    private CpuAccessPath path(CacheConfig llc) {
        sockets = new SocketModel[2];
        upi = new Channel[2];
        for (int i = 0; i < 2; i++) {
            sockets[i] = new SocketModel(i, Platforms.socketBuilder(i, 0, SnoopMode.HOME_SNOOP, 0, Protocol.MESIF,
                Inclusion.NON_INCLUSIVE).caches(L1, L2, llc).build(), () -> clock[0], 0);
            upi[i] = new Channel("upi" + i, 50 * NS, 22.4e9, () -> clock[0]);
        }
        return new CpuAccessPath(sockets, upi, new HomeAgents(sockets, upi));
    }

    private void writeBack(CacheConfig llc) {
        CpuAccessPath path = path(llc);
        for (int line = 0; line < LINES; line++) {
            clock[0] += 100 * NS;
            path.access(clock[0], 1, 3, line, true, 0);
        }
        long written = sockets[0].memory().writes();
        assertEquals(0, sockets[1].memory().writes(), "nothing of socket 0's buffer goes to socket 1's memory");
        // Every line but those the caches still hold was pushed out dirty.
        long held = (L1.bytes() + L2.bytes() + (llc == null ? 0 : llc.bytes())) / 64;
        assertTrue(written >= LINES - held && written <= LINES, written + " lines written to socket 0's memory");
        // Each crossed socket 1's link as a data message, besides the write's request.
        long requests = LINES * (long) HomeAgents.MESSAGE;
        assertEquals(requests + written * HomeAgents.DATA, upi[1].bytes(), "socket 1's link carried the data back");
    }
}
