/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.cache;

/**
 * One cache level's size, speed and replacement policy.
 *
 * @param bytes       capacity
 * @param ways        associativity
 * @param hitPs       load-to-use latency of a hit, in ps
 * @param replacement which way a fill takes
 */
public record CacheConfig(long bytes, int ways, long hitPs, Replacement replacement) {

    public CacheConfig {
        if (bytes < LineArray.LINE || ways < 1 || hitPs < 0 || replacement == null) {
            throw new IllegalArgumentException("a cache needs at least one line, one way, a latency of 0 or more and "
                + "a replacement policy");
        }
    }
}
