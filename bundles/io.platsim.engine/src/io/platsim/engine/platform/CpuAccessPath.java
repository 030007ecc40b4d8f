/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.platform;

import io.platsim.engine.fabric.Channel;
import io.platsim.engine.platform.PlatformConfig.SnoopMode;

/**
 * Times a core's access to a line through the coherence protocol. In order: the core's own private cache; a
 * line another core of the socket holds (clean: the LLC answers; modified: the owner forwards it, which costs a
 * snoop and the write-back); DMA-written lines in the LLC; else the home agent of the line's socket, local or
 * across the inter-socket link, by its snoop mode:
 * <ul>
 * <li>source snoop: the requester snoops the other sockets itself, and the home agent starts the memory read
 * as soon as the request arrives; one more message crosses the link per request;</li>
 * <li>home snoop: the home agent looks the request up first, then snoops the other sockets and reads
 * memory;</li>
 * <li>directory: the home agent reads memory, whose directory says whether another socket may hold the line;
 * only then does it snoop, and only there.</li>
 * </ul>
 * This is the trade-off Intel describes for its snoop modes: source snoop has the lowest latency at low load,
 * home snoop and directory spend less link bandwidth.
 */
final class CpuAccessPath {

    /** A request or snoop message on the inter-socket link, in bytes. */
    static final int MESSAGE = 16;
    /** A data message: a line and its header. */
    static final int DATA = SocketModel.LINE + 16;

    private final SocketModel[] sockets;
    private final Channel[] interSocket;
    final long[] coreSnoops = new long[3];

    CpuAccessPath(SocketModel[] sockets, Channel[] interSocket) {
        this.sockets = sockets;
        this.interSocket = interSocket;
    }

    /** Core {@code core} of socket {@code from} reads or writes {@code line}, homed on {@code home}. */
    long access(long now, int from, int core, long line, boolean write, int home) {
        SocketModel local = sockets[from];
        int holder = local.holder(line);
        long done;
        if (holder == core) {
            done = now + local.config.privateHitPs();
        } else if (holder >= 0) {
            boolean modified = local.heldModified(line);
            coreSnoops[modified ? TraceSink.SNOOP_MODIFIED : TraceSink.SNOOP_CLEAN]++;
            done = now + local.config.llcHitPs() + (modified ? local.config.snoopModifiedPs() : 0);
        } else if (home == from && local.llcHolds(line)) {
            done = now + local.config.llcHitPs();
        } else if (home == from || interSocket == null) {
            done = fromLocalHome(now, from, line, write);
        } else {
            done = fromRemoteHome(now, from, home, line, write);
        }
        local.coreTouch(line, core, write);
        return done;
    }

    private long fromLocalHome(long now, int socket, long line, boolean write) {
        SocketModel home = sockets[socket];
        SnoopMode mode = home.config.snoopMode();
        long lookup = home.config.lookupPs();
        long memory = home.memory.access(now + lookup, line * SocketModel.LINE, false);
        if (interSocket == null) {
            return memory;
        }
        long done = memory;
        for (int peer = 0; peer < sockets.length; peer++) {
            if (peer == socket) {
                continue;
            }
            boolean copy = sockets[peer].holder(line) >= 0;
            long snoopAt = switch (mode) {
                case SOURCE_SNOOP -> now;
                case HOME_SNOOP -> now + lookup;
                case DIRECTORY -> copy ? memory : -1;
            };
            if (snoopAt >= 0) {
                done = Math.max(done, snoop(snoopAt, socket, peer, line, write));
            }
        }
        return done;
    }

    private long fromRemoteHome(long now, int from, int homeSocket, long line, boolean write) {
        SocketModel home = sockets[homeSocket];
        SnoopMode mode = home.config.snoopMode();
        long lookup = home.config.lookupPs();
        long arrived = interSocket[from].send(now, MESSAGE);
        if (mode == SnoopMode.SOURCE_SNOOP) {
            interSocket[from].send(now, MESSAGE);
        }
        long memoryStart = mode == SnoopMode.SOURCE_SNOOP ? arrived : arrived + lookup;
        long memory = home.memory.access(memoryStart, line * SocketModel.LINE, false);
        int holder = home.holder(line);
        long atHome = memory;
        if (holder >= 0) {
            boolean modified = home.heldModified(line);
            coreSnoops[modified ? TraceSink.SNOOP_MODIFIED : TraceSink.SNOOP_CLEAN]++;
            long snoopStart = mode == SnoopMode.DIRECTORY ? memory : arrived + lookup;
            long answered = snoopStart + (modified ? home.config.snoopModifiedPs() : home.config.snoopPs());
            atHome = modified ? answered : Math.max(memory, answered);
            if (write) {
                home.coreDrop(line);
            } else {
                home.coreClean(line);
            }
        }
        return interSocket[homeSocket].send(atHome, DATA);
    }

    /** Snoops {@code peer} for a request from {@code socket}; returns when its answer is back. */
    private long snoop(long at, int socket, int peer, long line, boolean write) {
        SocketModel target = sockets[peer];
        boolean modified = target.heldModified(line);
        boolean held = target.holder(line) >= 0;
        long reached = interSocket[socket].send(at, MESSAGE);
        long answered = reached + (modified ? target.config.snoopModifiedPs() : target.config.lookupPs());
        if (held) {
            coreSnoops[modified ? TraceSink.SNOOP_MODIFIED : TraceSink.SNOOP_CLEAN]++;
            if (write) {
                target.coreDrop(line);
            } else {
                target.coreClean(line);
            }
        }
        return interSocket[peer].send(answered, modified ? DATA : MESSAGE);
    }

    /** Bytes that crossed the inter-socket link, both directions. */
    long interSocketBytes() {
        long bytes = 0;
        if (interSocket != null) {
            for (Channel channel : interSocket) {
                bytes += channel.bytes();
            }
        }
        return bytes;
    }
}
