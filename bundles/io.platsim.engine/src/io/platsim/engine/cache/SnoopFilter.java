/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.cache;

/**
 * Which cores of a socket hold a line: core-valid bits per line, as a socket's snoop filter keeps them. An
 * access that misses its private cache asks here which cores to snoop instead of broadcasting. The filter tracks
 * exactly the lines in the private caches (they tell it when they drop one), so it never needs to
 * back-invalidate; its size follows theirs. Open addressing with linear probing and backward-shift deletion:
 * no allocation per access, growth only while the private caches fill.
 */
public final class SnoopFilter {

    /** Most cores a socket may have: one bit each. */
    public static final int MAX_CORES = Long.SIZE;

    private long[] keys = new long[1024];
    private long[] bits = new long[1024];
    private int size;

    private int slot(long line) {
        return (int) ((line * 0x9E3779B97F4A7C15L) >>> 40) & (keys.length - 1);
    }

    private int find(long line) {
        int mask = keys.length - 1;
        for (int at = slot(line); ; at = (at + 1) & mask) {
            if (keys[at] == 0) {
                return -1 - at;
            }
            if (keys[at] == line + 1) {
                return at;
            }
        }
    }

    /** Core-valid bits of {@code line}: bit c set when core c holds it. */
    public long cores(long line) {
        int at = find(line);
        return at < 0 ? 0 : bits[at];
    }

    /** Core {@code core} now holds {@code line}. */
    public void add(long line, int core) {
        int at = find(line);
        if (at >= 0) {
            bits[at] |= 1L << core;
            return;
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
            at = find(line);
        }
        at = -1 - at;
        keys[at] = line + 1;
        bits[at] = 1L << core;
        size++;
    }

    /** Core {@code core} dropped {@code line}. */
    public void remove(long line, int core) {
        int at = find(line);
        if (at < 0) {
            return;
        }
        bits[at] &= ~(1L << core);
        if (bits[at] == 0) {
            delete(at);
        }
    }

    /** No core holds {@code line} any more. */
    public void clear(long line) {
        int at = find(line);
        if (at >= 0) {
            delete(at);
        }
    }

    /** Lines tracked. */
    public int size() {
        return size;
    }

    private void delete(int hole) {
        int mask = keys.length - 1;
        keys[hole] = 0;
        bits[hole] = 0;
        size--;
        for (int at = (hole + 1) & mask; keys[at] != 0; at = (at + 1) & mask) {
            int home = slot(keys[at] - 1);
            boolean movable = hole <= at ? home <= hole || home > at : home <= hole && home > at;
            if (movable) {
                keys[hole] = keys[at];
                bits[hole] = bits[at];
                keys[at] = 0;
                bits[at] = 0;
                hole = at;
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldBits = bits;
        keys = new long[oldKeys.length * 2];
        bits = new long[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int at = -1 - find(oldKeys[i] - 1);
                keys[at] = oldKeys[i];
                bits[at] = oldBits[i];
                size++;
            }
        }
    }

    @Override
    public String toString() {
        return "SnoopFilter[" + size + " lines]";
    }
}
