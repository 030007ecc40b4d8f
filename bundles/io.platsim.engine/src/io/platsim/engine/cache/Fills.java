/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.cache;

import java.util.Arrays;

/**
 * When the entries a cache took in are there. Misses are timed ahead of the clock (a walk, an entry's read from
 * memory), and the cache holds the entry as soon as the miss is decided, before its fill is done: a lookup made
 * while the fill is under way waits for it, and one timed before the missing lookup (planned earlier, though
 * asked later) did not find the entry at all. Records are kept direct-mapped by a hash of the key, {@value #SLOTS}
 * of them: two fills under way at once whose keys share a slot keep only the later record, and the first one's
 * later lookups no longer wait, or one timed before the fill hits (the hash spreads keys a power of two apart, as
 * page numbers of buffers and tables often are, over unrelated slots). Keys are not negative (page and entry
 * numbers).
 */
public final class Fills {

    private static final int SLOTS = 1024;

    private final long[] keys = new long[SLOTS];
    private final long[] startPs = new long[SLOTS];
    private final long[] readyPs = new long[SLOTS];

    public Fills() {
        clear();
    }

    /**
     * A lookup timed at {@code atPs} found {@code key} in the cache: returns when its entry is there for it
     * ({@code atPs}, or later while its fill is under way), or -1 when the fill's lookup was timed after
     * {@code atPs} (the entry was not there yet: a miss).
     */
    public long hit(long key, long atPs) {
        int slot = slot(key);
        if (keys[slot] != key) {
            return atPs;
        }
        return atPs < startPs[slot] ? -1 : Math.max(atPs, readyPs[slot]);
    }

    /**
     * A lookup timed at {@code atPs} missed {@code key}; its entry is there at {@code readyPs}. The entry a miss
     * brings is the one later lookups find: an earlier fill of the key was either timed after this one, or dropped
     * since (evicted or invalidated).
     */
    public void filled(long key, long atPs, long readyPs) {
        int slot = slot(key);
        keys[slot] = key;
        startPs[slot] = atPs;
        this.readyPs[slot] = readyPs;
    }

    /** The cache dropped {@code key}: its next fill is the one its lookups wait for. */
    public void forget(long key) {
        int slot = slot(key);
        if (keys[slot] == key) {
            keys[slot] = -1;
        }
    }

    /** The cache dropped everything. */
    public void clear() {
        Arrays.fill(keys, -1);
    }

    /** Fibonacci hashing (Knuth): the top bits of the key times 2^64 / phi. */
    private static int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> (Long.SIZE - Integer.numberOfTrailingZeros(SLOTS)));
    }
}
