/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.cache;

import java.util.Arrays;

/**
 * A fully associative set of lines with LRU replacement and a fixed number of entries (a home agent's I/O
 * directory cache, say). Entries are found through an open-addressing table and kept in recency order on a
 * doubly linked list of array indices, so a lookup, a hit and a replacement are each O(1). No allocation after
 * construction.
 */
public final class LruSet {

    private final long[] lines;
    private final int[] older;
    private final int[] newer;
    /** Open addressing: entry index + 1 per bucket, 0 for empty. */
    private final int[] table;
    private final int tableMask;
    private int used;
    /** Entries freed by {@link #remove}, to be used again before new ones. */
    private final int[] free;
    private int freeCount;
    private int newest = -1;
    private int oldest = -1;

    public LruSet(int entries) {
        lines = new long[Math.max(0, entries)];
        older = new int[lines.length];
        newer = new int[lines.length];
        free = new int[lines.length];
        int buckets = Integer.highestOneBit(Math.max(2, lines.length * 4 - 1)) << 1;
        table = new int[buckets];
        tableMask = buckets - 1;
    }

    /** Looks {@code line} up and records it as the most recent; returns whether it was there already. */
    public boolean touch(long line) {
        if (lines.length == 0) {
            return false;
        }
        int bucket = find(line);
        if (table[bucket] != 0) {
            int entry = table[bucket] - 1;
            unlink(entry);
            pushNewest(entry);
            return true;
        }
        int entry;
        if (freeCount > 0) {
            entry = free[--freeCount];
        } else if (used < lines.length) {
            entry = used++;
        } else {
            entry = oldest;
            unlink(entry);
            delete(find(lines[entry]));
            bucket = find(line);
        }
        lines[entry] = line;
        table[bucket] = entry + 1;
        pushNewest(entry);
        return false;
    }

    /** Whether {@code line} is here, without recording it or counting as a use. */
    public boolean contains(long line) {
        return lines.length > 0 && table[find(line)] != 0;
    }

    /** Drops {@code line}; returns whether it was there. */
    public boolean remove(long line) {
        if (lines.length == 0) {
            return false;
        }
        int bucket = find(line);
        if (table[bucket] == 0) {
            return false;
        }
        int entry = table[bucket] - 1;
        unlink(entry);
        delete(bucket);
        free[freeCount++] = entry;
        return true;
    }

    /** Drops every line. */
    public void clear() {
        Arrays.fill(table, 0);
        used = 0;
        freeCount = 0;
        newest = -1;
        oldest = -1;
    }

    private int slot(long line) {
        return (int) ((line * 0x9E3779B97F4A7C15L) >>> 40) & tableMask;
    }

    /** The bucket holding {@code line}, or the empty bucket where it would go. */
    private int find(long line) {
        int at = slot(line);
        while (table[at] != 0 && lines[table[at] - 1] != line) {
            at = (at + 1) & tableMask;
        }
        return at;
    }

    /** Empties {@code hole} and moves later entries of its probe run back (backward-shift deletion). */
    private void delete(int hole) {
        table[hole] = 0;
        for (int at = (hole + 1) & tableMask; table[at] != 0; at = (at + 1) & tableMask) {
            int home = slot(lines[table[at] - 1]);
            // The entry may fill the hole when its probe from home passes the hole before reaching it: the hole is
            // nearer its home, counted round the table, than where it sits.
            if (((hole - home) & tableMask) < ((at - home) & tableMask)) {
                table[hole] = table[at];
                table[at] = 0;
                hole = at;
            }
        }
    }

    private void unlink(int entry) {
        int o = older[entry];
        int n = newer[entry];
        if (o >= 0) {
            newer[o] = n;
        } else {
            oldest = n;
        }
        if (n >= 0) {
            older[n] = o;
        } else {
            newest = o;
        }
    }

    private void pushNewest(int entry) {
        older[entry] = newest;
        newer[entry] = -1;
        if (newest >= 0) {
            newer[newest] = entry;
        } else {
            oldest = entry;
        }
        newest = entry;
    }

    @Override
    public String toString() {
        return "LruSet" + Arrays.toString(Arrays.copyOf(lines, used));
    }
}
