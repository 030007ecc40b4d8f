/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.socket;

import java.util.function.LongSupplier;

import io.platsim.engine.cache.Inclusion;
import io.platsim.engine.cache.LineArray;
import io.platsim.engine.cache.LineStates;
import io.platsim.engine.cache.PrivateCache;
import io.platsim.engine.cache.Protocol;
import io.platsim.engine.cache.SharedCache;
import io.platsim.engine.cache.SnoopFilter;
import io.platsim.engine.component.Component;
import io.platsim.engine.component.ComponentSpec;
import io.platsim.engine.memory.MemoryController;

/**
 * One socket's caches and memory: each core's private caches (created when the core first touches memory), the
 * snoop filter with a core-valid bit per core and line, the shared LLC with its DMA ways and the memory
 * controller (the home agent's own caches are {@link HomeAgents}'). This class keeps the states consistent (a line
 * in a private cache is in the snoop filter; a dirty line pushed out is written back to the LLC, or to memory
 * without one); the access paths decide who asks whom and what it costs.
 */
public final class SocketModel implements Component {

    public static final int LINE = MemoryController.LINE;

    final SocketConfig config;
    final MemoryController memory;
    final Protocol protocol;
    /** This socket's index in the platform. */
    private final int index;
    /** The homes of the pages of other sockets' memory its cores took lines of; null while they took none. */
    private ForeignPages foreignPages;
    /** The platform's home agents, which take a dirty line of another socket's memory back to it. */
    private HomeAgents homes;
    private final SharedCache llc;
    private final PrivateCache[] cores;
    private final SnoopFilter filter = new SnoopFilter();
    /** Lines the private caches wrote back: dirty victims, and modified lines another agent read (MESI, MESIF). */
    long coreWritebacks;
    /** Lines taken from the cores because the inclusive LLC pushed them out. */
    long backInvalidations;
    /** Built on first use: the statistics read the fields above. */
    private ComponentSpec spec;
    private final long seed;

    /** Socket {@code index}; its caches' random replacement choices are drawn from the run's {@code seed}. */
    public SocketModel(int index, SocketConfig config, LongSupplier clock, long seed) {
        this.seed = seed ^ (index + 1L) * 0x9E3779B97F4A7C15L;
        this.index = index;
        this.config = config;
        SocketConfig.MemoryConfig m = config.memory();
        memory = new MemoryController(m.name(), m.channels(), m.latencyPs(), m.bytesPerSec(), clock);
        protocol = config.protocol();
        llc = config.llc() != null ? new SharedCache(config.name() + "-llc", config.llc(), config.dmaWays(),
            config.inclusion(), this.seed) : null;
        cores = new PrivateCache[config.cores()];
    }

    /**
     * The socket as a component: its cores with their private caches and snoop filter, and its home agent. Its
     * memory controller and LLC are components of their own, joined to its ports.
     */
    @Override
    public ComponentSpec spec() {
        if (spec == null) {
            spec = SocketSpec.of(this, filter::size);
        }
        return spec;
    }

    /** The LLC as a component, or null without one. */
    public SharedCache llc() {
        return llc;
    }

    // ---- LLC

    public boolean allocatesDma() {
        return llc != null && llc.allocatesDma();
    }

    /** True when {@code line} is in the LLC (a DMA read or a core's miss there hits it). */
    boolean llcHolds(long line) {
        return llc != null && llc.holds(line);
    }

    /** True when the LLC holds {@code line} Modified: no other socket can hold it. */
    boolean llcDirty(long line) {
        return llc != null && llc.dirty(line);
    }

    /** Reads {@code line} for an agent outside the cores (a DMA read, a page walk): from the LLC, else memory. */
    public long read(long atPs, long line) {
        if (llcHolds(line)) {
            return atPs + config.llcHitPs();
        }
        return memory.access(atPs, line * LINE, false);
    }

    /**
     * The IOMMU reads a page-table entry's line: from the LLC, else from memory, and the LLC keeps it (walks
     * read page tables coherently, and neighbouring entries share a line).
     */
    public long readTable(long atPs, long line) {
        if (llcHolds(line)) {
            return atPs + config.llcHitPs();
        }
        long done = memory.access(atPs, line * LINE, false);
        if (llc != null) {
            toLlc(line, false, done);
        }
        return done;
    }

    /** A DMA write of {@code line} into the LLC's DMA ways; a dirty line pushed out goes to memory at {@code atPs}. */
    public void allocate(long line, long atPs) {
        evicted(llc.writeDma(line), atPs);
    }

    /** A core takes {@code line} from the LLC; returns whether the LLC's copy was dirty. */
    boolean takeFromLlc(long line) {
        if (config.inclusion() == Inclusion.EXCLUSIVE) {
            return llc.remove(line);
        }
        return llc.dirty(line);
    }

    // ---- the cores' copies

    /** Core {@code core}'s private caches, or null when the socket has none. */
    PrivateCache core(int core) {
        if (cores[core] == null && (config.l1() != null || config.l2() != null)) {
            cores[core] = new PrivateCache(config.l1(), config.l2(), seed + core + 1);
        }
        return cores[core];
    }

    /** Core-valid bits of {@code line}. */
    public long holders(long line) {
        return filter.cores(line);
    }

    /** A core holding {@code line} (the lowest numbered), or -1. */
    int holder(long line) {
        long bits = filter.cores(line);
        return bits == 0 ? -1 : Long.numberOfTrailingZeros(bits);
    }

    /** State of {@code line} in core {@code core}, as a snoop looks at it (not a use of the line). */
    public byte state(int core, long line) {
        return cores[core] == null ? LineStates.INVALID : cores[core].peekState(line);
    }

    /** The core holding {@code line} dirty (Modified or Owned), or -1. */
    int dirtyOwner(long line) {
        for (long bits = filter.cores(line); bits != 0; bits &= bits - 1) {
            int core = Long.numberOfTrailingZeros(bits);
            if (LineStates.dirty(state(core, line))) {
                return core;
            }
        }
        return -1;
    }

    public boolean heldModified(long line) {
        return dirtyOwner(line) >= 0;
    }

    /**
     * Whether the socket has {@code line}, homed on socket {@code home}, anywhere: in a core or in the LLC. Lines
     * of another socket's memory only get here through a core's access, so a socket whose cores never reached
     * across holds none (and nothing needs to be looked up).
     */
    public boolean holdsAnywhere(long line, int home) {
        return mayHold(home) && (filter.cores(line) != 0 || llc != null && llc.contains(line));
    }

    /**
     * Whether the socket has data for {@code line}, homed on socket {@code home}, that memory lacks: a core's
     * modified copy or the LLC's dirty one.
     */
    public boolean dirtyAnywhere(long line, int home) {
        return mayHold(home) && (heldModified(line) || llc != null && llc.dirty(line));
    }

    /** Whether lines of socket {@code home}'s memory may be here: its own, or another's once its cores reached it. */
    private boolean mayHold(int home) {
        return home == index || foreignPages != null;
    }

    /** A core of this socket reaches for {@code line}, of socket {@code home}'s memory. */
    void holdForeignLine(long line, int home) {
        if (foreignPages == null) {
            foreignPages = new ForeignPages();
        }
        foreignPages.put(line, home);
    }

    /** The home agents this socket's dirty lines of other sockets' memory go back through. */
    void homes(HomeAgents agents) {
        homes = agents;
    }

    /**
     * A dirty {@code line} leaves the socket's caches at {@code atPs}: to memory at its home, this socket's or, for
     * a line of a page its cores took from another socket, that socket's through the home agents. Returns when
     * memory has it.
     */
    long toMemory(long line, long atPs) {
        int home = foreignPages == null ? index : foreignPages.home(line, index);
        if (home == index || homes == null) {
            return memory.access(atPs, line * LINE, true);
        }
        return homes.writeBack(index, home, line, atPs);
    }

    /** Every copy in the cores goes (a write elsewhere takes the line; its data, if dirty, travels with it). */
    void coreDrop(long line) {
        for (long bits = filter.cores(line); bits != 0; bits &= bits - 1) {
            cores[Long.numberOfTrailingZeros(bits)].invalidate(line);
        }
        filter.clear(line);
    }

    /** Every copy in the socket goes, the LLC's included. */
    void dropAnywhere(long line) {
        coreDrop(line);
        if (llc != null) {
            llc.remove(line);
        }
    }

    /** One core's copy goes. */
    void invalidate(int core, long line) {
        cores[core].invalidate(line);
        filter.remove(line, core);
    }

    /**
     * Another agent reads {@code line}: a dirty owner keeps it by the protocol (Shared after writing it back, or
     * Owned under MOESI), and Exclusive or Forward copies become Shared. The write-back happens at {@code atPs}.
     */
    void coreClean(long line, long atPs) {
        cleanCores(line, atPs, false);
    }

    /**
     * {@link #coreClean}; with {@code handOver}, a write-back with no LLC to take it is left to the caller: returns
     * whether there was one.
     */
    private boolean cleanCores(long line, long atPs, boolean handOver) {
        boolean handed = false;
        for (long bits = filter.cores(line); bits != 0; bits &= bits - 1) {
            int core = Long.numberOfTrailingZeros(bits);
            byte state = cores[core].peekState(line);
            if (LineStates.dirty(state) && protocol.writesBackWhenShared()) {
                handed |= handOver && llc == null;
                if (handOver && llc == null) {
                    coreWritebacks++;
                } else {
                    writeBack(line, atPs);
                }
                cores[core].state(line, LineStates.SHARED);
            } else if (LineStates.dirty(state)) {
                cores[core].state(line, protocol.ownerAfterShare());
            } else if (state != LineStates.SHARED) {
                cores[core].state(line, LineStates.SHARED);
            }
        }
        return handed;
    }

    /**
     * As {@link #coreClean}, and a dirty LLC copy (a core's write-back goes there) is made clean: returns whether the
     * socket held data memory lacks (the LLC's, or a core's with no LLC to take it), which the caller writes to
     * memory at the line's home (maybe another socket).
     */
    boolean cleanAnywhere(long line, long atPs) {
        boolean handed = cleanCores(line, atPs, true);
        if (llc != null && llc.dirty(line)) {
            llc.clean(line);
            return true;
        }
        return handed;
    }

    void state(int core, long line, byte state) {
        cores[core].state(line, state);
    }

    /** A private cache writes {@code line} back: into the LLC, or to memory (at its home) without one. */
    void writeBack(long line, long atPs) {
        coreWritebacks++;
        if (llc == null) {
            toMemory(line, atPs);
        } else {
            toLlc(line, true, atPs);
        }
    }

    private void toLlc(long line, boolean dirty, long atPs) {
        evicted(llc.insert(line, dirty), atPs);
    }

    /**
     * The LLC pushed {@code victim} out (or nothing, {@link LineArray#NO_VICTIM}): to memory at its home when dirty,
     * and out of the cores too when the LLC is inclusive. A line dirty in a core and in the LLC goes to memory once,
     * with the core's data (the newer).
     */
    private void evicted(long victim, long atPs) {
        long line = LineArray.victimLine(victim);
        if (line < 0) {
            return;
        }
        boolean dirty = SharedCache.dirtyVictim(victim);
        if (config.inclusion() == Inclusion.INCLUSIVE && filter.cores(line) != 0) {
            backInvalidations++;
            if (heldModified(line)) {
                coreWritebacks++;
                dirty = true;
            }
            coreDrop(line);
        }
        if (dirty) {
            toMemory(line, atPs);
        }
    }

    /**
     * Core {@code core} takes {@code line} in {@code state} at {@code atPs}: the snoop filter learns it, an
     * inclusive LLC gets a copy, and the line pushed out of the core's caches goes to the LLC (a dirty one is
     * written back).
     */
    void fill(int core, long line, byte state, long atPs) {
        PrivateCache cache = core(core);
        if (cache == null) {
            return;
        }
        filter.add(line, core);
        long victim = cache.install(line, state);
        if (victim != LineArray.NO_VICTIM) {
            long evicted = LineArray.victimLine(victim);
            filter.remove(evicted, core);
            if (LineStates.dirty(LineArray.victimState(victim))) {
                writeBack(evicted, atPs);
            } else if (llc != null && config.inclusion() != Inclusion.INCLUSIVE) {
                toLlc(evicted, false, atPs);
            }
        }
        if (llc != null && config.inclusion() == Inclusion.INCLUSIVE) {
            toLlc(line, false, atPs);
        }
    }

    /** Its configuration. */
    public SocketConfig config() {
        return config;
    }

    /** Its memory controller. */
    public MemoryController memory() {
        return memory;
    }

    /** Lines the private caches wrote back: dirty victims, and modified lines another agent read. */
    public long coreWritebacks() {
        return coreWritebacks;
    }

    /** Lines taken from the cores because the inclusive LLC pushed them out. */
    public long backInvalidations() {
        return backInvalidations;
    }
}
