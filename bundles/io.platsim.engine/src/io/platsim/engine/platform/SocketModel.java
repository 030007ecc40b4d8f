/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.platform;

import java.util.Arrays;
import java.util.function.LongSupplier;

import io.platsim.engine.memory.MemoryController;

/**
 * One socket's memory side as DMA sees it: the memory controller, the LLC ways that DMA writes may fill, and
 * which lines its cores hold. The DMA ways form a set-associative array with LRU replacement over the LLC's
 * sets; evicting a dirty line costs a memory write. Core-held lines live in a bounded direct-mapped table (a
 * line pushed out of it counts as evicted from the cores), so memory stays fixed whatever the run's length.
 */
final class SocketModel {

    static final int LINE = MemoryController.LINE;
    private static final int CORE_TABLE = 1 << 16;

    final PlatformConfig.SocketConfig config;
    final MemoryController memory;
    private final int sets;
    private final int ways;
    private final long[] tags;
    private final long[] stamps;
    private final boolean[] dirty;
    private long clock;
    private final long[] coreLine = new long[CORE_TABLE];
    private final int[] coreHolder = new int[CORE_TABLE];
    private final boolean[] coreModified = new boolean[CORE_TABLE];
    private final long[] iodcLines;
    private final long[] iodcStamps;
    long llcDmaHits;
    long llcDmaAllocations;
    long llcWritebacks;

    SocketModel(PlatformConfig.SocketConfig config, LongSupplier clock) {
        this.config = config;
        PlatformConfig.MemoryConfig m = config.memory();
        memory = new MemoryController(m.name(), m.channels(), m.latencyPs(), m.bytesPerSec(), clock);
        ways = Math.max(0, config.dmaWays());
        sets = (int) Math.max(1, config.llcBytes() / ((long) Math.max(1, config.llcWays()) * LINE));
        tags = new long[sets * Math.max(ways, 1)];
        stamps = new long[tags.length];
        dirty = new boolean[tags.length];
        Arrays.fill(coreLine, -1);
        iodcLines = new long[Math.max(0, config.ioDirectoryCacheEntries())];
        Arrays.fill(iodcLines, -1);
        iodcStamps = new long[iodcLines.length];
    }

    boolean allocatesDma() {
        return ways > 0;
    }

    private int set(long line) {
        return (int) Long.remainderUnsigned(line * 0x9E3779B97F4A7C15L >>> 20, sets);
    }

    /** True when {@code line} sits in the DMA ways (a DMA read there hits the LLC). */
    boolean llcHolds(long line) {
        if (ways == 0) {
            return false;
        }
        int base = set(line) * ways;
        for (int w = 0; w < ways; w++) {
            if (tags[base + w] == line + 1) {
                stamps[base + w] = ++clock;
                return true;
            }
        }
        return false;
    }

    /**
     * Writes {@code line} into the DMA ways. Returns the dirty line it evicts (which must go to memory), or -1.
     */
    long allocate(long line) {
        int base = set(line) * ways;
        int victim = base;
        for (int w = 0; w < ways; w++) {
            int at = base + w;
            if (tags[at] == line + 1) {
                stamps[at] = ++clock;
                dirty[at] = true;
                llcDmaHits++;
                return -1;
            }
            if (stamps[at] < stamps[victim]) {
                victim = at;
            }
        }
        long evicted = tags[victim] != 0 && dirty[victim] ? tags[victim] - 1 : -1;
        tags[victim] = line + 1;
        stamps[victim] = ++clock;
        dirty[victim] = true;
        llcDmaAllocations++;
        if (evicted >= 0) {
            llcWritebacks++;
        }
        return evicted;
    }

    /**
     * Looks {@code line} up in the home agent's I/O directory cache (fully associative, LRU) and records it
     * there. Returns whether it was there: then the home agent knows the line's directory state without reading
     * memory.
     */
    boolean ioDirectoryCache(long line) {
        if (iodcLines.length == 0) {
            return false;
        }
        int victim = 0;
        for (int i = 0; i < iodcLines.length; i++) {
            if (iodcLines[i] == line) {
                iodcStamps[i] = ++clock;
                return true;
            }
            if (iodcStamps[i] < iodcStamps[victim]) {
                victim = i;
            }
        }
        iodcLines[victim] = line;
        iodcStamps[victim] = ++clock;
        return false;
    }

    private int slot(long line) {
        return (int) ((line * 0xC2B2AE3D27D4EB4FL) >>> 48) & (CORE_TABLE - 1);
    }

    /** Core holding {@code line}, or -1. */
    int holder(long line) {
        int at = slot(line);
        return coreLine[at] == line ? coreHolder[at] : -1;
    }

    boolean heldModified(long line) {
        int at = slot(line);
        return coreLine[at] == line && coreModified[at];
    }

    /** A core read or wrote {@code line}: it now holds it (modified after a write). */
    void coreTouch(long line, int core, boolean write) {
        int at = slot(line);
        boolean keepModified = coreLine[at] == line && coreModified[at] && coreHolder[at] == core;
        coreLine[at] = line;
        coreHolder[at] = core;
        coreModified[at] = write || keepModified;
    }

    /** The line leaves the cores (snooped away by a DMA write, or flushed). */
    void coreDrop(long line) {
        int at = slot(line);
        if (coreLine[at] == line) {
            coreLine[at] = -1;
        }
    }

    /** The line stays in its core but is clean (written back for a DMA read, or flushed). */
    void coreClean(long line) {
        int at = slot(line);
        if (coreLine[at] == line) {
            coreModified[at] = false;
        }
    }
}
