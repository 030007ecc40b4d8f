/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.platform;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import io.platsim.engine.component.Component;
import io.platsim.engine.component.ComponentSpec;
import io.platsim.engine.pcie.PcieFabric;
import io.platsim.engine.socket.CpuAccessPath;
import io.platsim.engine.socket.SocketModel;

/**
 * The platform-wide counters of a run (memory, LLC DMA ways, PCIe links, the inter-socket link, core-to-core
 * snoops), read as their growth since the end of the warm-up, like every other statistic of the run. The
 * models count from the start; {@link #snapshot} records where they stood when the warm-up ended.
 */
final class RunCounters {

    /**
     * Per socket: memory line reads, line writes, queued ps, LLC DMA hits, LLC DMA allocations, LLC write-backs
     * to memory, private-cache write-backs, back-invalidations.
     */
    private static final int SOCKET_FIELDS = 8;
    /** Per link: busy ps up, busy ps down, wire bytes up, wire bytes down, ps held back for credits or ordering. */
    private static final int LINK_FIELDS = 5;

    private final SocketModel[] sockets;
    private final PcieFabric fabric;
    private final int links;
    private final CpuAccessPath cpu;
    private final long[] socketBase;
    private final long[] linkBase;
    private final long[] cpuBase = new long[4];
    private long sincePs;
    private boolean taken;
    private final Map<ComponentSpec.Stat, Long> statBase = new IdentityHashMap<>();
    private final List<Component> components;

    RunCounters(SocketModel[] sockets, PcieFabric fabric, int links, CpuAccessPath cpu, List<Component> components) {
        this.components = components;
        this.sockets = sockets;
        this.fabric = fabric;
        this.links = links;
        this.cpu = cpu;
        socketBase = new long[sockets.length * SOCKET_FIELDS];
        linkBase = new long[links * LINK_FIELDS];
    }

    /** The warm-up ends at {@code nowPs}: counting starts here. */
    void snapshot(long nowPs) {
        for (int s = 0; s < sockets.length; s++) {
            for (int f = 0; f < SOCKET_FIELDS; f++) {
                socketBase[s * SOCKET_FIELDS + f] = socket(s, f);
            }
        }
        for (int l = 0; l < links; l++) {
            for (int f = 0; f < LINK_FIELDS; f++) {
                linkBase[l * LINK_FIELDS + f] = link(l, f);
            }
        }
        for (int r = 0; r < 3; r++) {
            cpuBase[r] = cpu.coreSnoops(r);
        }
        cpuBase[3] = cpu.interSocketBytes();
        for (Component component : components) {
            for (ComponentSpec.Stat stat : component.spec().stats()) {
                statBase.put(stat, stat.value().getAsLong());
            }
        }
        sincePs = nowPs;
        taken = true;
    }

    /**
     * The run ends at {@code nowPs}: when it ended before its warm-up did (cancelled, stopped, shut down), nothing was
     * measured, and every count reads 0 rather than the warm-up's.
     */
    void ended(long nowPs) {
        if (!taken) {
            snapshot(nowPs);
        }
    }

    private long socket(int s, int field) {
        SocketModel socket = sockets[s];
        return switch (field) {
            case 0 -> socket.memory().reads();
            case 1 -> socket.memory().writes();
            case 2 -> socket.memory().queuedPs();
            case 3 -> socket.llc() == null ? 0 : socket.llc().dmaHits();
            case 4 -> socket.llc() == null ? 0 : socket.llc().dmaAllocations();
            case 5 -> socket.llc() == null ? 0 : socket.llc().writebacks();
            case 6 -> socket.coreWritebacks();
            default -> socket.backInvalidations();
        };
    }

    private long link(int l, int field) {
        return switch (field) {
            case 0 -> fabric.busyPs(l, true);
            case 1 -> fabric.busyPs(l, false);
            case 2 -> fabric.bytes(l, true);
            case 3 -> fabric.bytes(l, false);
            default -> fabric.stalledPs(l);
        };
    }

    /** Growth of socket {@code s}'s counter {@code field} since the warm-up (fields as listed above). */
    long socketDelta(int s, int field) {
        return socket(s, field) - socketBase[s * SOCKET_FIELDS + field];
    }

    long linkDelta(int l, int field) {
        return link(l, field) - linkBase[l * LINK_FIELDS + field];
    }

    /** Growth of a component's count since the warm-up; a level as it stands. */
    long statDelta(ComponentSpec.Stat stat) {
        return stat.value().getAsLong() - (stat.level() ? 0 : statBase.getOrDefault(stat, 0L));
    }

    long coreSnoops(int result) {
        return cpu.coreSnoops(result) - cpuBase[result];
    }

    long interSocketBytes() {
        return cpu.interSocketBytes() - cpuBase[3];
    }

    /** Share of the time since the warm-up that a link direction was busy, 0 to 1. */
    double utilisation(int link, boolean upstream, long nowPs) {
        long elapsed = nowPs - sincePs;
        return elapsed <= 0 ? 0 : (double) linkDelta(link, upstream ? 0 : 1) / elapsed;
    }
}
