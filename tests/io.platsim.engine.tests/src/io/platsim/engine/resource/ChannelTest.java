/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A channel serializes at its bandwidth, queues what arrives while busy, and fills gaps left for later. */
class ChannelTest {

    private long now;
    /** 1 byte per ns (1 GB/s) and 10 ns of latency: a 100-byte transfer takes 100 ns plus 10 ns. */
    private final Channel channel = new Channel("c", 10_000, 1e9, () -> now);

    @Test
    void backToBackTransfersQueue() {
        assertEquals(110_000, channel.send(0, 100));
        assertEquals(210_000, channel.send(0, 100), "the second waits for the first");
        assertEquals(100_000, channel.queuedPs());
        assertEquals(200_000, channel.busyPs());
        assertEquals(200_000, channel.accept(0, 100), "a third is accepted once the second has left");
        assertEquals(100_000, channel.lengthPs(100));
    }

    @Test
    void anEarlyArrivalUsesTheGapBeforeALaterBooking() {
        assertEquals(1_010_000, channel.send(900_000, 100), "booked for later: 900 to 1000 ns");
        assertEquals(110_000, channel.send(0, 100), "arrives earlier and fits before it");
        assertEquals(1_110_000, channel.send(850_000, 100), "does not fit the 100 ns gap left: goes after");
        assertEquals(50_000, channel.queuedPs() / 3, "mean wait of the three");
    }

    @Test
    void thePastIsForgottenAndLongRunsStayCorrect() {
        long arrival = 0;
        for (int i = 0; i < 100_000; i++) {
            now = arrival;
            assertEquals(arrival + 110_000, channel.send(arrival, 100), "an idle channel never queues");
            arrival += 200_000;
        }
        assertEquals(0, channel.queuedPs());
    }
}
