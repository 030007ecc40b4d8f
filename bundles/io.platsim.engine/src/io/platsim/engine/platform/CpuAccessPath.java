/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.platform;

import static io.platsim.engine.cache.LineStates.EXCLUSIVE;
import static io.platsim.engine.cache.LineStates.INVALID;
import static io.platsim.engine.cache.LineStates.MODIFIED;

import io.platsim.engine.cache.LineStates;
import io.platsim.engine.cache.PrivateCache;
import io.platsim.engine.fabric.Channel;

/**
 * Times a core's access to a line through its socket's caches and coherence protocol, in order:
 * <ol>
 * <li>its own private caches: an L1 or L2 hit, unless it writes a line it may not write yet (Shared, Forward or
 * Owned), which first invalidates every other copy, in the socket through the snoop filter's core-valid bits and
 * in other sockets through the home agent;</li>
 * <li>a core of the socket holding the line dirty: it forwards the line (a modified snoop); for a read it
 * keeps a copy as the protocol says (Shared after a write-back, or Owned under MOESI);</li>
 * <li>the LLC, or a clean copy in another core that answers by the protocol (Forward or Exclusive under MESIF,
 * Exclusive under MOESI; never under MESI);</li>
 * <li>else the line's home agent ({@link HomeAccess}).</li>
 * </ol>
 * The line then fills the core's private caches in the state the protocol gives it (Exclusive when no one else
 * holds it, Modified for a write, else Shared, or Forward under MESIF).
 */
final class CpuAccessPath {

    private final SocketModel[] sockets;
    private final HomeAccess homes;
    private final Channel[] interSocket;
    /** Snoops of cores by cores, by result. */
    final long[] coreSnoops = new long[3];

    CpuAccessPath(SocketModel[] sockets, Channel[] interSocket) {
        this.sockets = sockets;
        this.interSocket = interSocket;
        this.homes = new HomeAccess(sockets, interSocket, coreSnoops);
    }

    /** Core {@code core} of socket {@code from} reads or writes {@code line}, homed on {@code home}. */
    long access(long now, int from, int core, long line, boolean write, int home) {
        SocketModel local = sockets[from];
        if (home != from) {
            local.holdForeignLines();
        }
        PrivateCache own = local.core(core);
        byte state = own == null ? INVALID : own.state(line);
        if (state != INVALID && (!write || LineStates.writable(state))) {
            if (write) {
                own.state(line, MODIFIED);
            }
            return now + own.hitPs(line);
        }
        long lookup = now + local.config.llcHitPs();
        long others = local.holders(line) & ~(1L << core);
        if (state != INVALID) {
            long done = Math.max(invalidate(local, others, line, lookup, -1),
                homes.invalidatePeers(now, from, home, line));
            own.state(line, MODIFIED);
            return done;
        }
        int owner = local.dirtyOwner(line);
        if (owner >= 0) {
            return fromDirtyOwner(local, core, owner, others, line, write, lookup);
        }
        boolean peersHold = homes.peersHold(from, line, home);
        boolean inLlc = local.llcHolds(line);
        int forwarder = inLlc ? -1 : forwarder(local, others, line);
        long done;
        byte next;
        if ((inLlc || forwarder >= 0) && !(write && peersHold)) {
            done = inLlc ? lookup : lookup + local.config.snoopPs();
            if (forwarder >= 0) {
                coreSnoops[TraceSink.SNOOP_CLEAN]++;
            }
            boolean llcDirty = inLlc && local.takeFromLlc(line);
            if (write) {
                done = Math.max(done, invalidate(local, others, line, lookup, forwarder));
                next = MODIFIED;
            } else if (others != 0 || peersHold) {
                local.coreClean(line, done);
                next = local.protocol.readerWhenShared();
            } else {
                next = llcDirty && !local.llcHolds(line) ? MODIFIED : EXCLUSIVE;
            }
        } else {
            long invalidated = write ? invalidate(local, others, line, lookup, -1) : now;
            done = Math.max(invalidated, homes.request(now, from, home, line, write));
            if (write) {
                next = MODIFIED;
            } else if (others != 0 || homes.peersHold(from, line, home)) {
                local.coreClean(line, done);
                next = local.protocol.readerWhenShared();
            } else {
                next = EXCLUSIVE;
            }
        }
        local.fill(core, line, next, done);
        return done;
    }

    /** Another core of the socket holds the line dirty and forwards it. */
    private long fromDirtyOwner(SocketModel local, int core, int owner, long others, long line, boolean write,
            long lookup) {
        coreSnoops[TraceSink.SNOOP_MODIFIED]++;
        long done = lookup + local.config.snoopModifiedPs();
        byte next;
        if (write) {
            invalidate(local, others, line, lookup, owner);
            next = MODIFIED;
        } else {
            local.coreClean(line, done);
            next = local.protocol.readerWhenShared();
        }
        local.fill(core, line, next, done);
        return done;
    }

    /**
     * An uncached access (a buffer mapped uncached): straight to the memory of the line's home, across the
     * inter-socket link when it is remote; no cache keeps the line, and nothing is snooped.
     */
    long uncached(long now, int from, long line, boolean write, int home) {
        boolean remote = home != from && interSocket != null;
        long at = remote ? interSocket[from].send(now, write ? HomeAccess.DATA : HomeAccess.MESSAGE) : now;
        long done = sockets[home].memory.access(at, line * SocketModel.LINE, write);
        return remote ? interSocket[home].send(done, write ? HomeAccess.MESSAGE : HomeAccess.DATA) : done;
    }

    /** A core whose clean copy answers a read by the protocol, or -1. */
    private static int forwarder(SocketModel socket, long cores, long line) {
        for (long bits = cores; bits != 0; bits &= bits - 1) {
            int core = Long.numberOfTrailingZeros(bits);
            if (socket.protocol.forwards(socket.state(core, line))) {
                return core;
            }
        }
        return -1;
    }

    /**
     * Invalidates the copies of {@code line} in {@code cores}, snooping them in parallel from {@code atPs};
     * {@code counted} is a core already snooped for this request (-1 for none). Returns when every core has
     * answered.
     */
    private long invalidate(SocketModel socket, long cores, long line, long atPs, int counted) {
        long done = atPs;
        for (long bits = cores; bits != 0; bits &= bits - 1) {
            int core = Long.numberOfTrailingZeros(bits);
            if (core != counted) {
                coreSnoops[TraceSink.SNOOP_CLEAN]++;
                done = atPs + socket.config.snoopPs();
            }
            socket.invalidate(core, line);
        }
        return done;
    }

    /** Bytes that crossed the inter-socket link, both directions. */
    long interSocketBytes() {
        return homes.interSocketBytes();
    }
}
