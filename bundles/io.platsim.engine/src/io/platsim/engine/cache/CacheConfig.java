/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.cache;

/**
 * One cache level's size and speed.
 *
 * @param bytes capacity
 * @param ways  associativity
 * @param hitPs load-to-use latency of a hit, in ps
 */
public record CacheConfig(long bytes, int ways, long hitPs) {

    public CacheConfig {
        if (bytes < LineArray.LINE || ways < 1 || hitPs < 0) {
            throw new IllegalArgumentException("a cache needs at least one line, one way and a latency of 0 or more");
        }
    }
}
