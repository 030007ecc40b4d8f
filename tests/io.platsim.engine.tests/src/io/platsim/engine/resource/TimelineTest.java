/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** A resource's calendar books the first gap that fits, as a plain list of every booking does. */
class TimelineTest {

    private long now;

    @Test
    void bookingsTakeTheFirstGapThatFitsAsAPlainListOfBookingsDoes() {
        // No booking is shorter than 10 ps: the calendar closes shorter gaps, where nothing could fit anyway.
        long least = 10;
        Timeline timeline = new Timeline(() -> now, least);
        List<long[]> booked = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 100_000; i++) {
            // The clock moves on 40 ps a booking on average, the bookings take about 26: busy, not overbooked.
            now += random.nextInt(80);
            long at = now + random.nextLong(random.nextBoolean() ? 40 : 600);
            // Lengths of one or a few shortest bookings, so that gaps are filled exactly, joined or left open.
            long length = least * (1 + random.nextInt(4)) + (random.nextInt(3) == 0 ? random.nextInt(7) : 0);
            booked.removeIf(interval -> interval[1] <= now);
            long expected = firstFit(booked, at, length);
            assertEquals(expected, timeline.startFor(at, length), "asked " + i + ": " + length + " ps at " + at);
            assertEquals(expected, timeline.book(at, length), "booking " + i + ": " + length + " ps at " + at);
            booked.add(new long[] {expected, expected + length});
        }
    }

    /** The earliest start at or after {@code at} where {@code length} overlaps no booking. */
    private static long firstFit(List<long[]> booked, long at, long length) {
        long start = at;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (long[] interval : booked) {
                if (interval[0] < start + length && start < interval[1]) {
                    start = interval[1];
                    moved = true;
                }
            }
        }
        return start;
    }
}
