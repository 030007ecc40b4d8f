/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.cache;

import java.util.Arrays;

/**
 * A set-associative array of cache lines with a replacement policy ({@link Replacement}) and a small state per line.
 * Lines are line
 * numbers (address / 64). Private caches index sets by the low bits of the line number, as hardware does; a
 * sliced LLC spreads lines over its sets with a hash, the way its slice hash spreads them over slices: it hashes
 * each block of 32 consecutive lines to a first set, and the block's lines take the sets from there on, so the
 * model touches its own memory in runs as long as a buffer's (a line-by-line hash made every DMA line a miss in
 * the host's caches) while addresses a power of two apart still land in unrelated sets.
 * <p>
 * One {@code long} per way holds everything about it: the line (plus one, so 0 is an empty way), its state, and
 * seven bits of replacement state: under LRU its recency rank within the set (0 for the most recently used, up to
 * ways - 1), as the age bits of a hardware true-LRU set do; under RRIP its re-reference prediction (0 to 3); under
 * tree pseudo-LRU the bit of the tree's inner node whose number is the way's within the set (nodes 1 to ways - 1).
 * A set is one short stretch of {@code ways} words, so a lookup and its LRU update touch a few of
 * the host's cache lines even in a cache of tens of megabytes, and the array takes 8 bytes per modelled line.
 * Fixed size, no allocation after construction.
 */
public final class LineArray {

    /** Size of a cache line in bytes. */
    public static final int LINE = 64;
    /** Most ways a set may have: its ranks must fit their seven bits (the word's sign bit stays clear). */
    public static final int MAX_WAYS = 128;
    /**
     * Bits of a word that hold the line number plus one: 2^53 lines of 64 bytes cover 2^59 bytes, every address a
     * model may give (a base and a window of up to 2^57 bytes each).
     */
    private static final int LINE_BITS = 53;
    private static final long LINE_MASK = (1L << LINE_BITS) - 1;
    /** Bits of a line's state: a coherence state ({@link LineStates}) or a shared cache's clean or dirty. */
    private static final int STATE_BITS = 3;
    /** The state's bits sit above the line's, the rank's above the state's. */
    private static final int RANK_SHIFT = LINE_BITS + STATE_BITS;
    private static final long STATE_MASK = ((1L << STATE_BITS) - 1) << LINE_BITS;
    private static final long RANK_MASK = 0x7FL << RANK_SHIFT;
    private static final long RANK_ONE = 1L << RANK_SHIFT;
    /** A sliced LLC hashes blocks of this many consecutive lines (2 KiB), not single lines, onto its sets. */
    private static final int BLOCK_BITS = 5;
    private static final int BLOCK = 1 << BLOCK_BITS;
    /** RRIP's predictions: a fill predicts a long re-reference interval, the victim is one predicted distant. */
    private static final long RRIP_LONG = 2;
    private static final long RRIP_DISTANT = 3;

    private final int sets;
    private final int ways;
    private final boolean hashed;
    private final Replacement policy;
    /** State of the random policy's generator (xorshift64*). */
    private long random;
    /** Per set: {@code ways} words. A slot is the index of its word. */
    private final long[] cells;
    /** sets - 1 when sets is a power of two, else -1. */
    private final long setMask;
    private long memoLine = -1;
    private int memoSlot = -1;

    /**
     * @param bytes  capacity
     * @param ways   associativity, at most {@link #MAX_WAYS}; a power of two under tree pseudo-LRU
     * @param hashed whether sets are chosen by a hash of the line (a sliced LLC) rather than its low bits
     * @param policy the replacement policy
     * @param seed   seed of the random policy's choices (the others make none)
     */
    public LineArray(long bytes, int ways, boolean hashed, Replacement policy, long seed) {
        if (ways > MAX_WAYS) {
            throw new IllegalArgumentException(ways + " ways: a set has at most " + MAX_WAYS);
        }
        this.ways = Math.max(1, ways);
        if (policy == Replacement.PLRU && Integer.bitCount(this.ways) != 1) {
            throw new IllegalArgumentException(ways + " ways: tree pseudo-LRU needs a power of two");
        }
        this.sets = (int) Math.max(1, bytes / ((long) this.ways * LINE));
        this.hashed = hashed;
        this.policy = policy;
        // xorshift64* must not start from 0; the seed is mixed first so that nearby seeds draw unrelated ways.
        random = (seed ^ 0x2545F4914F6CDD1DL) * 0x9E3779B97F4A7C15L | 1;
        setMask = Integer.bitCount(sets) == 1 ? sets - 1 : -1;
        cells = new long[Math.multiplyExact(sets, this.ways)];
        if (policy == Replacement.LRU) {
            // Every set starts with ranks 0 .. ways - 1 over its empty ways, so ranks are always a permutation: the
            // first set's, copied over the others in doubling blocks.
            for (int w = 0; w < this.ways; w++) {
                cells[w] = (long) w << RANK_SHIFT;
            }
            int filled = this.ways;
            while (filled < cells.length) {
                int block = Math.min(filled, cells.length - filled);
                System.arraycopy(cells, 0, cells, filled, block);
                filled += block;
            }
        } else if (policy == Replacement.RRIP) {
            // Every way predicted distant; tree pseudo-LRU and random start from zeros, with nothing to rank.
            Arrays.fill(cells, RRIP_DISTANT << RANK_SHIFT);
        }
    }

    public Replacement policy() {
        return policy;
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
            // Past the last set the block wraps to the first; without a branch, which the JIT would first compile
            // as never taken and then throw away, with every lookup it had inlined, the first time a block wraps.
            set -= sets & (sets - 1 - set) >> 31;
        } else {
            set = (int) (setMask >= 0 ? line & setMask : Long.remainderUnsigned(line, sets));
        }
        return set * ways;
    }

    private static long key(long line, byte state) {
        if (line < 0 || line >= LINE_MASK) {
            throw new IllegalArgumentException("line " + line + " is beyond the modelled address space");
        }
        return stateBits(state) | (line + 1);
    }

    private static long stateBits(byte state) {
        if (state < 0 || state >= 1 << STATE_BITS) {
            throw new IllegalArgumentException("state " + state + " does not fit a line's " + STATE_BITS + " bits");
        }
        return (long) state << LINE_BITS;
    }

    /** Records a hit on {@code slot}, as its policy does. */
    private void touch(int slot) {
        if (policy == Replacement.LRU) {
            promote(slot);
        } else if (policy == Replacement.RRIP) {
            cells[slot] &= ~RANK_MASK;
        } else if (policy == Replacement.PLRU) {
            pointAway(slot);
        }
        // A random choice remembers nothing.
    }

    /** Makes {@code slot} the most recently used way of its set: the ways more recent than it age by one. */
    private void promote(int slot) {
        long rank = cells[slot] & RANK_MASK;
        if (rank == 0) {
            return;
        }
        int base = slot - (slot % ways);
        for (int at = base; at < base + ways; at++) {
            if ((cells[at] & RANK_MASK) < rank) {
                cells[at] += RANK_ONE;
            }
        }
        cells[slot] &= ~RANK_MASK;
    }

    /** Turns the tree's bits on the path to {@code slot} away from it: the other half was used less recently. */
    private void pointAway(int slot) {
        int base = slot - (slot % ways);
        for (int node = slot - base + ways; node > 1; node >>>= 1) {
            int parent = base + (node >>> 1);
            // A left child (even) sends its parent's bit right (1), a right child sends it left (0).
            cells[parent] = (node & 1) == 0 ? cells[parent] | RANK_ONE : cells[parent] & ~RANK_ONE;
        }
    }

    /** The slot holding {@code line} (counted as a use), or -1. */
    public int find(long line) {
        int slot = peek(line);
        if (slot >= 0) {
            touch(slot);
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
        return (byte) ((cells[slot] & STATE_MASK) >>> LINE_BITS);
    }

    public void state(int slot, byte state) {
        cells[slot] = (cells[slot] & ~STATE_MASK) | stateBits(state);
    }

    /**
     * Puts {@code line} into the least recently used of the first {@code limit} ways of its set (all ways when
     * {@code limit} is the associativity). Returns the victim: the line that was there and its state (read them
     * with {@link #victimLine} and {@link #victimState}), or {@link #NO_VICTIM} when the way was empty.
     */
    public long insert(long line, byte state, int limit) {
        long key = key(line, state);
        int base = base(line);
        int top = Math.min(ways, Math.max(1, limit));
        int victim = switch (policy) {
            case LRU -> oldest(base, top);
            case RRIP -> distant(base, top);
            case PLRU -> empty(base, top, tree(base, top));
            case RANDOM -> {
                int free = empty(base, top, -1);
                yield free >= 0 ? free : base + (int) (((next() >>> 32) * top) >>> 32);
            }
        };
        long pushedOut = cells[victim] & (LINE_MASK | STATE_MASK);
        cells[victim] = (cells[victim] & RANK_MASK) | key;
        if (policy == Replacement.RRIP) {
            cells[victim] = (cells[victim] & ~RANK_MASK) | RRIP_LONG << RANK_SHIFT;
        } else {
            touch(victim);
        }
        memoLine = line;
        memoSlot = victim;
        return pushedOut;
    }

    /** What {@link #insert} returns when it filled an empty way. */
    public static final long NO_VICTIM = 0;

    /** The line a victim of {@link #insert} held, or -1 for {@link #NO_VICTIM}. */
    public static long victimLine(long victim) {
        return (victim & LINE_MASK) - 1;
    }

    /** The state a victim of {@link #insert} had. */
    public static byte victimState(long victim) {
        return (byte) ((victim & STATE_MASK) >>> LINE_BITS);
    }

    /** The first empty way of the set's first {@code top}, or the least recently used of them. */
    private int oldest(int base, int top) {
        int victim = base;
        for (int at = base; at < base + top; at++) {
            if ((cells[at] & LINE_MASK) == 0) {
                return at;
            }
            if ((cells[at] & RANK_MASK) > (cells[victim] & RANK_MASK)) {
                victim = at;
            }
        }
        return victim;
    }

    /**
     * The first empty way of the set's first {@code top}, else the first predicted distant, after aging them all
     * until one is (adding what the most distant lacks is the same as aging them step by step).
     */
    private int distant(int base, int top) {
        long most = 0;
        for (int at = base; at < base + top; at++) {
            if ((cells[at] & LINE_MASK) == 0) {
                return at;
            }
            most = Math.max(most, cells[at] & RANK_MASK);
        }
        long age = (RRIP_DISTANT << RANK_SHIFT) - most;
        int victim = -1;
        for (int at = base; at < base + top; at++) {
            cells[at] += age;
            if (victim < 0 && (cells[at] & RANK_MASK) == RRIP_DISTANT << RANK_SHIFT) {
                victim = at;
            }
        }
        return victim;
    }

    /** The way the tree's bits lead to from its root, among the set's first {@code top} ways. */
    private int tree(int base, int top) {
        int first = 0;
        int node = 1;
        for (int size = ways >>> 1; size > 0; size >>>= 1) {
            // Right when the bit says so and the right half holds a way that may be taken.
            if ((cells[base + node] & RANK_ONE) != 0 && first + size < top) {
                first += size;
                node = 2 * node + 1;
            } else {
                node = 2 * node;
            }
        }
        return base + first;
    }

    /** The first empty way of the set's first {@code top}, else {@code otherwise}. */
    private int empty(int base, int top, int otherwise) {
        for (int at = base; at < base + top; at++) {
            if ((cells[at] & LINE_MASK) == 0) {
                return at;
            }
        }
        return otherwise;
    }

    /** The random policy's next draw (xorshift64*, Vigna 2016). */
    private long next() {
        random ^= random >>> 12;
        random ^= random << 25;
        random ^= random >>> 27;
        return random * 0x2545F4914F6CDD1DL;
    }

    /** Drops the line in {@code slot}. */
    public void remove(int slot) {
        if ((cells[slot] & LINE_MASK) - 1 == memoLine) {
            memoSlot = -1;
        }
        // The way keeps its rank, so the set's ranks stay a permutation; an empty way is taken before any other.
        cells[slot] &= RANK_MASK;
    }
}
