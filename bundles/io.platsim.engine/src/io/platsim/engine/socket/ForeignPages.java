/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.socket;

/**
 * The home socket of each 4 KiB page of another socket's memory that a socket's cores reached for: what the
 * socket's address decoder tells it when a dirty line of such a page leaves its caches and goes back to memory.
 * PlatSim gives each buffer its home, not each address, so the socket learns the homes from its cores' requests.
 * Open addressing with linear probing; a page is added once, and never removed (a socket touches few buffers).
 */
final class ForeignPages {

    /** Lines of a 4 KiB page, as a shift. */
    private static final int PAGE_LINES = 6;

    private long[] keys = new long[256];
    private byte[] homes = new byte[256];
    private int size;

    private int slot(long page) {
        return (int) ((page * 0x9E3779B97F4A7C15L) >>> 32) & (keys.length - 1);
    }

    private int find(long page) {
        int mask = keys.length - 1;
        for (int at = slot(page); ; at = (at + 1) & mask) {
            if (keys[at] == 0 || keys[at] == page + 1) {
                return at;
            }
        }
    }

    /** The page of {@code line} is homed on socket {@code home} (a later request of the page's overrides). */
    void put(long line, int home) {
        long page = line >>> PAGE_LINES;
        int at = find(page);
        if (keys[at] == 0) {
            if ((size + 1) * 2 > keys.length) {
                grow();
                at = find(page);
            }
            keys[at] = page + 1;
            size++;
        }
        homes[at] = (byte) home;
    }

    /** The home of {@code line}'s page, or {@code otherwise} when no core of the socket reached for it. */
    int home(long line, int otherwise) {
        int at = find(line >>> PAGE_LINES);
        return keys[at] == 0 ? otherwise : homes[at];
    }

    private void grow() {
        long[] oldKeys = keys;
        byte[] oldHomes = homes;
        keys = new long[oldKeys.length * 2];
        homes = new byte[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int at = find(oldKeys[i] - 1);
                keys[at] = oldKeys[i];
                homes[at] = oldHomes[i];
            }
        }
    }
}
