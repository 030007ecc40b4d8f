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
    /** sets - 1 when sets is a power of two, else -1. */
    private final long setMask;
    private long memoLine = -1;
    private int memoSlot = -1;
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
        setMask = Integer.bitCount(sets) == 1 ? sets - 1 : -1;
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
        if (hashed) {
            // Multiply-shift: a well-mixed 32-bit hash scaled onto the sets, without a division.
            long hash = (line * 0x9E3779B97F4A7C15L) >>> 32;
            return (int) ((hash * sets) >>> 32) * ways;
        }
        return (int) (setMask >= 0 ? line & setMask : Long.remainderUnsigned(line, sets)) * ways;
    }

    /** The slot holding {@code line} (made most recently used), or -1. */
    public int find(long line) {
        int slot = peek(line);
        if (slot >= 0) {
            stamps[slot] = ++clock;
        }
        return slot;
    }

    /**
     * The slot holding {@code line}, or -1, without counting as a use (a snoop looking). The last answer is
     * remembered: the models ask about the same line several times in a row.
     */
    public int peek(long line) {
        if (line == memoLine) {
            return memoSlot;
        }
        int base = base(line);
        int found = -1;
        for (int w = 0; w < ways; w++) {
            if (tags[base + w] == line + 1) {
                found = base + w;
                break;
            }
        }
        memoLine = line;
        memoSlot = found;
        return found;
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
        memoLine = line;
        memoSlot = victim;
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
        if (tags[slot] - 1 == memoLine) {
            memoSlot = -1;
        }
        tags[slot] = 0;
        states[slot] = 0;
        stamps[slot] = 0;
    }
}
