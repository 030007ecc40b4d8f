/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.cache;

/** How a socket's LLC relates to its cores' private caches. */
public enum Inclusion {
    /** Every line a core holds is in the LLC too: fills from memory go to both, and an LLC eviction takes the
     *  line away from the cores (back-invalidation). */
    INCLUSIVE,
    /** Fills from memory go to the core only; lines the cores push out land in the LLC (a victim cache). */
    NON_INCLUSIVE,
    /** As non-inclusive, and a line a core takes from the LLC leaves it. */
    EXCLUSIVE
}
