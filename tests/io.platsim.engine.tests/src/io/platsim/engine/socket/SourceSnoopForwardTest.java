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
import io.platsim.engine.cache.LineStates;
import io.platsim.engine.cache.Protocol;
import io.platsim.engine.platform.Platforms;
import io.platsim.engine.resource.Channel;
import io.platsim.engine.socket.SocketConfig.SnoopMode;

/**
 * Three sockets under source snoop: a core of socket 1 reads a line of socket 0's memory that a core of socket 2
 * holds modified. The requester snoops socket 2 itself, whose core sends it the line; the home only completes the
 * request with a message, so the line crosses the link to the requester once and the read takes one snoop's round
 * trip, not a third crossing from home.
 */
class SourceSnoopForwardTest {

    private static final long LINE = 1000;
    private static final long LINK = 50 * NS;

    private final long[] clock = {0};

    private SocketModel[] sockets;
    private Channel[] upi;

    private CpuAccessPath path() {
        sockets = new SocketModel[3];
        upi = new Channel[3];
        for (int i = 0; i < 3; i++) {
            sockets[i] = new SocketModel(i, Platforms.socket(i, 0, SnoopMode.SOURCE_SNOOP, 0, Protocol.MESIF,
                Inclusion.NON_INCLUSIVE), () -> clock[0], 0);
            upi[i] = new Channel("upi" + i, LINK, 22.4e9, () -> clock[0]);
        }
        CpuAccessPath path = new CpuAccessPath(sockets, upi, new HomeAgents(sockets, upi));
        clock[0] = 10_000 * NS;
        path.access(clock[0], 2, 1, LINE, true, 0);
        clock[0] = 20_000 * NS;
        return path;
    }

    @Test
    void aWriteWaitsForTheHomesCompletionToo() {
        long read = path().access(clock[0], 1, 1, LINE, false, 0) - clock[0];
        long write = path().access(clock[0], 1, 1, LINE, true, 0) - clock[0];
        // A write owns the line only once the home has seen every copy go: its completion crosses the link after.
        assertTrue(write >= read + LINK, "write " + write + " ps, read " + read + " ps");
        assertEquals(LineStates.INVALID, sockets[2].state(1, LINE), "the owner's copy went");
    }

    @Test
    void aDirtyLineOnAThirdSocketGoesStraightToTheRequester() {
        CpuAccessPath path = path();
        assertEquals(LineStates.MODIFIED, sockets[2].state(1, LINE), "socket 2's core holds the line modified");
        long homeBytes = upi[0].bytes();
        long latency = path.access(clock[0], 1, 1, LINE, false, 0) - clock[0];
        assertEquals(HomeAgents.MESSAGE, upi[0].bytes() - homeBytes, "the home sends its completion, not the line");
        // The snoop crosses to socket 2, its core answers, the line crosses back (a few ns on the wire each way).
        long roundTrip = 2 * LINK + sockets[2].config().snoopModifiedPs();
        assertTrue(latency <= roundTrip + 10 * NS, latency + " ps for a snoop round trip of " + roundTrip + " ps");
        assertEquals(LineStates.SHARED, sockets[2].state(1, LINE), "the owner keeps a clean copy");
    }
}
