/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.cache;

/**
 * A set-associative array of cache lines with LRU replacement and one byte of state per line. Lines are line
 * numbers (address / 64). Private caches index sets by the low bits of the line number, as hardware does; a
 * sliced LLC spreads lines over its sets with a hash, the way its slice hash spreads them over slices. Fixed
 * size, no allocation after construction.
 */
public final class LineArray {

    /** Size of a cache line in bytes. */
    public static final int LINE = 64;

    private final int sets;
    private final int ways;
    private final boolean hashed;
    private final long[] tags;
    private final long[] stamps;
    private final byte[] states;
    private long clock;
    private long evictedLine = -1;
    private byte evictedState;

    /**
     * @param bytes  capacity
     * @param ways   associativity
     * @param hashed whether sets are chosen by a hash of the line (a sliced LLC) rather than its low bits
     */
    public LineArray(long bytes, int ways, boolean hashed) {
        this.ways = Math.max(1, ways);
        this.sets = (int) Math.max(1, bytes / ((long) this.ways * LINE));
        this.hashed = hashed;
        tags = new long[sets * this.ways];
        stamps = new long[tags.length];
        states = new byte[tags.length];
    }

    public int ways() {
        return ways;
    }

    /** Capacity in lines. */
    public int lines() {
        return tags.length;
    }

    private int base(long line) {
        long index = hashed ? (line * 0x9E3779B97F4A7C15L) >>> 20 : line;
        return (int) Long.remainderUnsigned(index, sets) * ways;
    }

    /** The slot holding {@code line} (made most recently used), or -1. */
    public int find(long line) {
        int base = base(line);
        for (int w = 0; w < ways; w++) {
            if (tags[base + w] == line + 1) {
                stamps[base + w] = ++clock;
                return base + w;
            }
        }
        return -1;
    }

    public byte state(int slot) {
        return states[slot];
    }

    public void state(int slot, byte state) {
        states[slot] = state;
    }

    /**
     * Puts {@code line} into the least recently used of the first {@code limit} ways of its set (all ways when
     * {@code limit} is the associativity). The line that was there, if any, is then {@link #evictedLine()}.
     * Returns the slot.
     */
    public int insert(long line, byte state, int limit) {
        int base = base(line);
        int victim = base;
        int top = Math.min(ways, Math.max(1, limit));
        for (int w = 0; w < top; w++) {
            int at = base + w;
            if (tags[at] == 0) {
                victim = at;
                break;
            }
            if (stamps[at] < stamps[victim]) {
                victim = at;
            }
        }
        evictedLine = tags[victim] - 1;
        evictedState = states[victim];
        tags[victim] = line + 1;
        stamps[victim] = ++clock;
        states[victim] = state;
        return victim;
    }

    /** The line the last {@link #insert} pushed out, or -1. */
    public long evictedLine() {
        return evictedLine;
    }

    /** State of the line the last {@link #insert} pushed out. */
    public byte evictedState() {
        return evictedState;
    }

    /** Drops the line in {@code slot}. */
    public void remove(int slot) {
        tags[slot] = 0;
        states[slot] = 0;
        stamps[slot] = 0;
    }
}
