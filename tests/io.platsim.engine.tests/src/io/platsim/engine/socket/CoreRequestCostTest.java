/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.socket;

import static io.platsim.engine.platform.Platforms.NS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.platsim.engine.cache.Inclusion;
import io.platsim.engine.cache.Protocol;
import io.platsim.engine.socket.SocketConfig.SnoopMode;
import io.platsim.engine.platform.Platforms;
import io.platsim.engine.resource.Channel;
import io.platsim.engine.trace.TraceSink;

/**
 * What single core requests cost on idle sockets of the metamodel's default figures: 10 ns lookup, 7 ns L2 hit,
 * 35 ns LLC hit, so a clean snoop costs 17 ns and a modified one 52 ns (it travels through the LLC), 90 ns memory
 * and a 50 ns inter-socket link. Each request is timed alone, far from the one before.
 */
class CoreRequestCostTest {

    private static final long LINE = 1000;
    private static final long GAP = 10_000 * NS;

    private final long[] clock = {0};
    private SocketModel[] sockets;

    private CpuAccessPath path(SnoopMode mode, Protocol protocol, Inclusion inclusion, int count) {
        return path(mode, protocol, inclusion, count, 0);
    }

    private CpuAccessPath path(SnoopMode mode, Protocol protocol, Inclusion inclusion, int count, int hitMe) {
        sockets = new SocketModel[count];
        for (int i = 0; i < count; i++) {
            SocketConfig config = Platforms.socketBuilder(i, 0, mode, 0, protocol, inclusion).snoopMode(mode, 0, hitMe)
                .build();
            sockets[i] = new SocketModel(i, config, () -> clock[0], 0);
        }
        Channel[] upi = null;
        if (count > 1) {
            upi = new Channel[count];
            for (int i = 0; i < count; i++) {
                upi[i] = new Channel("upi" + i, 50 * NS, 22.4e9, () -> clock[0]);
            }
        }
        return new CpuAccessPath(sockets, upi, new HomeAgents(sockets, upi));
    }

    /** Core {@code core} of socket {@code socket} accesses the line homed on {@code home}; returns its latency. */
    private long access(CpuAccessPath path, int socket, int core, boolean write, int home) {
        clock[0] += GAP;
        long line = home * (256L << 30) / SocketModel.LINE + LINE;
        return path.access(clock[0], socket, core, line, write, home) - clock[0];
    }

    @Test
    void aLineAnotherCoreHoldsModifiedCostsOneModifiedSnoop() {
        CpuAccessPath path = path(SnoopMode.DIRECTORY, Protocol.MESIF, Inclusion.NON_INCLUSIVE, 1);
        access(path, 0, 1, true, 0);
        long read = access(path, 0, 2, false, 0);
        assertEquals(52 * NS, read, "the modified snoop's 52 ns already hold the requester's LLC lookup");
        assertEquals(1, path.coreSnoops(TraceSink.SNOOP_MODIFIED));
    }

    @Test
    void anInclusiveLlcStillSnoopsACoreHoldingTheLineExclusive() {
        for (Protocol protocol : Protocol.values()) {
            CpuAccessPath path = path(SnoopMode.DIRECTORY, protocol, Inclusion.INCLUSIVE, 1);
            access(path, 0, 1, false, 0);
            long read = access(path, 0, 2, false, 0);
            assertEquals(1, path.coreSnoops(TraceSink.SNOOP_CLEAN),
                protocol + ": the Exclusive copy may have been written silently; it is snooped");
            assertEquals((35 + 17) * NS, read, protocol + ": an LLC lookup, then the snoop");
        }
    }

    @Test
    void aRemoteReadOfALineModifiedAtItsHomeSkipsTheDirectoryRead() {
        CpuAccessPath path = path(SnoopMode.DIRECTORY, Protocol.MESIF, Inclusion.NON_INCLUSIVE, 2);
        access(path, 0, 1, true, 0);
        SocketModel home = sockets[0];
        long reads = home.memory().reads();
        long read = access(path, 1, 1, false, 0);
        assertEquals(reads, home.memory().reads(),
            "the snoop filter says a core of the home owns the line: no other socket can hold it");
        assertEquals(1, path.coreSnoops(TraceSink.SNOOP_MODIFIED));
        assertTrue(read < (50 + 10 + 90 + 50) * NS,
            "remote HITM " + read + " ps: the link, the modified snoop and the way back, no memory read");
        assertTrue(read >= (50 + 52 + 50) * NS, "remote HITM " + read + " ps");
    }

    @Test
    void aRemoteWriteOfALineModifiedAtItsHomeTakesTheOwnersDataNotMemorys() {
        for (SnoopMode mode : SnoopMode.values()) {
            CpuAccessPath path = path(mode, Protocol.MESIF, Inclusion.NON_INCLUSIVE, 2);
            access(path, 0, 1, true, 0);
            long reads = sockets[0].memory().reads();
            long write = access(path, 1, 1, true, 0);
            assertEquals(reads, sockets[0].memory().reads(), mode + ": the dirty owner sends the line");
            assertTrue(write < (50 + 10 + 90 + 50) * NS, mode + ": remote write of a modified line " + write + " ps");
        }
    }

    @Test
    void aHitMeCacheSparesALineThatLivesInTheOtherSocketTheDirectoryRead() {
        long[] latency = new long[2];
        long[] reads = new long[2];
        for (int hitMe = 0; hitMe <= 1; hitMe++) {
            CpuAccessPath path = path(SnoopMode.DIRECTORY, Protocol.MESIF, Inclusion.NON_INCLUSIVE, 2, hitMe * 64);
            // A core of socket 1 writes the line homed on socket 0; then a core of socket 0 reads it.
            access(path, 1, 1, true, 0);
            long before = sockets[0].memory().reads();
            latency[hitMe] = access(path, 0, 1, false, 0);
            reads[hitMe] = sockets[0].memory().reads() - before;
            assertEquals(1, path.coreSnoops(TraceSink.SNOOP_MODIFIED), "the owner in socket 1 is snooped");
        }
        assertEquals(1, reads[0], "without HitME the home reads the directory before it snoops");
        assertEquals(0, reads[1], "HitME knows the line went to socket 1: no directory read");
        assertTrue(latency[1] + 80 * NS < latency[0], "HitME " + latency[1] + " ps vs " + latency[0] + " ps");
        assertTrue(latency[1] >= (10 + 50 + 52 + 50) * NS, "the lookup, the snoop across and back: " + latency[1]);
    }

    @Test
    void aDirectoryStillReadsMemoryWhenTheHomeOnlyHoldsTheLineShared() {
        CpuAccessPath path = path(SnoopMode.DIRECTORY, Protocol.MESI, Inclusion.NON_INCLUSIVE, 2);
        access(path, 0, 1, false, 0);
        access(path, 1, 1, false, 0);
        SocketModel home = sockets[0];
        long reads = home.memory().reads();
        access(path, 1, 2, false, 0);
        assertEquals(reads + 1, home.memory().reads(), "shared copies may be anywhere: the directory is read");
    }
}
