/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.cache;

import static io.platsim.engine.cache.LineStates.EXCLUSIVE;
import static io.platsim.engine.cache.LineStates.FORWARD;
import static io.platsim.engine.cache.LineStates.OWNED;
import static io.platsim.engine.cache.LineStates.SHARED;

/**
 * The coherence state protocols of private caches, and where they differ:
 * <ul>
 * <li>MESI: a line another core holds clean comes from the LLC or memory (no cache answers for clean lines); a
 * read of a line another core holds modified makes the owner write it back and both share it.</li>
 * <li>MESIF (Intel): as MESI, but one clean copy (Forward, or Exclusive) answers a read by forwarding the line
 * cache to cache, and the newest reader takes over the Forward state.</li>
 * <li>MOESI (AMD): a read of a modified line leaves the owner Owned: the dirty line is shared without a
 * write-back, and the owner (Owned, Modified or Exclusive) forwards it.</li>
 * </ul>
 */
public enum Protocol {
    MESI, MESIF, MOESI;

    /** Whether a core holding a line in {@code state} answers another core's read with the data. */
    public boolean forwards(byte state) {
        return switch (this) {
            case MESI -> LineStates.dirty(state);
            case MESIF -> state == FORWARD || state == EXCLUSIVE || LineStates.dirty(state);
            case MOESI -> state == EXCLUSIVE || LineStates.dirty(state);
        };
    }

    /** Whether reading a line another core holds modified makes that core write it back. */
    public boolean writesBackWhenShared() {
        return this != MOESI;
    }

    /** State a dirty owner keeps after another core (or a DMA read) read its line. */
    public byte ownerAfterShare() {
        return this == MOESI ? OWNED : SHARED;
    }

    /** State a reader takes when the line is (or stays) shared with other caches. */
    public byte readerWhenShared() {
        return this == MESIF ? FORWARD : SHARED;
    }
}
