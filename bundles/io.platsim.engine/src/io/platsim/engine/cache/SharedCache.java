/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.cache;

import io.platsim.engine.component.Component;
import io.platsim.engine.component.ComponentSpec;

/**
 * A socket's last-level cache, shared by its cores and by inbound DMA. Lines carry a dirty bit. DMA writes
 * update a line in place when it is there and otherwise allocate only into the first {@code dmaWays} ways of
 * its set (DDIO-like); lines from the cores (their write-backs and victims, or fills of an inclusive LLC) may
 * use every way. A fill returns the line it pushed out ({@link LineArray#victimLine}, and {@link #dirtyVictim}
 * when it was dirty: then it must go to memory, and the cache counts it).
 */
public final class SharedCache implements Component {

    private static final byte CLEAN = 0;
    private static final byte DIRTY = 1;

    private final LineArray lines;
    private final int dmaWays;
    private final long hitPs;
    private long dmaHits;
    private long dmaAllocations;
    private long writebacks;

    private final ComponentSpec spec;

    /** @param seed seed of a random replacement policy's choices */
    public SharedCache(String name, CacheConfig config, int dmaWays, Inclusion inclusion, long seed) {
        lines = new LineArray(config.bytes(), config.ways(), true, config.replacement(), seed);
        this.dmaWays = Math.max(0, Math.min(dmaWays, lines.ways()));
        hitPs = config.hitPs();
        spec = ComponentSpec.of("llc", name)
            .param("size", "B", config.bytes(), "capacity").param("ways", "", config.ways(), "associativity")
            .setting("replacement", config.replacement(), "which way a fill takes")
            .param("hit", "ps", hitPs, "load-to-use latency of a hit")
            .param("dma_ways", "", this.dmaWays, "ways inbound DMA writes may allocate into (DDIO-like)")
            .setting("inclusion", inclusion, "how the LLC relates to the cores' private caches")
            .port("home", "lines to and from the socket's cores, home agent and inbound DMA", 1)
            .stat("dma_hits", "lines", "DMA writes that found their line here", this::dmaHits)
            .stat("dma_allocations", "lines", "DMA writes that allocated a line", this::dmaAllocations)
            .stat("writebacks", "lines", "dirty lines pushed out to memory", this::writebacks);
    }

    @Override
    public ComponentSpec spec() {
        return spec;
    }

    public long hitPs() {
        return hitPs;
    }

    /** Whether inbound DMA writes allocate here. */
    public boolean allocatesDma() {
        return dmaWays > 0;
    }

    /** Whether {@code line} is here (counts as a use). */
    public boolean holds(long line) {
        return lines.find(line) >= 0;
    }

    /** Whether {@code line} is here, without counting as a use (a snoop looking). */
    public boolean contains(long line) {
        return lines.peek(line) >= 0;
    }

    /** Whether {@code line} is here and dirty (a look, not a use). */
    public boolean dirty(long line) {
        int slot = lines.peek(line);
        return slot >= 0 && lines.state(slot) == DIRTY;
    }

    /** A DMA write of a whole line; returns the line it pushed out, or {@link LineArray#NO_VICTIM}. */
    public long writeDma(long line) {
        int slot = lines.find(line);
        if (slot >= 0) {
            lines.state(slot, DIRTY);
            dmaHits++;
            return LineArray.NO_VICTIM;
        }
        dmaAllocations++;
        return put(line, DIRTY, dmaWays);
    }

    /**
     * A line from the cores: a victim or write-back ({@code dirty} when memory lacks its data), or the fill of an
     * inclusive LLC. Returns the line it pushed out, or {@link LineArray#NO_VICTIM}.
     */
    public long insert(long line, boolean dirty) {
        int slot = lines.find(line);
        if (slot >= 0) {
            if (dirty) {
                lines.state(slot, DIRTY);
            }
            return LineArray.NO_VICTIM;
        }
        return put(line, dirty ? DIRTY : CLEAN, lines.ways());
    }

    private long put(long line, byte state, int limit) {
        long victim = lines.insert(line, state, limit);
        if (dirtyVictim(victim)) {
            writebacks++;
        }
        return victim;
    }

    /** Whether {@code victim}, a line a fill pushed out, was dirty: memory lacks its data. */
    public static boolean dirtyVictim(long victim) {
        return victim != LineArray.NO_VICTIM && LineArray.victimState(victim) == DIRTY;
    }

    /** Drops {@code line}; returns whether it was dirty. */
    public boolean remove(long line) {
        int slot = lines.find(line);
        if (slot < 0) {
            return false;
        }
        boolean dirty = lines.state(slot) == DIRTY;
        lines.remove(slot);
        return dirty;
    }

    /** Marks {@code line} clean (its data went to memory). */
    public void clean(long line) {
        int slot = lines.find(line);
        if (slot >= 0) {
            lines.state(slot, CLEAN);
        }
    }

    /** DMA writes that found their line here. */
    public long dmaHits() {
        return dmaHits;
    }

    /** DMA writes that allocated a line. */
    public long dmaAllocations() {
        return dmaAllocations;
    }

    /** Dirty lines pushed out to memory. */
    public long writebacks() {
        return writebacks;
    }
}
