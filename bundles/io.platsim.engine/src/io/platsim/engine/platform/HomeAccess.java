/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.platform;

import io.platsim.engine.fabric.Channel;
import io.platsim.engine.platform.PlatformConfig.SnoopMode;

/**
 * A core's request that its own socket cannot answer, served by the home agent of the line's socket, local or
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
 * home snoop and directory spend less link bandwidth. A socket holds a line when one of its cores or its LLC
 * does; a snooped socket gives up the line for a write, and keeps a clean copy for a read (a dirty one is
 * written back).
 */
final class HomeAccess {

    /** A request or snoop message on the inter-socket link, in bytes. */
    static final int MESSAGE = 16;
    /** A data message: a line and its header. */
    static final int DATA = SocketModel.LINE + 16;

    private final SocketModel[] sockets;
    private final Channel[] interSocket;
    private final long[] coreSnoops;

    HomeAccess(SocketModel[] sockets, Channel[] interSocket, long[] coreSnoops) {
        this.sockets = sockets;
        this.interSocket = interSocket;
        this.coreSnoops = coreSnoops;
    }

    /** Whether a socket other than {@code from} holds {@code line}, homed on socket {@code home}. */
    boolean peersHold(int from, long line, int home) {
        for (int peer = 0; peer < sockets.length; peer++) {
            if (peer != from && sockets[peer].holdsAnywhere(line, home)) {
                return true;
            }
        }
        return false;
    }

    /** Socket {@code from} reads or writes {@code line} through its home; returns when the data is there. */
    long request(long now, int from, int home, long line, boolean write) {
        if (home == from || interSocket == null) {
            return fromLocalHome(now, from, line, write);
        }
        return fromRemoteHome(now, from, home, line, write);
    }

    /**
     * Socket {@code from} upgrades its shared copy of {@code line} for a write: the home agent invalidates the
     * other sockets' copies. Returns when the requester has the acknowledgement.
     */
    long invalidatePeers(long now, int from, int home, long line) {
        if (interSocket == null || !peersHold(from, line, home)) {
            return now;
        }
        long atHome = (home == from ? now : interSocket[from].send(now, MESSAGE)) + sockets[home].config.lookupPs();
        long done = atHome;
        for (int peer = 0; peer < sockets.length; peer++) {
            if (peer != from && sockets[peer].holdsAnywhere(line, home)) {
                done = Math.max(done, snoop(atHome, home, peer, line, home, true));
            }
        }
        return home == from ? done : interSocket[home].send(done, MESSAGE);
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
            boolean copy = sockets[peer].holdsAnywhere(line, socket);
            long snoopAt = switch (mode) {
                case SOURCE_SNOOP -> now;
                case HOME_SNOOP -> now + lookup;
                case DIRECTORY -> copy ? memory : -1;
            };
            if (snoopAt >= 0) {
                done = Math.max(done, snoop(snoopAt, socket, peer, line, socket, write));
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
        long data = home.llcHolds(line) ? arrived + lookup + home.config.llcHitPs()
            : home.memory.access(memoryStart, line * SocketModel.LINE, false);
        long cores = home.holders(line);
        long atHome = data;
        if (cores != 0) {
            int owner = home.dirtyOwner(line);
            int first = Long.numberOfTrailingZeros(cores);
            boolean forwards = owner >= 0 || home.protocol.forwards(home.state(first, line));
            coreSnoops[owner >= 0 ? TraceSink.SNOOP_MODIFIED : TraceSink.SNOOP_CLEAN]++;
            long snoopStart = mode == SnoopMode.DIRECTORY ? data : arrived + lookup;
            long answered = snoopStart + (owner >= 0 ? home.config.snoopModifiedPs() : home.config.snoopPs());
            // A dirty owner, or under MESIF a Forward or Exclusive copy, sends the line; else memory does.
            atHome = forwards ? answered : Math.max(data, answered);
        }
        if (write) {
            home.dropAnywhere(line);
        } else {
            home.cleanAnywhere(line, atHome);
        }
        return interSocket[homeSocket].send(atHome, DATA);
    }

    /** Snoops {@code peer} for a request from {@code socket}; returns when its answer is back. */
    private long snoop(long at, int socket, int peer, long line, int home, boolean write) {
        SocketModel target = sockets[peer];
        boolean modified = target.dirtyAnywhere(line, home);
        boolean held = target.holdsAnywhere(line, home);
        long reached = socket == peer ? at : interSocket[socket].send(at, MESSAGE);
        long answered = reached + (modified ? target.config.snoopModifiedPs() : target.config.lookupPs());
        if (held) {
            if (target.holders(line) != 0) {
                coreSnoops[modified ? TraceSink.SNOOP_MODIFIED : TraceSink.SNOOP_CLEAN]++;
            }
            if (write) {
                target.dropAnywhere(line);
            } else {
                target.cleanAnywhere(line, answered);
            }
        }
        return socket == peer ? answered : interSocket[peer].send(answered, modified ? DATA : MESSAGE);
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
