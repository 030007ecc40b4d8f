/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.platform;

import io.platsim.engine.cache.LineStates;
import io.platsim.engine.fabric.Channel;

/**
 * What one device's DMA does to one cache line once the line has reached its home socket: snoops of the cores
 * holding it and of the other sockets (by the home agent's snoop mode), then the LLC's DMA ways or memory. Each
 * call is one line's action at the time given; {@link DmaPath} runs them in a loop, the event-driven transfers
 * ({@link DmaTransfers}) one event per line. Snoops and hazards are traced with the time of the event that asked.
 */
final class DmaLines {

    private final int device;
    private final int rootSocket;
    private final SocketModel[] sockets;
    private final Channel[] interSocket;
    private final boolean coherent;
    private final TraceSink sink;
    private long stampPs;
    /** For the last line: the time from its arrival at home until its coherence actions were over. */
    private long coherencePs;

    DmaLines(int device, int rootSocket, SocketModel[] sockets, Channel[] interSocket, boolean coherent,
            TraceSink sink) {
        this.device = device;
        this.rootSocket = rootSocket;
        this.sockets = sockets;
        this.interSocket = interSocket;
        this.coherent = coherent;
        this.sink = sink;
    }

    /** Records from now on are stamped {@code eventPs}. */
    void stamp(long eventPs) {
        stampPs = eventPs;
    }

    /** Time the last line's coherence actions took after it reached home (snoops, the LLC's lookup). */
    long coherencePs() {
        return coherencePs;
    }

    /**
     * A DMA write of {@code line}, which reached the root complex translated at {@code atRoot} and its home socket
     * {@code home} at {@code atHome}; returns when its data is visible.
     */
    long write(long line, long atRoot, long atHome, int home) {
        SocketModel socket = sockets[home];
        long start = atHome;
        if (coherent) {
            start += snoopForWrite(home, socket, line);
            start = Math.max(start, otherSockets(atRoot, atHome, home, line, true));
        } else if (socket.heldModified(line)) {
            sink.hazard(stampPs, TraceSink.HAZARD_STALE_WRITE, device, line * SocketModel.LINE, atHome, atHome);
        }
        if (coherent && socket.allocatesDma()) {
            long done = start + socket.config.llcHitPs();
            socket.allocate(line, done);
            coherencePs = done - atHome;
            return done;
        }
        coherencePs = start - atHome;
        return socket.memory.access(start, line * SocketModel.LINE, true);
    }

    /**
     * A DMA read of {@code line}, as {@link #write}; returns when its data is ready at home. With
     * {@code flushFirst}, software has flushed the line from the cores before the device read it (a non-coherent
     * device's driver does): a modified copy's write-back goes to memory first, and the read waits for it; the
     * line and the write-back's time are added to {@code t}.
     */
    long read(long line, long atRoot, long atHome, int home, boolean flushFirst, DmaPath.Timing t) {
        SocketModel socket = sockets[home];
        long checked = coherent ? otherSockets(atRoot, atHome, home, line, false) : atHome;
        coherencePs = checked - atHome;
        int owner = socket.dirtyOwner(line);
        int core = owner >= 0 ? owner : socket.holder(line);
        boolean modified = owner >= 0;
        if (coherent && core >= 0) {
            long cost = modified ? socket.config.snoopModifiedPs() : socket.config.snoopPs();
            sink.snoop(stampPs, device, home, core, modified ? TraceSink.SNOOP_MODIFIED : TraceSink.SNOOP_CLEAN,
                line * SocketModel.LINE, cost);
            if (modified) {
                socket.coreClean(line, checked + cost);
                coherencePs += cost;
                return checked + cost;
            }
            return socket.read(checked, line);
        }
        long start = atHome;
        if (modified && flushFirst) {
            long written = socket.memory.access(stampPs, line * SocketModel.LINE, true);
            flushed(socket, line);
            t.flushes++;
            t.flushPs += written - stampPs;
            start = Math.max(start, written);
        } else if (modified) {
            sink.hazard(stampPs, TraceSink.HAZARD_STALE_READ, device, line * SocketModel.LINE,
                TraceSink.NEVER_VISIBLE, atHome);
        }
        return socket.read(start, line);
    }

    /**
     * Snoops every core holding {@code line} away before a DMA write (the snoop filter's core-valid bits say
     * which, and they are snooped in parallel); returns the time it costs.
     */
    private long snoopForWrite(int home, SocketModel socket, long line) {
        long holders = socket.holders(line);
        if (holders == 0) {
            return 0;
        }
        long cost = 0;
        for (long cores = holders; cores != 0; cores &= cores - 1) {
            int core = Long.numberOfTrailingZeros(cores);
            boolean modified = LineStates.dirty(socket.state(core, line));
            long ps = modified ? socket.config.snoopModifiedPs() : socket.config.snoopPs();
            sink.snoop(stampPs, device, home, core, modified ? TraceSink.SNOOP_MODIFIED : TraceSink.SNOOP_CLEAN,
                line * SocketModel.LINE, ps);
            cost = Math.max(cost, ps);
        }
        socket.coreDrop(line);
        return cost;
    }

    /**
     * Makes sure no other socket holds {@code line} before a coherent DMA goes on at its home, the way the home
     * agent's snoop mode does it; returns when the home agent may go on. Home snoop: the home agent snoops the
     * other sockets after its lookup. Source snoop: the root complex's socket snoops them as soon as the request
     * reaches it. Directory: the home agent reads the line's directory state from memory, unless its I/O
     * directory cache knows the line, and snoops only the sockets that may hold it.
     */
    private long otherSockets(long atRoot, long atHome, int home, long line, boolean write) {
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
                        done = Math.max(done, peerSnoop(home, peer, atHome + lookup, line, home, write));
                    }
                }
            }
            case SOURCE_SNOOP -> {
                for (int peer = 0; peer < sockets.length; peer++) {
                    if (peer != home) {
                        done = Math.max(done, peerSnoop(rootSocket, peer, atRoot, line, home, write));
                    }
                }
            }
            case DIRECTORY -> {
                long known = agent.ioDirectoryCache(line) ? atHome + lookup
                    : agent.memory.access(atHome + lookup, line * SocketModel.LINE, false);
                done = Math.max(done, known);
                for (int peer = 0; peer < sockets.length; peer++) {
                    if (peer != home && sockets[peer].holdsAnywhere(line, home)) {
                        done = Math.max(done, peerSnoop(home, peer, known, line, home, write));
                    }
                }
            }
            default -> throw new IllegalStateException("unknown snoop mode");
        }
        return done;
    }

    /** Snoops socket {@code peer} for a request at socket {@code from}; returns when the answer is back there. */
    private long peerSnoop(int from, int peer, long atPs, long line, int home, boolean write) {
        SocketModel target = sockets[peer];
        int core = target.holder(line);
        boolean held = target.holdsAnywhere(line, home);
        boolean modified = target.dirtyAnywhere(line, home);
        long reached = from == peer ? atPs : interSocket[from].send(atPs, HomeAccess.MESSAGE);
        long answered = reached + (modified ? target.config.snoopModifiedPs() : target.config.lookupPs());
        int result = !held ? TraceSink.SNOOP_MISS : modified ? TraceSink.SNOOP_MODIFIED : TraceSink.SNOOP_CLEAN;
        sink.snoop(stampPs, device, peer, core, result, line * SocketModel.LINE, answered - atPs);
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
}
