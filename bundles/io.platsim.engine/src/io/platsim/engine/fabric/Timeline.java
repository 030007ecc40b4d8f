/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.fabric;

import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * The calendar of a resource that does one thing at a time: a link direction, a page walker, a lock. Work is
 * often timed ahead of the simulation clock (a whole DMA path, or a whole request/response transaction, is planned
 * when it starts), so the calendar keeps the intervals it has promised, and new work takes the first idle gap at or
 * after its arrival that is long enough: work arriving early is not stuck behind work booked for later. Intervals
 * that ended before the clock are forgotten, so the calendar holds only what is still ahead. Integer picoseconds,
 * no allocation per booking once the calendar has grown to the work in flight.
 */
public final class Timeline {

    private final LongSupplier clock;
    private long[] starts = new long[16];
    private long[] ends = new long[16];
    private int count;

    /** @param clock the simulation clock: nothing before it is kept */
    public Timeline(LongSupplier clock) {
        this.clock = clock;
    }

    /** When work of {@code length} ps arriving at {@code atPs} would start, without booking it. */
    public long startFor(long atPs, long length) {
        forget(clock.getAsLong());
        if (count == 0 || atPs >= ends[count - 1]) {
            return atPs;
        }
        int index = firstEndingAfter(atPs);
        long start = atPs;
        while (index < count && starts[index] < start + length) {
            start = Math.max(start, ends[index]);
            index++;
        }
        return start;
    }

    /** Books work of {@code length} ps arriving at {@code atPs} into the first gap that fits; returns its start. */
    public long book(long atPs, long length) {
        long start = startFor(atPs, length);
        insert(count == 0 || start >= ends[count - 1] ? count : firstEndingAfter(start), start, start + length);
        return start;
    }

    private int firstEndingAfter(long time) {
        int low = 0;
        int high = count;
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
        if (index > 0 && ends[index - 1] == start) {
            ends[index - 1] = end;
            if (index < count && starts[index] == end) {
                ends[index - 1] = ends[index];
                remove(index);
            }
            return;
        }
        if (index < count && starts[index] == end) {
            starts[index] = start;
            return;
        }
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        System.arraycopy(starts, index, starts, index + 1, count - index);
        System.arraycopy(ends, index, ends, index + 1, count - index);
        starts[index] = start;
        ends[index] = end;
        count++;
    }

    private void remove(int index) {
        System.arraycopy(starts, index + 1, starts, index, count - index - 1);
        System.arraycopy(ends, index + 1, ends, index, count - index - 1);
        count--;
    }

    private void forget(long now) {
        if (count == 0 || ends[0] > now) {
            return;
        }
        int past = firstEndingAfter(now);
        if (past > 0) {
            System.arraycopy(starts, past, starts, 0, count - past);
            System.arraycopy(ends, past, ends, 0, count - past);
            count -= past;
        }
    }
}
