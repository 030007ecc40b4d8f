/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.fabric;

/**
 * One direction of a link: transfers are serialized one after another at the channel's bandwidth (first come,
 * first served) and then take the channel's latency to arrive. A transfer that finds the channel busy waits;
 * that wait is its queueing delay. Everything is integer picoseconds, so results are exact and repeatable.
 */
public final class Channel {

    private final String name;
    private final long latencyPs;
    private final double psPerByte;
    private long freeAt;
    private long transfers;
    private long bytes;
    private long busyPs;
    private long queuedPs;
    private long lastSerializationPs;

    /**
     * @param name         for statistics and messages
     * @param latencyPs    time from the end of serialization to arrival
     * @param bytesPerSec  bandwidth; {@link Double#POSITIVE_INFINITY} for a channel that never serializes
     */
    public Channel(String name, long latencyPs, double bytesPerSec) {
        if (latencyPs < 0 || !(bytesPerSec > 0)) {
            throw new IllegalArgumentException(name + ": latency must be 0 or more and bandwidth above 0");
        }
        this.name = name;
        this.latencyPs = latencyPs;
        this.psPerByte = 1e12 / bytesPerSec;
    }

    public String name() {
        return name;
    }

    /** Time to serialize {@code size} bytes, in ps (rounded up). */
    public long serializationPs(long size) {
        return (long) Math.ceil(size * psPerByte);
    }

    /** Sends {@code size} bytes offered at {@code nowPs}; returns when they arrive at the far end. */
    public long send(long nowPs, long size) {
        long start = Math.max(nowPs, freeAt);
        long serialization = serializationPs(size);
        queuedPs += start - nowPs;
        freeAt = start + serialization;
        busyPs += serialization;
        lastSerializationPs = serialization;
        transfers++;
        bytes += size;
        return freeAt + latencyPs;
    }

    /** Serialization time of the last transfer, in ps. */
    public long lastSerializationPs() {
        return lastSerializationPs;
    }

    /** When the channel next becomes free. */
    public long freeAt() {
        return freeAt;
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
