/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.socket;

import io.platsim.engine.cache.CacheConfig;
import io.platsim.engine.cache.Inclusion;
import io.platsim.engine.cache.Protocol;
import io.platsim.engine.cache.SnoopFilter;

/**
 * A socket: its cores, each with private caches, share an LLC, part of which inbound DMA writes may fill
 * (DDIO-like).
 *
 * @param name         for traces and summaries
 * @param cores        number of cores (at most {@link io.platsim.engine.cache.SnoopFilter#MAX_CORES})
 * @param l1           each core's L1 (null for none)
 * @param l2           each core's L2 (null for none)
 * @param llc          the shared LLC (null for none)
 * @param dmaWays      LLC ways DMA writes may allocate into; 0 sends them to memory
 * @param inclusion    how the LLC relates to the private caches
 * @param protocol     state protocol of the private caches
 * @param snoopPs      cost of snooping a core that holds a line clean (and of it forwarding the line)
 * @param snoopModifiedPs cost of snooping a core that holds a line modified (its data travels back)
 * @param lookupPs     home agent's lookup of a request
 * @param snoopMode    how the socket's home agent keeps its memory coherent
 * @param ioDirectoryCacheEntries lines the home agent's I/O directory cache tracks (directory mode); 0 for
 *                     none
 * @param memory       the socket's memory controller
 */
public record SocketConfig(String name, int cores, CacheConfig l1, CacheConfig l2, CacheConfig llc, int dmaWays,
        Inclusion inclusion, Protocol protocol, long snoopPs, long snoopModifiedPs, long lookupPs,
        SnoopMode snoopMode, int ioDirectoryCacheEntries, int hitMeEntries, MemoryConfig memory) {

    public SocketConfig {
        if (cores < 1 || cores > SnoopFilter.MAX_CORES) {
            throw new IllegalArgumentException(name + ": PlatSim models 1 to " + SnoopFilter.MAX_CORES
                + " cores per socket, not " + cores);
        }
    }

    /** Latency of an LLC hit; without an LLC, the time the socket takes to find that a line is not there. */
    public long llcHitPs() {
        return llc != null ? llc.hitPs() : lookupPs;
    }

    /**
     * A socket of {@code cores} cores over {@code memory}, to be described by name: no caches, no DMA ways, free
     * snoops and lookups, home snoop, no directory caches, until told otherwise.
     */
    public static Builder of(String name, int cores, MemoryConfig memory) {
        return new Builder(name, cores, memory);
    }

    /** Builds a {@link SocketConfig} field by field, from {@link SocketConfig#of}. */
    public static final class Builder {
        private final String name;
        private final int cores;
        private final MemoryConfig memory;
        private CacheConfig l1;
        private CacheConfig l2;
        private CacheConfig llc;
        private int dmaWays;
        private Inclusion inclusion = Inclusion.NON_INCLUSIVE;
        private Protocol protocol = Protocol.MESI;
        private long snoopPs;
        private long snoopModifiedPs;
        private long lookupPs;
        private SnoopMode snoopMode = SnoopMode.HOME_SNOOP;
        private int ioDirectoryCacheEntries;
        private int hitMeEntries;

        private Builder(String name, int cores, MemoryConfig memory) {
            this.name = name;
            this.cores = cores;
            this.memory = memory;
        }

        /** Each core's L1 and L2 and the shared LLC (null for none). */
        public Builder caches(CacheConfig coreL1, CacheConfig coreL2, CacheConfig shared) {
            l1 = coreL1;
            l2 = coreL2;
            llc = shared;
            return this;
        }

        /** How the LLC relates to the private caches, and the private caches' protocol. */
        public Builder policy(Inclusion llcInclusion, Protocol privateProtocol) {
            inclusion = llcInclusion;
            protocol = privateProtocol;
            return this;
        }

        /** LLC ways inbound DMA writes may allocate into (0 sends them to memory). */
        public Builder dmaWays(int ways) {
            dmaWays = ways;
            return this;
        }

        /** The home agent: its lookup, and the snoop of a core holding a line clean and modified. */
        public Builder home(long lookup, long snoopClean, long snoopModified) {
            lookupPs = lookup;
            snoopPs = snoopClean;
            snoopModifiedPs = snoopModified;
            return this;
        }

        /** The home agent's coherence scheme, its I/O directory cache's and its HitME cache's entries. */
        public Builder snoopMode(SnoopMode mode, int ioDirectoryCache, int hitMe) {
            snoopMode = mode;
            ioDirectoryCacheEntries = ioDirectoryCache;
            hitMeEntries = hitMe;
            return this;
        }

        /** The socket. */
        public SocketConfig build() {
            return new SocketConfig(name, cores, l1, l2, llc, dmaWays, inclusion, protocol, snoopPs, snoopModifiedPs,
                lookupPs, snoopMode, ioDirectoryCacheEntries, hitMeEntries, memory);
        }
    }

    /** Coherence schemes of a home agent. */
    public enum SnoopMode {
        /** The home agent looks the request up, then snoops the other sockets and reads memory. */
        HOME_SNOOP,
        /** The requester snoops the other sockets itself while the home agent reads memory at once. */
        SOURCE_SNOOP,
        /** The home agent reads memory with its directory and snoops other sockets only where it says. */
        DIRECTORY
    }

    /** A memory controller: channels, idle latency, total bandwidth. */
    public record MemoryConfig(String name, int channels, long latencyPs, double bytesPerSec) {
    }
}
