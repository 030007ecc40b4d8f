/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.iommu;

import java.util.Arrays;
import java.util.function.LongSupplier;

import io.platsim.engine.fabric.Timeline;

/**
 * Allocates and frees IOVAs for per-I/O mappings, with costs that come from its structure. The global tree sits
 * behind one lock: an operation holds it for the lock's own cost plus one step per level of the tree of live
 * ranges (log2 of the live mappings), and cores queue for it in the order they ask. With magazines, each core
 * first uses its own cache of free IOVAs (no lock); an empty one swaps with a full magazine from the depot, and
 * only when the depot has none does the core go to the tree (under the lock) for a magazine's worth; a full one
 * goes to the depot, or back to the tree when the depot is full. Cores take the lock in the order they ask.
 * Times are when the operation is done.
 */
final class IovaAllocator {

    private final MappingConfig config;
    /** Free IOVAs cached per core (magazines), and full magazines in the depot. */
    private int[] cached = new int[64];
    private int depot;
    private long live;
    /**
     * The global lock's calendar: cores take it in the order of the times they ask for it, which may be ahead of
     * the clock when a core plans its work ahead.
     */
    private final Timeline lock;
    private long lockWaitPs;

    IovaAllocator(MappingConfig config, LongSupplier clock) {
        this.config = config;
        lock = new Timeline(clock);
    }

    private void ensure(int core) {
        if (core >= cached.length) {
            cached = Arrays.copyOf(cached, Math.max(core + 1, cached.length * 2));
        }
    }

    /** {@code count} buffers were mapped before the run (a driver's rings, filled at start). */
    void premapped(int count) {
        live += count;
    }

    /** Core {@code core} needs an IOVA at {@code atPs}; returns when it has one. */
    long allocate(long atPs, int core) {
        ensure(core);
        live++;
        if (config.allocator() != MappingConfig.Allocator.PER_CPU_MAGAZINES) {
            return underLock(atPs, treePs());
        }
        if (cached[core] > 0) {
            cached[core]--;
            return atPs + config.magazineOpPs();
        }
        long done;
        if (depot > 0) {
            depot--;
            done = underLock(atPs, 0);
        } else {
            done = underLock(atPs, treePs() * config.magazineSize());
        }
        cached[core] = config.magazineSize() - 1;
        return done + config.magazineOpPs();
    }

    /** Core {@code core} frees an IOVA at {@code atPs}; returns when it is done. */
    long free(long atPs, int core) {
        ensure(core);
        live = Math.max(0, live - 1);
        if (config.allocator() != MappingConfig.Allocator.PER_CPU_MAGAZINES) {
            return underLock(atPs, treePs());
        }
        if (cached[core] < 2 * config.magazineSize()) {
            cached[core]++;
            return atPs + config.magazineOpPs();
        }
        long done;
        if (depot < config.depotSize()) {
            depot++;
            done = underLock(atPs, 0);
        } else {
            done = underLock(atPs, treePs() * config.magazineSize());
        }
        cached[core] -= config.magazineSize() - 1;
        return done + config.magazineOpPs();
    }

    /** One walk of the tree of live ranges: a step per level. */
    private long treePs() {
        return config.treeStepPs() * (64 - Long.numberOfLeadingZeros(live + 1));
    }

    /** Takes the global lock at {@code atPs} (waiting while another core holds it), holds it for {@code workPs}. */
    private long underLock(long atPs, long workPs) {
        long hold = config.lockPs() + workPs;
        long start = lock.book(atPs, hold);
        lockWaitPs += start - atPs;
        return start + hold;
    }

    long lockWaitPs() {
        return lockWaitPs;
    }

}
