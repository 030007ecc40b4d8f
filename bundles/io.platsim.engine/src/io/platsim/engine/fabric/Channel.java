/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.fabric;

import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * One direction of a link, or any resource that serves one transfer at a time: a transfer is serialized at the
 * channel's bandwidth, in the first idle gap at or after its arrival that is long enough, and then takes the
 * channel's latency to reach the far end. Transfers are often timed ahead of the simulation clock (a whole DMA
 * path is planned when it is issued), so the channel keeps a calendar of the intervals it has promised: a
 * transfer arriving early is not stuck behind one booked for later. Intervals that ended before the clock are
 * forgotten, so the calendar holds only what is still ahead. Integer picoseconds throughout, no allocation per
 * transfer.
 */
public final class Channel {

    private final String name;
    private final long latencyPs;
    private final double psPerByte;
    private final LongSupplier clock;
    private long[] starts = new long[16];
    private long[] ends = new long[16];
    private int count;
    private long transfers;
    private long bytes;
    private long busyPs;
    private long queuedPs;
    private long lastEndPs;
    private long lastStartPs;

    /**
     * @param name         for statistics and messages
     * @param latencyPs    time from the end of serialization to arrival
     * @param bytesPerSec  bandwidth
     * @param clock        the simulation clock: no transfer ever arrives before it
     */
    public Channel(String name, long latencyPs, double bytesPerSec, LongSupplier clock) {
        if (latencyPs < 0 || !(bytesPerSec > 0)) {
            throw new IllegalArgumentException(name + ": latency must be 0 or more and bandwidth above 0");
        }
        this.name = name;
        this.latencyPs = latencyPs;
        this.psPerByte = 1e12 / bytesPerSec;
        this.clock = clock;
    }

    public String name() {
        return name;
    }

    /** Time to serialize {@code size} bytes, in ps (rounded up). */
    public long serializationPs(long size) {
        return (long) Math.ceil(size * psPerByte);
    }

    /** Sends {@code size} bytes arriving at {@code atPs}; returns when they reach the far end. */
    public long send(long atPs, long size) {
        return book(atPs, Math.max(1, serializationPs(size)), size) + latencyPs;
    }

    /** When a transfer of {@code length} ps arriving at {@code atPs} would start. */
    private long startFor(long atPs, long length) {
        forget(clock.getAsLong());
        int index = firstEndingAfter(atPs);
        long start = atPs;
        while (index < count && starts[index] < start + length) {
            start = Math.max(start, ends[index]);
            index++;
        }
        return start;
    }

    private long book(long atPs, long length, long size) {
        long start = startFor(atPs, length);
        insert(firstEndingAfter(start), start, start + length);
        queuedPs += start - atPs;
        busyPs += length;
        transfers++;
        bytes += size;
        lastStartPs = start;
        lastEndPs = start + length;
        return lastEndPs;
    }

    /** When the last transfer finished serializing: the sender may put its next one on the channel then. */
    public long lastEndPs() {
        return lastEndPs;
    }

    /** When the last transfer started serializing: it was accepted by the channel then. */
    public long lastStartPs() {
        return lastStartPs;
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
        int past = firstEndingAfter(now);
        if (past > 0) {
            System.arraycopy(starts, past, starts, 0, count - past);
            System.arraycopy(ends, past, ends, 0, count - past);
            count -= past;
        }
    }

    public long latencyPs() {
        return latencyPs;
    }

    public long transfers() {
        return transfers;
    }

    public long bytes() {
        return bytes;
    }

    /** Total serialization time so far, in ps: utilisation is this over elapsed time. */
    public long busyPs() {
        return busyPs;
    }

    /** Total time transfers waited for the channel, in ps. */
    public long queuedPs() {
        return queuedPs;
    }
}
