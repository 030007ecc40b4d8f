/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.platform;

import io.platsim.engine.cache.LineStates;
import io.platsim.engine.fabric.Channel;
import io.platsim.engine.iommu.Iommu;

/**
 * Times one device's DMA transfers from issue to completion, reserving every resource on the way: the PCIe
 * links of its path in each direction ({@link PcieFabric}), the root
 * complex, the inter-socket link for remote buffers, snoops of cores holding the lines, the LLC's DMA ways
 * and the memory channels. Each resource serves transfers in the order they reach it (see {@link Channel}).
 */
final class DmaPath {

    /** Size of an MSI: a 4-byte posted memory write (PCI Local Bus Specification, MSI). */
    static final int MSI_BYTES = 4;

    /** The parts of one transfer's latency, filled by {@link #write} and {@link #read}. */
    static final class Timing {
        long linkPs;
        long iommuPs;
        long coherencePs;
        long memoryPs;
        long latencyPs;
        /** When the data is visible to the CPU (writes) or back at the device (reads). */
        long donePs;
        /** When the device may issue its next posted write (its last TLP left). */
        long sentPs;
        /** Whether the IOMMU found no mapping and dropped the transfer. */
        boolean faulted;
        /** Time a core spent copying the transfer through a bounce buffer, in ps (0 when not bounced). */
        long bouncePs;
        /** Lines software flushed before this (non-coherent) read, and the time the write-backs took. */
        long flushes;
        long flushPs;

        Timing reset() {
            faulted = false;
            iommuPs = 0;
            bouncePs = 0;
            flushes = 0;
            flushPs = 0;
            return this;
        }
    }

    private final PlatformConfig.DeviceConfig device;
    private final DeviceNode node;
    /**
     * The time records are stamped with: the simulation time of the event that started the transaction, so each
     * trace stays in time order even when a transfer starts later (waiting for a buffer, say).
     */
    private long stampPs;
    /** The IOMMU translating this device's DMA, or null. */
    private final Iommu iommu;
    /** The socket of the device's root port. */
    private final int rootSocket;
    private final int index;
    private final PcieFabric fabric;
    private final int[] path;
    private final SocketModel[] sockets;
    private final Channel[] interSocket;
    private final boolean coherent;
    private final TraceSink sink;
    final Timing timing = new Timing();

    DmaPath(int index, PlatformConfig.DeviceConfig device, DeviceNode node, int[] path, int rootSocket, Iommu iommu,
            PcieFabric fabric, SocketModel[] sockets, Channel[] interSocket, boolean platformCoherent,
            TraceSink sink) {
        this.iommu = iommu;
        this.index = index;
        this.device = device;
        this.node = node;
        this.rootSocket = rootSocket;
        this.fabric = fabric;
        this.path = path;
        this.sockets = sockets;
        this.interSocket = interSocket;
        this.sink = sink;
        coherent = platformCoherent && device.coherent();
    }

    /**
     * A non-posted request's round trip to the root complex and back, without queueing: each link's wire
     * latency and switch forwarding both ways, and the root complex's forwarding both ways (an ENQCMD's answer,
     * an ATS translation request, a PRI page request).
     */
    long requestRoundTripPs() {
        return 2 * (fabric.pathLatencyPs(path) + device.rootComplexPs());
    }

    /** Records from now on are stamped {@code eventPs}: the time of the event that issues the transaction. */
    DmaPath stamp(long eventPs) {
        stampPs = eventPs;
        return this;
    }

    /** The IOMMU translating this device's DMA, or null. */
    Iommu iommu() {
        return iommu;
    }

    PlatformConfig.DeviceConfig device() {
        return device;
    }

    /** Index of the socket of the device's root port. */
    int rootSocket() {
        return rootSocket;
    }

    /** Index of the device's own link. */
    int firstLink() {
        return path[0];
    }

    /** From the root complex to the home socket of the buffer; returns the arrival time there. */
    private long toHome(long atPs, int home, int bytes) {
        if (home == rootSocket || interSocket == null) {
            return atPs;
        }
        return interSocket[rootSocket].send(atPs, bytes);
    }

    private long fromHome(long atPs, int home, int bytes) {
        if (home == rootSocket || interSocket == null) {
            return atPs;
        }
        return interSocket[home].send(atPs, bytes);
    }

    /**
     * A transfer to an IOVA with no mapping: its request crosses the links, the IOMMU walks the table, finds
     * nothing and drops it (traced as a fault). A read's requester then gets an error completion.
     */
    Timing fault(long nowPs, long address, int size, boolean write, int reason) {
        Timing t = timing.reset();
        long arrived = fabric.upstream(nowPs, path, write ? PcieFabric.Kind.WRITE : PcieFabric.Kind.READ_REQUEST,
            size, device.rootComplexPs(), device.relaxedOrdering()) + device.rootComplexPs();
        t.sentPs = fabric.acceptedPs();
        long detected = iommu.fault(arrived, address);
        sink.iommu(stampPs, index, address, reason, iommu.lastReads(), detected - arrived);
        t.faulted = true;
        t.donePs = write ? detected : fabric.downstream(detected, path, 0);
        t.latencyPs = t.donePs - nowPs;
        return t;
    }

    /** A DMA write of {@code size} bytes at {@code address}, issued at {@code nowPs}. */
    Timing write(long nowPs, long address, int size, int home) {
        node.writes++;
        Timing t = timing.reset();
        long arrived = fabric.upstream(nowPs, path, PcieFabric.Kind.WRITE, size, device.rootComplexPs(),
            device.relaxedOrdering());
        t.sentPs = fabric.acceptedPs();
        long atRoot = translate(nowPs, arrived + device.rootComplexPs(), address, size);
        t.iommuPs = atRoot - arrived - device.rootComplexPs();
        long atHome = toHome(atRoot, home, size);
        SocketModel socket = sockets[home];
        long visible = atHome;
        long coherence = 0;
        for (long line = address / SocketModel.LINE; line <= (address + size - 1) / SocketModel.LINE; line++) {
            long start = atHome;
            if (coherent) {
                start += snoopForWrite(nowPs, home, socket, line);
                start = Math.max(start, otherSockets(nowPs, atRoot, atHome, home, line, true));
            } else if (socket.heldModified(line)) {
                sink.hazard(stampPs, TraceSink.HAZARD_STALE_WRITE, index, line * SocketModel.LINE, atHome, atHome);
            }
            long done;
            if (coherent && socket.allocatesDma()) {
                done = start + socket.config.llcHitPs();
                socket.allocate(line, done);
                coherence = Math.max(coherence, done - atHome);
            } else {
                coherence = Math.max(coherence, start - atHome);
                done = socket.memory.access(start, line * SocketModel.LINE, true);
            }
            visible = Math.max(visible, done);
        }
        t.donePs = visible;
        t.latencyPs = visible - nowPs;
        t.linkPs = arrived - nowPs + device.rootComplexPs();
        t.coherencePs = Math.min(coherence + (atHome - atRoot), t.latencyPs - t.linkPs - t.iommuPs);
        t.memoryPs = t.latencyPs - t.linkPs - t.iommuPs - t.coherencePs;
        return t;
    }

    /** The IOMMU's translation of a request that reached the root complex at {@code atPs}, traced. */
    private long translate(long nowPs, long atPs, long address, int size) {
        if (iommu == null) {
            return atPs;
        }
        long done = iommu.translate(atPs, address, size);
        sink.iommu(stampPs, index, address, iommu.lastResult(), iommu.lastReads(), done - atPs);
        return done;
    }

    /**
     * Snoops every core holding {@code line} away before a DMA write (the snoop filter's core-valid bits say
     * which, and they are snooped in parallel); returns the time it costs.
     */
    private long snoopForWrite(long nowPs, int home, SocketModel socket, long line) {
        long cost = 0;
        for (long cores = socket.holders(line); cores != 0; cores &= cores - 1) {
            int core = Long.numberOfTrailingZeros(cores);
            boolean modified = LineStates.dirty(socket.state(core, line));
            long ps = modified ? socket.config.snoopModifiedPs() : socket.config.snoopPs();
            sink.snoop(stampPs, index, home, core, modified ? TraceSink.SNOOP_MODIFIED : TraceSink.SNOOP_CLEAN,
                line * SocketModel.LINE, ps);
            cost = Math.max(cost, ps);
        }
        socket.coreDrop(line);
        return cost;
    }

    /** A DMA read of {@code size} bytes at {@code address}, issued at {@code nowPs}. */
    Timing read(long nowPs, long address, int size, int home, boolean flushFirst) {
        node.reads++;
        Timing t = timing.reset();
        long requested = fabric.upstream(nowPs, path, PcieFabric.Kind.READ_REQUEST, size,
            device.rootComplexPs(), device.relaxedOrdering());
        t.sentPs = fabric.acceptedPs();
        long atRoot = translate(nowPs, requested + device.rootComplexPs(), address, size);
        t.iommuPs = atRoot - requested - device.rootComplexPs();
        long atHome = toHome(atRoot, home, 16);
        SocketModel socket = sockets[home];
        long ready = atHome;
        long coherence = 0;
        for (long line = address / SocketModel.LINE; line <= (address + size - 1) / SocketModel.LINE; line++) {
            long done;
            long checked = coherent ? otherSockets(nowPs, atRoot, atHome, home, line, false) : atHome;
            coherence = Math.max(coherence, checked - atHome);
            int owner = socket.dirtyOwner(line);
            int core = owner >= 0 ? owner : socket.holder(line);
            boolean modified = owner >= 0;
            if (coherent && core >= 0) {
                long cost = modified ? socket.config.snoopModifiedPs() : socket.config.snoopPs();
                sink.snoop(stampPs, index, home, core, modified ? TraceSink.SNOOP_MODIFIED : TraceSink.SNOOP_CLEAN,
                    line * SocketModel.LINE, cost);
                if (modified) {
                    socket.coreClean(line, checked + cost);
                    done = checked + cost;
                    coherence = Math.max(coherence, checked + cost - atHome);
                } else {
                    done = socket.read(checked, line);
                }
            } else {
                long start = atHome;
                if (modified && flushFirst) {
                    // Software flushes the line before the device reads it: the write-back goes to memory
                    // first, and the read of that line cannot start before it is done.
                    long written = socket.memory.access(nowPs, line * SocketModel.LINE, true);
                    flushed(socket, line);
                    t.flushes++;
                    t.flushPs += written - nowPs;
                    start = Math.max(start, written);
                } else if (modified) {
                    sink.hazard(stampPs, TraceSink.HAZARD_STALE_READ, index, line * SocketModel.LINE,
                        TraceSink.NEVER_VISIBLE, atHome);
                }
                done = socket.read(start, line);
            }
            ready = Math.max(ready, done);
        }
        long back = fromHome(ready, home, size);
        long arrived = fabric.downstream(back, path, size);
        t.donePs = arrived;
        t.latencyPs = arrived - nowPs;
        t.linkPs = (requested - nowPs) + (arrived - back);
        t.coherencePs = coherence + (atHome - atRoot) + (back - ready);
        t.memoryPs = t.latencyPs - t.linkPs - t.iommuPs - t.coherencePs - device.rootComplexPs();
        t.linkPs += device.rootComplexPs();
        return t;
    }

    /**
     * Makes sure no other socket holds {@code line} before a coherent DMA goes on at its home, the way the home
     * agent's snoop mode does it; returns when the home agent may go on. Home snoop: the home agent snoops the
     * other sockets after its lookup. Source snoop: the root complex's socket snoops them as soon as the request
     * reaches it. Directory: the home agent reads the line's directory state from memory, unless its I/O
     * directory cache knows the line, and snoops only the sockets that may hold it.
     */
    private long otherSockets(long nowPs, long atRoot, long atHome, int home, long line, boolean write) {
        if (interSocket == null || sockets.length < 2) {
            return atHome;
        }
        SocketModel agent = sockets[home];
        long lookup = agent.config.lookupPs();
        long done = atHome;
        switch (agent.config.snoopMode()) {
            case HOME_SNOOP -> {
                for (int peer = 0; peer < sockets.length; peer++) {
                    if (peer != home) {
                        done = Math.max(done, peerSnoop(nowPs, home, peer, atHome + lookup, line, home, write));
                    }
                }
            }
            case SOURCE_SNOOP -> {
                for (int peer = 0; peer < sockets.length; peer++) {
                    if (peer != home) {
                        done = Math.max(done, peerSnoop(nowPs, rootSocket, peer, atRoot, line, home, write));
                    }
                }
            }
            case DIRECTORY -> {
                long known = agent.ioDirectoryCache(line) ? atHome + lookup
                    : agent.memory.access(atHome + lookup, line * SocketModel.LINE, false);
                done = Math.max(done, known);
                for (int peer = 0; peer < sockets.length; peer++) {
                    if (peer != home && sockets[peer].holdsAnywhere(line, home)) {
                        done = Math.max(done, peerSnoop(nowPs, home, peer, known, line, home, write));
                    }
                }
            }
            default -> throw new IllegalStateException("unknown snoop mode");
        }
        return done;
    }

    /** Snoops socket {@code peer} for a request at socket {@code from}; returns when the answer is back there. */
    private long peerSnoop(long nowPs, int from, int peer, long atPs, long line, int home, boolean write) {
        SocketModel target = sockets[peer];
        int core = target.holder(line);
        boolean held = target.holdsAnywhere(line, home);
        boolean modified = target.dirtyAnywhere(line, home);
        long reached = from == peer ? atPs : interSocket[from].send(atPs, HomeAccess.MESSAGE);
        long answered = reached + (modified ? target.config.snoopModifiedPs() : target.config.lookupPs());
        int result = !held ? TraceSink.SNOOP_MISS : modified ? TraceSink.SNOOP_MODIFIED : TraceSink.SNOOP_CLEAN;
        sink.snoop(stampPs, index, peer, core, result, line * SocketModel.LINE, answered - atPs);
        if (held) {
            if (write) {
                target.dropAnywhere(line);
            } else {
                target.cleanAnywhere(line, answered);
            }
        }
        if (from == peer) {
            return answered;
        }
        return interSocket[peer].send(answered, modified ? HomeAccess.DATA : HomeAccess.MESSAGE);
    }

    /** Software flushed {@code line} from the cores before a non-coherent read: it is clean everywhere. */
    private static void flushed(SocketModel socket, long line) {
        for (long cores = socket.holders(line); cores != 0; cores &= cores - 1) {
            int core = Long.numberOfTrailingZeros(cores);
            if (LineStates.dirty(socket.state(core, line))) {
                boolean alone = Long.bitCount(socket.holders(line)) == 1;
                socket.state(core, line, alone ? LineStates.EXCLUSIVE : LineStates.SHARED);
            }
        }
    }


    /**
     * An MSI sent right after a write whose data becomes visible at {@code visiblePs}. With strict ordering the
     * root complex lets the MSI through only once the data is visible; with relaxed ordering it may not.
     * Returns when the handler starts.
     */
    long interrupt(long nowPs, long address, long visiblePs) {
        node.interrupts++;
        long arrived = fabric.upstream(nowPs, path, PcieFabric.Kind.WRITE, MSI_BYTES, device.rootComplexPs(),
            device.relaxedOrdering()) + device.rootComplexPs();
        if (iommu != null) {
            arrived = iommu.remapInterrupt(arrived, index);
        }
        long through = device.relaxedOrdering() ? arrived : Math.max(arrived, visiblePs);
        long handler = through + device.interruptPs();
        sink.interrupt(stampPs, index, rootSocket, device.interruptCore(), arrived, handler);
        if (handler < visiblePs) {
            sink.hazard(stampPs, TraceSink.HAZARD_MSI_BEFORE_DATA, index, address, visiblePs, handler);
        }
        return handler;
    }
}
