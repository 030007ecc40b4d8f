/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.cache;

/**
 * Which way of a set a fill takes when none is empty (an empty way is always taken first), and what a hit or a fill
 * records. {@link LineArray} keeps each policy's state in its ways' rank bits.
 */
public enum Replacement {
    /** The least recently used way: each way's recency rank in its set, as a true-LRU set's age bits. */
    LRU,
    /**
     * Tree pseudo-LRU: a binary tree of one bit per inner node over the ways (ways - 1 bits a set), each bit pointing
     * to the half used less recently; a hit or a fill turns the bits on its path away from its way, and the victim
     * is the way the bits lead to from the root. Needs a power-of-two number of ways.
     */
    PLRU,
    /** A way drawn at random, from a generator seeded by the run's seed: the same seed makes the same choices. */
    RANDOM,
    /**
     * Static re-reference interval prediction with two bits a way (SRRIP-HP; Jaleel et al., "High Performance Cache
     * Replacement Using Re-Reference Interval Prediction (RRIP)", ISCA 2010): a fill predicts a long re-reference
     * interval (2), a hit a near one (0); the victim is a way predicted distant (3), the set's ways aging together
     * until one is. A line used once is pushed out before lines that were used again.
     */
    RRIP
}
