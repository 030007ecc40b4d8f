/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.iommu;

import java.util.function.LongSupplier;

import io.platsim.engine.cache.Fills;
import io.platsim.engine.cache.LruSet;
import io.platsim.engine.component.Component;
import io.platsim.engine.component.ComponentSpec;
import io.platsim.engine.resource.HostCore;
import io.platsim.engine.resource.Timeline;
import io.platsim.engine.trace.TranslationResult;

/**
 * A DMA remapping unit at a root complex. Every page a DMA transfer touches is translated: an IOTLB hit costs
 * the lookup; a miss walks the I/O page table. The walk starts below the deepest paging-structure level a walk
 * cache knows (one cache per non-leaf level, keyed by the address bits that level translates), costs the
 * walker's own time, and reads one page-table entry per remaining level through the socket's caches and memory
 * ({@link PageTableReader}). A few walkers take misses as they come; misses that come faster than walks finish
 * queue, and throughput falls once the working set outgrows the IOTLB's reach (entries x page size).
 * Translations then fill the IOTLB and the walk caches, LRU.
 */
public final class Iommu implements Component {

    /** Levels of an x86-64 (VT-d second-level) page table: PML4, PDPT, PD, PT. */
    private static final int LEVELS = 4;
    /** Address bits translated below each level: 39 (a PML4 entry), 30, 21, 12. */
    private static final int[] LEVEL_SHIFT = {39, 30, 21, 12};
    /** Page-table entries live in a region of the IOMMU's socket memory far from any buffer. */
    private static final long TABLE_BASE = 1L << 45;

    /** Results of a translation, for traces: the codes of {@link TranslationResult}. */
    public static final int HIT = TranslationResult.IOTLB_HIT.code();
    public static final int WALK_CACHED = TranslationResult.WALK_CACHED.code();
    public static final int WALK_FULL = TranslationResult.WALK_FULL.code();
    /** The walk found no mapping: the transfer is dropped. */
    public static final int FAULT = TranslationResult.FAULT.code();
    /** The mapping is read-only and the device wrote: the transfer is dropped. */
    public static final int FAULT_READ_ONLY = TranslationResult.FAULT_READ_ONLY.code();

    /** What a memory read of a page-table entry costs: when it is done, started at {@code atPs}. */
    @FunctionalInterface
    public interface PageTableReader {
        long read(long atPs, long address);
    }

    private final IommuConfig config;
    private final int pageShift;
    private final int leafLevel;
    private final LruSet iotlb;
    /** When the IOTLB's entries are there: walks are timed ahead of the clock ({@link Fills}). */
    private final Fills fills = new Fills();
    private final LruSet[] walkCaches = new LruSet[LEVELS - 1];
    /** When each walk cache's entries are there: a walk fills them as it reads their level ({@link Fills}). */
    private final Fills[] walkFills = new Fills[LEVELS - 1];
    /** A walk's reads, each level's as time from the walk's start (work space of {@link #walk}). */
    private final long[] levelReadPs = new long[LEVELS];
    /** Interrupt-remapping entries cached, by device; null when interrupts are not remapped. */
    private final LruSet interruptCache;
    /** Whether it remaps interrupts (its entry cache may have no entries: then every MSI reads its entry). */
    private final boolean remapsInterrupts;
    private long remapped;
    private long interruptEntryReads;
    /** Per-I/O mapping through this IOMMU. */
    private final DynamicMapping mapping;
    /** Each page walker's calendar: walks are often planned ahead of the clock. */
    private final Timeline[] walkers;
    private final PageTableReader memory;
    private final ComponentSpec spec;
    private long lookups;
    private long misses;
    private long fullWalks;
    private long tableReads;
    private long walkPs;
    private long faults;

    public Iommu(IommuConfig config, PageTableReader memory, LongSupplier clock) {
        this.config = config;
        this.memory = memory;
        walkers = new Timeline[config.walkers()];
        for (int w = 0; w < walkers.length; w++) {
            walkers[w] = new Timeline(clock);
        }
        mapping = new DynamicMapping(config.mapping(), config.pageBytes(), this, clock);
        remapsInterrupts = config.interruptCacheEntries() >= 0;
        interruptCache = config.interruptCacheEntries() > 0 ? new LruSet(config.interruptCacheEntries()) : null;
        pageShift = Long.numberOfTrailingZeros(config.pageBytes());
        leafLevel = pageShift == 30 ? 1 : pageShift == 21 ? 2 : 3;
        iotlb = new LruSet(config.iotlbEntries());
        for (int level = 0; level < LEVELS - 1; level++) {
            walkCaches[level] = new LruSet(config.walkCacheEntries());
            walkFills[level] = new Fills();
        }
        spec = ComponentSpec.of("iommu", config.name())
            .param("page", "B", config.pageBytes(), "page size of the DMA mappings")
            .param("iotlb_entries", "", config.iotlbEntries(), "IOTLB entries for that page size")
            .param("iotlb_hit", "ps", config.hitPs(), "lookup time of an IOTLB hit")
            .param("walk", "ps", config.walkPs(), "walker's own time for each walk, besides its table reads")
            .param("walk_cache_entries", "", config.walkCacheEntries(), "entries of each walk cache")
            .param("walkers", "", config.walkers(), "page walks in progress at once")
            .port("root-ports", "DMA requests to translate", Integer.MAX_VALUE)
            .stat("lookups", "pages", "pages translated", () -> lookups)
            .stat("iotlb_misses", "pages", "translations that walked", () -> misses)
            .stat("full_walks", "walks", "walks that missed every walk cache", () -> fullWalks)
            .stat("table_reads", "entries", "page-table entries read from the cache hierarchy", () -> tableReads)
            .stat("interrupts_remapped", "MSIs", "MSIs looked up in the interrupt-remapping table",
                () -> remapped)
            .stat("interrupt_entry_reads", "entries", "remapping entries read from memory on a cache miss",
                () -> interruptEntryReads)
            .stat("faults", "transfers", "transfers dropped for want of a mapping", () -> faults)
            .stat("walk_time", "ps", "time spent walking, queueing for the walker included", () -> walkPs)
            .setting("iova_allocator", config.mapping().allocator(), "how per-I/O mappings get their IOVAs")
            .setting("invalidation", config.mapping().strict() ? "STRICT" : "DEFERRED", "how unmaps invalidate")
            .setting("unmap_keeps_walk_caches", config.mapping().keepWalkCaches(),
                "whether a strict unmap's invalidation leaves the walk caches' entries over its range")
            .stat("maps", "mappings", "per-I/O mappings made", () -> mapping.maps)
            .stat("unmaps", "mappings", "per-I/O mappings removed", () -> mapping.unmaps)
            .stat("invalidations", "descriptors", "invalidation descriptors completed", mapping::invalidations)
            .stat("flushes", "flushes", "whole-IOTLB flushes of deferred unmaps", () -> mapping.flushes)
            .stat("device_tlb_invalidations", "requests", "invalidations sent on to devices' TLBs (ATS)",
                () -> mapping.deviceTlbInvalidations)
            .stat("allocator_lock_wait", "ps", "time cores waited for the IOVA allocator's lock",
                mapping::lockWaitPs)
            .stat("invalidation_queue_stall", "ps", "time cores waited for room in the invalidation queue",
                mapping::queueStalledPs);
    }

    /**
     * What a translation found: when its last page was translated, {@link #HIT}, {@link #WALK_CACHED},
     * {@link #WALK_FULL} or {@link #FAULT}, and the page-table entries it read.
     */
    public record Translation(long donePs, int result, int reads) {
    }

    /**
     * Translates the pages of {@code [address, address + size)} for a request that reached the root complex at
     * {@code atPs}. Pages translate in a pipeline: hits cost the lookup each, misses wait for the walker.
     */
    public Translation translate(long atPs, long address, long size) {
        long done = atPs;
        int result = HIT;
        int reads = 0;
        long first = address >>> pageShift;
        long last = (address + Math.max(1, size) - 1) >>> pageShift;
        // Counted on an int: a loop on a long page number is compiled with a limit check the first transfer of
        // several pages fails, which throws the compiled code of every DMA path that inlined it away.
        int pages = Math.toIntExact(last - first + 1);
        for (int k = 0; k < pages; k++) {
            long page = first + k;
            lookups++;
            long hit = atPs + config.hitPs();
            if (iotlb.touch(page)) {
                long there = fills.hit(page, atPs);
                if (there >= 0) {
                    done = Math.max(done, Math.max(hit, there));
                    continue;
                }
            }
            misses++;
            int start = walkCached(page << pageShift, hit);
            result = Math.max(result, start == 0 ? WALK_FULL : WALK_CACHED);
            reads += leafLevel + 1 - start;
            long walked = walk(hit, page << pageShift, start);
            walkPs += walked - hit;
            done = Math.max(done, walked);
            fills.filled(page, atPs, walked);
        }
        return new Translation(done, result, reads);
    }

    /**
     * A request for {@code iova}, which has no mapping, reached the root complex at {@code atPs}: the IOTLB misses
     * and the walk ends at a non-present leaf entry ({@link #FAULT}, known when the translation is done). The IOTLB
     * takes nothing; the walk caches keep the upper levels the walk read (the tables above a missing page exist,
     * holding its mapped neighbours).
     */
    public Translation fault(long atPs, long iova) {
        faults++;
        return notPresent(atPs, iova);
    }

    /**
     * A translation request (ATS) for the page at {@code iova}, whose entry is not present (the page is out of
     * memory), reached the root complex at {@code atPs}: as {@link #fault}, but nothing is dropped, so it counts as
     * no fault; the IOTLB forgets any translation of the page it held.
     */
    public Translation notPresent(long atPs, long iova) {
        retire(iova, 1);
        lookups++;
        misses++;
        int start = walkCached(iova, atPs + config.hitPs());
        long done = walk(atPs + config.hitPs(), iova, start);
        walkPs += done - atPs - config.hitPs();
        return new Translation(done, FAULT, leafLevel + 1 - start);
    }

    /**
     * Looks the walk caches up for the page at {@code iova} at {@code lookupPs}, deepest level first, and fills the
     * levels below the one that hit; returns the level the walk starts at (0 when every walk cache missed). An entry
     * whose filling walk was timed after {@code lookupPs} was not there yet: that level misses.
     */
    private int walkCached(long iova, long lookupPs) {
        int start = 0;
        for (int level = leafLevel - 1; level >= 0; level--) {
            long key = iova >>> LEVEL_SHIFT[level];
            if (walkCaches[level].touch(key) && walkFills[level].hit(key, lookupPs) >= 0) {
                start = level + 1;
                break;
            }
        }
        for (int level = start; level < leafLevel; level++) {
            walkCaches[level].touch(iova >>> LEVEL_SHIFT[level]);
        }
        return start;
    }

    /**
     * Walks the table for the page at {@code iova} from level {@code start}, looked up at {@code atPs}; returns
     * when the entry is known. Its first read waits for the walk-cache entry it starts from (an entry another walk
     * is still reading, as a read waits for memory), and each level it reads fills that level's walk cache when read.
     */
    private long walk(long atPs, long iova, int start) {
        long cached = start == 0 ? atPs : walkFills[start - 1].hit(iova >>> LEVEL_SHIFT[start - 1], atPs);
        int reads = leafLevel + 1 - start;
        long fixed = config.walkPs();
        if (start == 0) {
            fullWalks++;
        }
        tableReads += reads;
        // The walk is timed from the first gap of a walker that fits the walker's own time; its reads decide how
        // long it is, and the walker whose calendar first holds that whole length takes it.
        long begin = earliest(atPs, fixed);
        long readsFrom = Math.max(begin + fixed, cached);
        long t = readsFrom;
        for (int level = start; level <= leafLevel; level++) {
            long entry = TABLE_BASE + ((long) level << 40) + (iova >>> LEVEL_SHIFT[level]) * 8;
            t = memory.read(t, entry);
            levelReadPs[level] = t - readsFrom;
        }
        long reading = t - readsFrom;
        long booked = walkers[walkerFor(atPs, t - begin)].book(atPs, t - begin);
        // Booked later (no walker had a gap that long at begin), its reads take as long, later, and its wait for the
        // entry it starts from shrinks by as much (the walker stays booked for the walk as first timed).
        long readsAt = booked == begin ? readsFrom : Math.max(booked + fixed, cached);
        // Each level read fills its walk cache then.
        for (int level = start; level < leafLevel; level++) {
            walkFills[level].filled(iova >>> LEVEL_SHIFT[level], atPs, readsAt + levelReadPs[level]);
        }
        return readsAt + reading;
    }

    /** When the first walker free for {@code length} ps from {@code atPs} would start. */
    private long earliest(long atPs, long length) {
        return walkers[walkerFor(atPs, length)].startFor(atPs, length);
    }

    /** The walker that would start work of {@code length} ps arriving at {@code atPs} first (the lowest on ties). */
    private int walkerFor(long atPs, long length) {
        int walker = 0;
        long begin = walkers[0].startFor(atPs, length);
        for (int w = 1; w < walkers.length && begin > atPs; w++) {
            long candidate = walkers[w].startFor(atPs, length);
            if (candidate < begin) {
                walker = w;
                begin = candidate;
            }
        }
        return walker;
    }

    /**
     * Driver core {@code core} maps a buffer of {@code bytes} for a transfer it wants to
     * start at {@code atPs}; returns when the device may use it.
     */
    public long map(long atPs, HostCore core, long bytes) {
        return mapping.map(atPs, core, bytes);
    }

    /**
     * The IOVA the device uses for the {@code bytes} at {@code address} once a driver mapped them per I/O: pages of
     * the mapping's own (the address itself under identity mappings). Choosing it costs nothing; {@link #map} is the
     * core's work.
     */
    public long iova(long address, long bytes) {
        return mapping.iova(address, bytes);
    }

    /**
     * An IOVA in the per-I/O mappings' window that no mapping holds, at {@code address}'s offset in its page: where a
     * faulting transfer of a buffer mapped per I/O goes (the tables above it hold the mapped neighbours).
     */
    public long unmappedIova(long address) {
        return mapping.unmappedIova(address);
    }

    /** {@link #map} by a core free at {@code atPs} whose time the caller keeps. */
    public long mapAt(long atPs, HostCore core, long bytes) {
        return mapping.mapAt(atPs, core, bytes);
    }

    /** {@link #unmap} by a core free at {@code atPs} whose time the caller keeps. */
    public long unmapAt(long atPs, HostCore core, long iova, long size, long deviceTlbPs) {
        return mapping.unmapAt(atPs, core, iova, size, deviceTlbPs);
    }

    /**
     * Driver core {@code core} unmaps {@code [iova, iova + size)} after its transfer ended at {@code atPs}. When the
     * device caches translations (ATS), every invalidation also goes to its TLB, a round trip of
     * {@code deviceTlbPs} that the invalidation waits for.
     */
    public long unmap(long atPs, HostCore core, long iova, long size, long deviceTlbPs) {
        return mapping.unmap(atPs, core, iova, size, deviceTlbPs);
    }

    /** A driver mapped {@code count} buffers (its rings) before the run: they are live mappings. */
    public void premapped(int count) {
        mapping.premapped(count);
    }

    /** Whether mappings are identity (static): per-I/O mapping costs nothing. */
    public boolean identity() {
        return mapping.identity();
    }

    /**
     * A page-selective invalidation: the IOTLB forgets the pages of {@code [iova, iova + size)}, and, unless the
     * invalidation hint lets them stay ({@link MappingConfig#keepWalkCaches}), each walk cache forgets its entries
     * over the range too, so the next translation there walks from the top.
     */
    void invalidate(long iova, long size) {
        retire(iova, size);
        long last = iova + Math.max(1, size) - 1;
        if (!config.mapping().keepWalkCaches()) {
            for (int level = 0; level < leafLevel; level++) {
                for (long entry = iova >>> LEVEL_SHIFT[level]; entry <= last >>> LEVEL_SHIFT[level]; entry++) {
                    walkCaches[level].remove(entry);
                    walkFills[level].forget(entry);
                }
            }
        }
    }

    /**
     * A deferred unmap of {@code [iova, iova + size)}: nothing is invalidated yet, but the range waits on the flush
     * queue and is not handed out again before the flush ({@link IovaSpace}), so no translation uses the IOTLB's
     * entries for its pages before the flush removes them: they are dropped now. The walk caches keep their entries:
     * the next IOVA is a neighbour under the same upper-level tables.
     */
    void retire(long iova, long size) {
        long last = iova + Math.max(1, size) - 1;
        for (long page = iova >>> pageShift; page <= last >>> pageShift; page++) {
            iotlb.remove(page);
            fills.forget(page);
        }
    }

    /**
     * Software changed the entry of the page at {@code address} (a process's page table, shared by a device): the
     * IOTLB forgets the page; the walk caches keep the tables above it.
     */
    public void invalidatePage(long address) {
        retire(address, 1);
    }

    /** A global invalidation: the IOTLB and the walk caches forget everything. */
    void flushAll() {
        iotlb.clear();
        fills.clear();
        for (int level = 0; level < walkCaches.length; level++) {
            walkCaches[level].clear();
            walkFills[level].clear();
        }
    }

    /**
     * An MSI of device {@code source} reached the root complex at {@code atPs}: with interrupt remapping, its
     * entry is looked up (the IOTLB's lookup time) and, when not cached, read from memory. Returns when it may go
     * on to its core.
     */
    public long remapInterrupt(long atPs, int source) {
        if (!remapsInterrupts) {
            return atPs;
        }
        remapped++;
        long t = atPs + config.hitPs();
        if (interruptCache == null || !interruptCache.touch(source)) {
            interruptEntryReads++;
            t = memory.read(t, TABLE_BASE - (1L << 30) + source * 16L);
        }
        return t;
    }

    @Override
    public ComponentSpec spec() {
        return spec;
    }
}
