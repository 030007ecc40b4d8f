/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.resource;

import java.util.function.LongSupplier;

/**
 * One host core: its socket, its index there, and the calendar of the work it has taken. A core does one thing at a
 * time, so work asked of a busy core waits for a gap long enough to hold it. Cores come from {@link HostCores}, one
 * object per core, so every piece of work on a core books the same calendar.
 */
public final class HostCore {

    /**
     * Lines a core keeps in flight outside its L1D: its fill buffers, which also serve as its write-combining
     * buffers (Intel Optimization Reference Manual).
     */
    public static final int FILL_BUFFERS = 10;

    private final int socket;
    private final int index;
    private final Timeline calendar;
    /** When each fill buffer is free again: the accesses past the L1D it keeps in flight. */
    private final long[] fillBuffers = new long[FILL_BUFFERS];

    HostCore(int socket, int index, LongSupplier clock) {
        this.socket = socket;
        this.index = index;
        calendar = new Timeline(clock);
    }

    /**
     * When an access past the core's L1D wanted at {@code atPs} gets a fill buffer: at once when one is free, else
     * when the first of them is (the core stalls until then).
     */
    public long fillBufferFreeAt(long atPs) {
        long first = fillBuffers[0];
        for (long free : fillBuffers) {
            first = Math.min(first, free);
        }
        return Math.max(atPs, first);
    }

    /** An access holds a fill buffer, the first free one, until {@code untilPs}. */
    public void holdFillBuffer(long untilPs) {
        int first = 0;
        for (int b = 1; b < fillBuffers.length; b++) {
            if (fillBuffers[b] < fillBuffers[first]) {
                first = b;
            }
        }
        fillBuffers[first] = untilPs;
    }

    /** The socket the core is on. */
    public int socket() {
        return socket;
    }

    /** The core's index on its socket, as the model numbers it. */
    public int index() {
        return index;
    }

    /**
     * A dense number for tables kept per core (an allocator's per-core caches): {@code socket x }
     * {@value HostCores#PER_SOCKET}{@code  + index}.
     */
    public int id() {
        return socket * HostCores.PER_SOCKET + index;
    }

    /** The core's calendar, for a caller that plans several pieces of work before booking them as one. */
    public Timeline calendar() {
        return calendar;
    }

    /** When the core could start work of {@code lengthPs} asked for at {@code readyPs}, without taking it. */
    public long startFor(long readyPs, long lengthPs) {
        return calendar.startFor(readyPs, lengthPs);
    }

    /** The core does work of {@code lengthPs} asked for at {@code readyPs}; returns when it is done. */
    public long run(long readyPs, long lengthPs) {
        return booked(readyPs, readyPs, readyPs + lengthPs);
    }

    /**
     * Books work asked for at {@code readyPs} that was timed from {@code beginPs} (see {@link #startFor}) to
     * {@code endPs}: when the gap found there is too short for all of it now, it takes the first that fits and ends
     * that much later. Returns when it ends.
     */
    public long booked(long readyPs, long beginPs, long endPs) {
        long length = endPs - beginPs;
        if (length <= 0) {
            return endPs;
        }
        return calendar.book(readyPs, length) + length;
    }

    @Override
    public String toString() {
        return "socket " + socket + " core " + index;
    }
}
