/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.socket;

import static io.platsim.engine.platform.Platforms.NS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.platsim.engine.cache.Inclusion;
import io.platsim.engine.cache.LineStates;
import io.platsim.engine.cache.Protocol;
import io.platsim.engine.socket.SocketConfig.SnoopMode;
import io.platsim.engine.platform.Platforms;
import io.platsim.engine.resource.Channel;

/** What requests leave behind in the caches: no copy survives a write, whoever asks and whatever the protocol. */
class HomeAgentStatesTest {

    private static final long LINE = 1000;

    private final long[] clock = {0};
    private SocketModel[] sockets;
    private HomeAgents homes;

    private CpuAccessPath path(SnoopMode mode, Protocol protocol, Inclusion inclusion, int dmaWays) {
        sockets = new SocketModel[2];
        Channel[] upi = new Channel[2];
        for (int i = 0; i < 2; i++) {
            sockets[i] = new SocketModel(i, Platforms.socket(i, dmaWays, mode, 0, protocol, inclusion),
                () -> clock[0], 0);
            upi[i] = new Channel("upi" + i, 50 * NS, 22.4e9, () -> clock[0]);
        }
        homes = new HomeAgents(sockets, upi);
        return new CpuAccessPath(sockets, upi, homes);
    }

    private void access(CpuAccessPath path, int socket, int core, boolean write) {
        clock[0] += 10_000 * NS;
        path.access(clock[0], socket, core, LINE, write, 0);
    }

    @Test
    void aWriteToAnOwnedLineTakesTheOtherSocketsSharedCopies() {
        for (SnoopMode mode : SnoopMode.values()) {
            CpuAccessPath path = path(mode, Protocol.MOESI, Inclusion.NON_INCLUSIVE, 0);
            access(path, 0, 1, true);
            access(path, 1, 1, false);
            assertEquals(LineStates.OWNED, sockets[0].state(1, LINE), mode + ": the writer keeps it Owned");
            assertEquals(LineStates.SHARED, sockets[1].state(1, LINE), mode + ": the reader shares it");
            access(path, 0, 2, true);
            assertEquals(LineStates.INVALID, sockets[1].state(1, LINE), mode + ": the other socket's copy goes");
        }
    }

    @Test
    void aModifiedLineTheHomeReadsFromAnotherSocketGoesToTheHomesMemory() {
        for (SnoopMode mode : SnoopMode.values()) {
            CpuAccessPath path = path(mode, Protocol.MESIF, Inclusion.NON_INCLUSIVE, 0);
            access(path, 1, 1, true);
            access(path, 0, 1, false);
            assertEquals(LineStates.SHARED, sockets[1].state(1, LINE), mode + ": the writer keeps a clean copy");
            assertEquals(1, sockets[0].memory().writes(), mode + ": its data goes to the home's memory");
            assertEquals(0, sockets[1].memory().writes(), mode + ": not to the writer's");
        }
    }

    @Test
    void aDmaReadLeavesACoresCleanCopyAsItIs() {
        for (Protocol protocol : Protocol.values()) {
            CpuAccessPath path = path(SnoopMode.DIRECTORY, protocol, Inclusion.NON_INCLUSIVE, 0);
            access(path, 0, 1, false);
            assertEquals(LineStates.EXCLUSIVE, sockets[0].state(1, LINE), protocol + ": the core reads it alone");
            for (int read = 0; read < 2; read++) {
                clock[0] += 10_000 * NS;
                homes.dma(new HomeAgents.Served(), (socket, core, result, line, ps) -> { }, false, 0, 0, LINE,
                    clock[0], clock[0]);
            }
            assertEquals(LineStates.EXCLUSIVE, sockets[0].state(1, LINE), protocol + ": still Exclusive");
        }
    }

    @Test
    void aDmaReadLeavesTheOtherSocketsCleanCopyAsItIs() {
        for (SnoopMode mode : new SnoopMode[] {SnoopMode.HOME_SNOOP, SnoopMode.SOURCE_SNOOP}) {
            CpuAccessPath path = path(mode, Protocol.MESIF, Inclusion.NON_INCLUSIVE, 0);
            access(path, 1, 1, false);
            assertEquals(LineStates.EXCLUSIVE, sockets[1].state(1, LINE), mode + ": socket 1's core reads it alone");
            clock[0] += 10_000 * NS;
            homes.dma(new HomeAgents.Served(), (socket, core, result, line, ps) -> { }, false, 0, 0, LINE, clock[0],
                clock[0]);
            assertEquals(LineStates.EXCLUSIVE, sockets[1].state(1, LINE), mode + ": still Exclusive after the read");
        }
    }

    @Test
    void aDmaWriteWithoutDmaWaysTakesTheLlcsStaleCopyAway() {
        CpuAccessPath path = path(SnoopMode.HOME_SNOOP, Protocol.MESIF, Inclusion.INCLUSIVE, 0);
        access(path, 0, 1, false);
        assertTrue(sockets[0].llcHolds(LINE), "the inclusive LLC holds what the core read");
        HomeAgents.Served served = new HomeAgents.Served();
        clock[0] += 10_000 * NS;
        homes.dma(served, (socket, core, result, line, ps) -> { }, true, 0, 0, LINE, clock[0], clock[0]);
        assertFalse(sockets[0].llcHolds(LINE), "the device's data goes to memory; the LLC's copy is stale");
        assertEquals(-1, sockets[0].holder(LINE), "and no core keeps one");
    }
}
