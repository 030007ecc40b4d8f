/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.cache;

/**
 * A set-associative array of cache lines with LRU replacement and a small state per line. Lines are line
 * numbers (address / 64). Private caches index sets by the low bits of the line number, as hardware does; a
 * sliced LLC spreads lines over its sets with a hash, the way its slice hash spreads them over slices: it hashes
 * each block of 32 consecutive lines to a first set, and the block's lines take the sets from there on, so the
 * model touches its own memory in runs as long as a buffer's (a line-by-line hash made every DMA line a miss in
 * the host's caches) while addresses a power of two apart still land in unrelated sets. One
 * {@code long[]} holds everything, set by set: each set's keys (the line and its state in one word), then its
 * LRU stamps, so a lookup touches one short stretch of memory even in a cache of tens of megabytes. Fixed size,
 * no allocation after construction.
 */
public final class LineArray {

    /** Size of a cache line in bytes. */
    public static final int LINE = 64;
    /** Bits of a key that hold the line number plus one; the state sits above them. */
    private static final int LINE_BITS = 56;
    private static final long LINE_MASK = (1L << LINE_BITS) - 1;
    /** A sliced LLC hashes blocks of this many consecutive lines (2 KiB), not single lines, onto its sets. */
    private static final int BLOCK_BITS = 5;
    private static final int BLOCK = 1 << BLOCK_BITS;

    private final int sets;
    private final int ways;
    private final boolean hashed;
    /** Per set: {@code ways} keys, then {@code ways} stamps. A slot is the index of its key. */
    private final long[] cells;
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
        cells = new long[Math.multiplyExact(sets, 2 * this.ways)];
    }

    public int ways() {
        return ways;
    }

    /** Capacity in lines. */
    public int lines() {
        return sets * ways;
    }

    private int base(long line) {
        int set;
        if (hashed) {
            // Multiply-shift: a well-mixed 32-bit hash of the line's block scaled onto the sets, without a
            // division; the block's lines take the sets after that one, so a buffer's lines stay in one stretch.
            long hash = ((line >>> BLOCK_BITS) * 0x9E3779B97F4A7C15L) >>> 32;
            set = (int) ((hash * sets) >>> 32) + (int) (line & (BLOCK - 1));
            if (set >= sets) {
                set -= sets;
            }
        } else {
            set = (int) (setMask >= 0 ? line & setMask : Long.remainderUnsigned(line, sets));
        }
        return set * 2 * ways;
    }

    private static long key(long line, byte state) {
        if (line < 0 || line >= LINE_MASK) {
            throw new IllegalArgumentException("line " + line + " is beyond the modelled address space");
        }
        return ((long) state << LINE_BITS) | (line + 1);
    }

    /** The slot holding {@code line} (made most recently used), or -1. */
    public int find(long line) {
        int slot = peek(line);
        if (slot >= 0) {
            cells[slot + ways] = ++clock;
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
        long wanted = line + 1;
        for (int w = 0; w < ways; w++) {
            if ((cells[base + w] & LINE_MASK) == wanted) {
                found = base + w;
                break;
            }
        }
        memoLine = line;
        memoSlot = found;
        return found;
    }

    public byte state(int slot) {
        return (byte) (cells[slot] >>> LINE_BITS);
    }

    public void state(int slot, byte state) {
        cells[slot] = ((long) state << LINE_BITS) | (cells[slot] & LINE_MASK);
    }

    /**
     * Puts {@code line} into the least recently used of the first {@code limit} ways of its set (all ways when
     * {@code limit} is the associativity). The line that was there, if any, is then {@link #evictedLine()}.
     * Returns the slot.
     */
    public int insert(long line, byte state, int limit) {
        long key = key(line, state);
        int base = base(line);
        int victim = base;
        int top = Math.min(ways, Math.max(1, limit));
        for (int w = 0; w < top; w++) {
            int at = base + w;
            if (cells[at] == 0) {
                victim = at;
                break;
            }
            if (cells[at + ways] < cells[victim + ways]) {
                victim = at;
            }
        }
        evictedLine = (cells[victim] & LINE_MASK) - 1;
        evictedState = state(victim);
        cells[victim] = key;
        cells[victim + ways] = ++clock;
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
        if ((cells[slot] & LINE_MASK) - 1 == memoLine) {
            memoSlot = -1;
        }
        cells[slot] = 0;
        cells[slot + ways] = 0;
    }
}
