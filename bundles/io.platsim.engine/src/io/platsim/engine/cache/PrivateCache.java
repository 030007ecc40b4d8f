/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.cache;

/**
 * A core's private caches: an L1 inside an L2 that holds every line of it (the coherence state lives in the
 * outer level). With only one private level, that level holds the state. A line pushed out of the outer level
 * leaves the inner one too, and {@link #install} returns it so the socket can update its snoop filter and write
 * the line back when it was dirty.
 */
public final class PrivateCache {

    private final LineArray outer;
    private final LineArray inner;
    private final long outerHitPs;
    private final long innerHitPs;

    /**
     * @param l1 the L1 (null for none)
     * @param l2 the L2 (null for none)
     * @param seed seed of a random replacement policy's choices
     */
    public PrivateCache(CacheConfig l1, CacheConfig l2, long seed) {
        CacheConfig outerConfig = l2 != null ? l2 : l1;
        CacheConfig innerConfig = l2 != null ? l1 : null;
        outer = new LineArray(outerConfig.bytes(), outerConfig.ways(), false, outerConfig.replacement(),
            seed);
        outerHitPs = outerConfig.hitPs();
        inner = innerConfig != null ? new LineArray(innerConfig.bytes(), innerConfig.ways(), false,
            innerConfig.replacement(), ~seed) : null;
        innerHitPs = innerConfig != null ? innerConfig.hitPs() : outerHitPs;
    }

    /** State of {@code line} here ({@link LineStates#INVALID} when absent); counts as a use for LRU. */
    public byte state(long line) {
        int slot = outer.find(line);
        return slot < 0 ? LineStates.INVALID : outer.state(slot);
    }

    /** Latency of a hit on a line held here: the L1's when it is there, else the L2's (which refills the L1). */
    public long hitPs(long line) {
        if (inner == null || inner.find(line) >= 0) {
            return innerHitPs;
        }
        inner.insert(line, LineStates.SHARED, inner.ways());
        return outerHitPs;
    }

    /** State of {@code line} here, as a snoop sees it: a look that does not count as a use for LRU. */
    public byte peekState(long line) {
        int slot = outer.peek(line);
        return slot < 0 ? LineStates.INVALID : outer.state(slot);
    }

    /** Changes the state of a line held here. */
    public void state(long line, byte state) {
        int slot = outer.peek(line);
        if (slot >= 0) {
            outer.state(slot, state);
        }
    }

    /**
     * Brings {@code line} in with {@code state}; returns the line pushed out to make room, with its state
     * ({@link LineArray#victimLine}, {@link LineArray#victimState}), or {@link LineArray#NO_VICTIM} when none was.
     */
    public long install(long line, byte state) {
        int slot = outer.find(line);
        if (slot >= 0) {
            outer.state(slot, state);
            return LineArray.NO_VICTIM;
        }
        long victim = outer.insert(line, state, outer.ways());
        if (inner != null) {
            inner.insert(line, LineStates.SHARED, inner.ways());
        }
        long evictedLine = LineArray.victimLine(victim);
        if (evictedLine >= 0 && inner != null) {
            int innerSlot = inner.find(evictedLine);
            if (innerSlot >= 0) {
                inner.remove(innerSlot);
            }
        }
        return evictedLine >= 0 && LineArray.victimState(victim) != LineStates.INVALID ? victim
            : LineArray.NO_VICTIM;
    }

    /** Drops {@code line}; returns the state it had. */
    public byte invalidate(long line) {
        int slot = outer.find(line);
        if (slot < 0) {
            return LineStates.INVALID;
        }
        byte state = outer.state(slot);
        outer.remove(slot);
        if (inner != null) {
            int innerSlot = inner.find(line);
            if (innerSlot >= 0) {
                inner.remove(innerSlot);
            }
        }
        return state;
    }
}
