/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.resource;

import java.util.function.LongSupplier;

/**
 * One direction of a link, or any resource that serves one transfer at a time: a transfer is serialized at the
 * channel's bandwidth, in the first idle gap at or after its arrival that is long enough, and then takes the
 * channel's latency to reach the far end. Transfers are often timed ahead of the simulation clock (a DMA
 * transfer's TLPs are put on the links when it starts), so the channel books them on a {@link Timeline}: a
 * transfer arriving early is not stuck behind one booked for later. Integer picoseconds throughout.
 */
public final class Channel {

    private final String name;
    private final long latencyPs;
    private final double psPerByte;
    private final Timeline calendar;
    private long transfers;
    private long bytes;
    private long busyPs;
    private long queuedPs;
    /** The last size serialized and its time: most channels carry one size over and over (a line, a TLP). */
    private long memoSize = -1;
    private long memoPs;

    /**
     * @param name         for statistics and messages
     * @param latencyPs    time from the end of serialization to arrival
     * @param bytesPerSec  bandwidth
     * @param clock        the simulation clock: no transfer ever arrives before it
     */
    public Channel(String name, long latencyPs, double bytesPerSec, LongSupplier clock) {
        this(name, latencyPs, bytesPerSec, clock, 0);
    }

    /**
     * A channel whose transfers are never smaller than {@code leastBytes} (a memory channel's line): idle gaps
     * too short for one can hold nothing, so its calendar closes them where it can, which keeps it short and
     * changes no transfer's timing.
     */
    public Channel(String name, long latencyPs, double bytesPerSec, LongSupplier clock, long leastBytes) {
        if (latencyPs < 0 || !(bytesPerSec > 0)) {
            throw new IllegalArgumentException(name + ": latency must be 0 or more and bandwidth above 0");
        }
        this.name = name;
        this.latencyPs = latencyPs;
        this.psPerByte = 1e12 / bytesPerSec;
        calendar = new Timeline(clock, Math.max(1, serializationPs(leastBytes)));
    }

    public String name() {
        return name;
    }

    /** Time to serialize {@code size} bytes, in ps (rounded up). */
    public long serializationPs(long size) {
        if (size != memoSize) {
            memoPs = (long) Math.ceil(size * psPerByte);
            memoSize = size;
        }
        return memoPs;
    }

    /** Sends {@code size} bytes arriving at {@code atPs}; returns when they reach the far end. */
    public long send(long atPs, long size) {
        return accept(atPs, size) + lengthPs(size) + latencyPs;
    }

    /**
     * Puts {@code size} bytes arriving at {@code atPs} on the channel; returns when they start serializing (the
     * channel accepted them then). They have left {@link #lengthPs} later, when the sender may put its next
     * transfer on, and reach the far end {@link #latencyPs} after that: {@link #send} in steps.
     */
    public long accept(long atPs, long size) {
        long length = lengthPs(size);
        long start = calendar.book(atPs, length);
        queuedPs += start - atPs;
        busyPs += length;
        transfers++;
        bytes += size;
        return start;
    }

    /** How long {@code size} bytes hold the channel: their serialization, at least 1 ps. */
    public long lengthPs(long size) {
        return Math.max(1, serializationPs(size));
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
