/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.resource;

import java.util.function.LongSupplier;

/**
 * The calendar of a resource that does one thing at a time: a link direction, a page walker, a lock, a core. Work
 * is often timed ahead of the simulation clock (a DMA transfer's TLPs, a vCPU's whole answer to a request), so the
 * calendar keeps the intervals it has promised, and new work takes the first idle gap at or
 * after its arrival that is long enough: work arriving early is not stuck behind work booked for later. Intervals
 * that ended before the clock are forgotten, so the calendar holds only what is still ahead. Integer picoseconds,
 * no allocation per booking once the calendar has grown to the work in flight.
 */
public final class Timeline {

    private final LongSupplier clock;
    /** Gaps shorter than this can hold no booking: a booking that leaves one before it joins the interval there. */
    private final long leastLengthPs;
    /** The intervals still ahead are {@code [first, first + count)}; the past before them is dropped lazily. */
    private long[] starts = new long[16];
    private long[] ends = new long[16];
    private int first;
    private int count;
    /** Where the last {@link #gapFrom} stopped: the first interval after the gap it found. */
    private int gapIndex;

    /** @param clock the simulation clock: nothing before it is kept */
    public Timeline(LongSupplier clock) {
        this(clock, 1);
    }

    /**
     * @param clock          the simulation clock: nothing before it is kept
     * @param leastLengthPs  no booking is ever shorter than this (a memory channel's one line, say)
     */
    public Timeline(LongSupplier clock, long leastLengthPs) {
        this.clock = clock;
        this.leastLengthPs = Math.max(1, leastLengthPs);
    }

    /** When work of {@code length} ps arriving at {@code atPs} would start, without booking it. */
    public long startFor(long atPs, long length) {
        forget(clock.getAsLong());
        int last = first + count - 1;
        if (count == 0 || atPs >= ends[last]) {
            return atPs;
        }
        return gapFrom(firstEndingAfter(atPs), atPs, length);
    }

    /**
     * The start of the first gap at or after {@code atPs}, from interval {@code index} on, that fits; the interval
     * after the gap is then {@link #gapIndex} (intervals are sorted and apart, so it is also the first one ending
     * after the gap's start).
     */
    private long gapFrom(int index, long atPs, long length) {
        int end = first + count;
        long start = atPs;
        while (index < end && starts[index] < start + length) {
            start = Math.max(start, ends[index]);
            index++;
        }
        gapIndex = index;
        return start;
    }

    /** Books work of {@code length} ps arriving at {@code atPs} into the first gap that fits; returns its start. */
    public long book(long atPs, long length) {
        forget(clock.getAsLong());
        int end = first + count;
        if (count == 0 || atPs >= ends[end - 1]) {
            insert(end, atPs, atPs + length);
            return atPs;
        }
        int index = firstEndingAfter(atPs);
        long start = gapFrom(index, atPs, length);
        insert(gapIndex, start, start + length);
        return start;
    }

    private int firstEndingAfter(long time) {
        int low = first;
        int high = first + count;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ends[mid] <= time) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private void insert(int index, long start, long end) {
        int stop = first + count;
        if (index > first && start - ends[index - 1] < leastLengthPs) {
            // Joins the interval before. When it also leaves less than a booking before the interval after, the two
            // stay apart: a gap that short books exactly as no gap (nothing fits in it), and a rare join of three
            // would be a branch the compiled home agent first meets mid-run, and is compiled again for.
            ends[index - 1] = end;
            return;
        }
        if (index < stop && starts[index] - end < leastLengthPs) {
            starts[index] = start;
            return;
        }
        if (stop == starts.length) {
            index -= first;
            compact();
            stop = count;
        }
        System.arraycopy(starts, index, starts, index + 1, stop - index);
        System.arraycopy(ends, index, ends, index + 1, stop - index);
        starts[index] = start;
        ends[index] = end;
        count++;
    }

    /** Moves the intervals ahead to the front of the arrays, and doubles them when they were more than half full. */
    private void compact() {
        int size = count * 2 > starts.length ? starts.length * 2 : starts.length;
        long[] newStarts = size == starts.length ? starts : new long[size];
        long[] newEnds = size == ends.length ? ends : new long[size];
        System.arraycopy(starts, first, newStarts, 0, count);
        System.arraycopy(ends, first, newEnds, 0, count);
        starts = newStarts;
        ends = newEnds;
        first = 0;
    }

    private void forget(long now) {
        while (count > 0 && ends[first] <= now) {
            first++;
            count--;
        }
        if (count == 0) {
            first = 0;
        }
    }
}
