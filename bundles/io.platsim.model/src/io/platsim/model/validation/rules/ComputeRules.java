/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.validation.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.platsim.model.Cache;
import io.platsim.model.CacheLevel;
import io.platsim.model.HomeAgent;
import io.platsim.model.InterSocketLink;
import io.platsim.model.MemoryController;
import io.platsim.model.NumaRange;
import io.platsim.model.Platform;
import io.platsim.model.PlatsimPackage.Literals;
import io.platsim.model.ReplacementPolicy;
import io.platsim.model.SnoopMode;
import io.platsim.model.Socket;
import io.platsim.model.validation.Problems;
import io.platsim.model.validation.Rule;

/** Rules on sockets, caches, coherence agents, memory and NUMA. */
public final class ComputeRules {

    private ComputeRules() {
    }

    public static List<Rule> rules() {
        return List.of(
            Rule.error("platform-socket", "A platform has a socket: DMA and the cores need its memory.", (p, out) -> {
                if (p.getSockets().isEmpty()) {
                    out.report(p, Literals.PLATFORM__SOCKETS, "the platform has no socket, so there is no memory for "
                        + "DMA or cores to reach; add a socket and its memory controller");
                }
            }),
            Rule.error("socket-memory", "Every socket has a memory controller: the lines homed on it live there.",
                (p, out) -> p.getSockets().stream().filter(s -> s.getMemoryControllers().isEmpty())
                    .forEach(s -> out.report(s, Literals.SOCKET__MEMORY_CONTROLLERS, "the socket has no memory "
                        + "controller; add one (the lines homed on this socket live in its memory)"))),
            Rule.error("socket-id-unique", "Socket numbers are unique in the platform.", (p, out) ->
                Checks.unique(p.getSockets(), Socket::getSocketId, Literals.SOCKET__SOCKET_ID, out, "socket number")),
            Rule.error("core-id-unique", "Core numbers are unique in their socket.", (p, out) ->
                p.getSockets().forEach(s ->
                    Checks.unique(s.getCores(), c -> c.getCoreId(), Literals.CORE__CORE_ID, out, "core number"))),
            Rule.error("socket-core-count", "A socket has 1 to 64 cores (its snoop filter keeps a bit per core).",
                (p, out) -> p.getSockets().stream().filter(s -> s.getCores().isEmpty() || s.getCores().size() > 64)
                    .forEach(s -> out.report(s, Literals.SOCKET__CORES, s.getCores().size() + " cores; PlatSim "
                        + "models 1 to 64 cores per socket (one core-valid bit each in the snoop filter)"))),
            Rule.error("cache-protocol-consistent", "The private caches of a socket share one state protocol.",
                ComputeRules::protocols),
            Rule.error("cache-geometry", "A cache's size is a whole number of sets of ways x line size.",
                ComputeRules::cacheGeometry),
            Rule.error("cache-replacement", "Tree pseudo-LRU needs a power-of-two number of ways.", (p, out) ->
                caches(p).stream().filter(c -> c.getReplacement() == ReplacementPolicy.PLRU && c.getWays() > 0
                        && !Checks.powerOfTwo(c.getWays()))
                    .forEach(c -> out.report(c, Literals.CACHE__REPLACEMENT, "tree pseudo-LRU needs a power-of-two "
                        + "number of ways, not " + c.getWays() + "; use LRU, RRIP or RANDOM, or "
                        + Integer.highestOneBit(c.getWays()) + " or " + Integer.highestOneBit(c.getWays()) * 2
                        + " ways"))),
            Rule.warning("cache-cores-alike", "A socket's cores have the geometry and replacement policy of its "
                + "first L1 and L2.", ComputeRules::coresAlike),
            Rule.error("cache-line-size", "Cache lines are a power of two from 16 to 256 bytes.", (p, out) ->
                caches(p).stream().filter(c -> !Checks.powerOfTwo(c.getLineSizeBytes())
                        || c.getLineSizeBytes() < 16 || c.getLineSizeBytes() > 256)
                    .forEach(c -> out.report(c, Literals.CACHE__LINE_SIZE_BYTES, c.getLineSizeBytes()
                        + " bytes is not a cache line size; use a power of two from 16 to 256 (64 on x86)"))),
            Rule.error("cache-private-owner", "Private L1/L2 caches name a core of their socket; the LLC does not.",
                ComputeRules::privateOwner),
            Rule.error("cache-dma-ways", "DMA-allocatable ways are between 0 and the cache's ways.", (p, out) ->
                caches(p).stream().filter(c -> c.getDmaAllocatableWays() < 0
                        || c.getDmaAllocatableWays() > c.getWays())
                    .forEach(c -> out.report(c, Literals.CACHE__DMA_ALLOCATABLE_WAYS, c.getDmaAllocatableWays()
                        + " DMA ways is outside 0.." + c.getWays() + " (the cache's ways)"))),
            Rule.error("inter-socket-link-ends", "An inter-socket link joins two different sockets.",
                ComputeRules::linkEnds),
            Rule.error("numa-ranges-disjoint", "NUMA address ranges do not overlap.", ComputeRules::numaOverlap),
            Rule.error("numa-controller-on-home", "A NUMA range's memory controller sits on its home socket.",
                ComputeRules::numaController),
            Rule.error("numa-capacity", "The NUMA ranges homed on a socket fit the capacity of its memory "
                + "controllers.", ComputeRules::numaCapacity),
            Rule.warning("io-directory-cache-mode", "An I/O directory cache only matters in directory mode.",
                (p, out) -> p.getSockets().forEach(s -> s.getHomeAgents().stream()
                    .filter(h -> h.isIoDirectoryCache() && h.getSnoopMode() != SnoopMode.DIRECTORY)
                    .forEach(h -> out.report(h, Literals.HOME_AGENT__IO_DIRECTORY_CACHE, "an I/O directory cache "
                        + "is enabled but the snoop mode is " + h.getSnoopMode() + "; it has no effect there")))),
            Rule.error("memory-controller-figures", "Memory controllers have channels, latency and bandwidth.",
                ComputeRules::memoryFigures));
    }

    static List<Cache> caches(Platform p) {
        List<Cache> caches = new ArrayList<>();
        p.getSockets().forEach(s -> caches.addAll(s.getCaches()));
        return caches;
    }

    private static void protocols(Platform p, Problems out) {
        for (Socket s : p.getSockets()) {
            Cache reference = null;
            for (Cache c : s.getCaches()) {
                if (c.getLevel() == CacheLevel.LLC) {
                    continue;
                }
                if (reference == null) {
                    reference = c;
                } else if (c.getProtocol() != reference.getProtocol()) {
                    out.report(c, Literals.CACHE__PROTOCOL, c.getProtocol() + " differs from "
                        + reference.getName() + "'s " + reference.getProtocol() + "; the cores of a socket keep "
                        + "lines coherent with one protocol");
                }
            }
        }
    }

    private static void coresAlike(Platform p, Problems out) {
        for (Socket s : p.getSockets()) {
            Map<CacheLevel, Cache> first = new EnumMap<>(CacheLevel.class);
            for (Cache c : s.getCaches()) {
                Cache model = first.putIfAbsent(c.getLevel(), c);
                if (model == null || c.getLevel() == CacheLevel.LLC) {
                    continue;
                }
                if (c.getSizeBytes() != model.getSizeBytes() || c.getWays() != model.getWays()) {
                    out.report(c, Literals.CACHE__SIZE_BYTES, c.getSizeBytes() + " bytes in " + c.getWays()
                        + " ways differ from " + model.getName() + "'s " + model.getSizeBytes() + " in "
                        + model.getWays() + "; the run gives every core of " + Checks.name(s) + " the first "
                        + c.getLevel() + "'s");
                }
                if (c.getHitLatencyNs() != model.getHitLatencyNs()) {
                    out.report(c, Literals.CACHE__HIT_LATENCY_NS, c.getHitLatencyNs() + " ns differs from "
                        + model.getName() + "'s " + model.getHitLatencyNs() + " ns; the run gives every core of "
                        + Checks.name(s) + " the first " + c.getLevel() + "'s");
                }
                if (c.getReplacement() != model.getReplacement()) {
                    out.report(c, Literals.CACHE__REPLACEMENT, c.getReplacement() + " differs from "
                        + model.getName() + "'s " + model.getReplacement() + "; the run gives every core of "
                        + Checks.name(s) + " the first " + c.getLevel() + "'s");
                }
            }
        }
    }

    private static void cacheGeometry(Platform p, Problems out) {
        for (Cache c : caches(p)) {
            if (c.getWays() <= 0) {
                out.report(c, Literals.CACHE__WAYS, "a cache needs at least one way");
                continue;
            }
            long setBytes = (long) c.getWays() * c.getLineSizeBytes();
            if (c.getSizeBytes() <= 0 || setBytes <= 0 || c.getSizeBytes() % setBytes != 0) {
                out.report(c, Literals.CACHE__SIZE_BYTES, c.getSizeBytes() + " bytes is not a whole number of sets of "
                    + c.getWays() + " ways x " + c.getLineSizeBytes() + " bytes");
            }
        }
    }

    private static void privateOwner(Platform p, Problems out) {
        for (Socket s : p.getSockets()) {
            for (Cache c : s.getCaches()) {
                boolean shared = c.getLevel() == CacheLevel.LLC;
                if (shared && c.getPrivateTo() != null) {
                    out.report(c, Literals.CACHE__PRIVATE_TO, "the LLC is shared by the socket; it has no owning core");
                } else if (!shared && (c.getPrivateTo() == null || !s.getCores().contains(c.getPrivateTo()))) {
                    out.report(c, Literals.CACHE__PRIVATE_TO, "a private " + c.getLevel()
                        + " cache must name the core of " + Checks.name(s) + " that owns it");
                }
            }
        }
    }

    private static void linkEnds(Platform p, Problems out) {
        for (InterSocketLink link : p.getInterSocketLinks()) {
            if (!Checks.inPlatform(p, link.getSocketA())) {
                out.report(link, Literals.INTER_SOCKET_LINK__SOCKET_A, "names no socket of this platform");
            } else if (!Checks.inPlatform(p, link.getSocketB())) {
                out.report(link, Literals.INTER_SOCKET_LINK__SOCKET_B, "names no socket of this platform");
            } else if (link.getSocketA() == link.getSocketB()) {
                out.report(link, Literals.INTER_SOCKET_LINK__SOCKET_B, "joins " + Checks.name(link.getSocketA())
                    + " to itself; an inter-socket link joins two different sockets");
            }
        }
    }

    private static void numaOverlap(Platform p, Problems out) {
        List<NumaRange> ranges = new ArrayList<>(p.getNumaRanges());
        ranges.sort(Comparator.comparingLong(NumaRange::getBaseAddress));
        for (int i = 1; i < ranges.size(); i++) {
            NumaRange before = ranges.get(i - 1);
            NumaRange range = ranges.get(i);
            if (before.getBaseAddress() + before.getSizeBytes() > range.getBaseAddress()) {
                out.report(range, Literals.NUMA_RANGE__BASE_ADDRESS, String.format(
                    "starts at 0x%x, inside %s (0x%x..0x%x)", range.getBaseAddress(), Checks.name(before),
                    before.getBaseAddress(), before.getBaseAddress() + before.getSizeBytes() - 1));
            }
        }
    }

    private static void numaController(Platform p, Problems out) {
        for (NumaRange range : p.getNumaRanges()) {
            MemoryController controller = range.getMemoryController();
            if (!Checks.inPlatform(p, range.getHomeSocket())) {
                out.report(range, Literals.NUMA_RANGE__HOME_SOCKET, "names no socket of this platform");
            } else if (controller != null && controller.eContainer() != range.getHomeSocket()) {
                out.report(range, Literals.NUMA_RANGE__MEMORY_CONTROLLER, Checks.name(controller)
                    + " is not on the range's home socket " + Checks.name(range.getHomeSocket()));
            }
        }
    }

    private static void numaCapacity(Platform p, Problems out) {
        for (Socket s : p.getSockets()) {
            long capacity = 0;
            for (MemoryController m : s.getMemoryControllers()) {
                capacity += Math.max(0, (long) m.getCapacityMiB()) << 20;
            }
            long homed = 0;
            for (NumaRange range : p.getNumaRanges()) {
                if (range.getHomeSocket() != s) {
                    continue;
                }
                homed += Math.max(0, range.getSizeBytes());
                if (homed > capacity) {
                    out.report(range, Literals.NUMA_RANGE__SIZE_BYTES, String.format("takes the ranges homed on %s "
                        + "to %d MiB, beyond the %d MiB its memory controllers hold; raise their capacity or shrink "
                        + "the range", Checks.name(s), homed >> 20, capacity >> 20));
                    break;
                }
            }
        }
    }

    private static void memoryFigures(Platform p, Problems out) {
        for (Socket s : p.getSockets()) {
            for (MemoryController m : s.getMemoryControllers()) {
                if (m.getChannels() <= 0) {
                    out.report(m, Literals.MEMORY_CONTROLLER__CHANNELS, "a memory controller needs a channel");
                } else if (m.getLatencyNs() <= 0) {
                    out.report(m, Literals.MEMORY_CONTROLLER__LATENCY_NS, "the latency must be above 0 ns");
                } else if (m.getBandwidthGBps() <= 0) {
                    out.report(m, Literals.MEMORY_CONTROLLER__BANDWIDTH_GBPS, "the bandwidth must be above 0 GB/s");
                }
            }
            for (HomeAgent h : s.getHomeAgents()) {
                if (h.isIoDirectoryCache() && h.getIoDirectoryCacheEntries() <= 0) {
                    out.report(h, Literals.HOME_AGENT__IO_DIRECTORY_CACHE_ENTRIES,
                        "an enabled I/O directory cache needs at least one entry");
                }
            }
        }
    }
}
