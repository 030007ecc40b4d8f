/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.socket;

import static io.platsim.engine.cache.LineStates.EXCLUSIVE;
import static io.platsim.engine.cache.LineStates.INVALID;
import static io.platsim.engine.cache.LineStates.MODIFIED;

import io.platsim.engine.cache.LineStates;
import io.platsim.engine.cache.PrivateCache;
import io.platsim.engine.resource.Channel;
import io.platsim.engine.trace.TraceSink;

/**
 * Times a core's access to a line through its socket's caches and coherence protocol, in order:
 * <ol>
 * <li>its own private caches: an L1 or L2 hit, unless it writes a line it may not write yet (Shared, Forward or
 * Owned), which first invalidates every other copy, in the socket through the snoop filter's core-valid bits and
 * in other sockets through the home agent;</li>
 * <li>a core of the socket holding the line dirty: it forwards the line (a modified snoop, whose cost includes the
 * LLC); for a read it keeps a copy as the protocol says (Shared after a write-back, or Owned under MOESI);</li>
 * <li>a core of the socket holding the line Exclusive: it is snooped even when the LLC holds the line, for it may
 * have modified it silently; under MESIF and MOESI it forwards the line, under MESI the data comes from the LLC or
 * the home;</li>
 * <li>the LLC, or a Forward copy in another core (MESIF);</li>
 * <li>else the line's home agent ({@link HomeAgents}).</li>
 * </ol>
 * The line then fills the core's private caches in the state the protocol gives it (Exclusive when no one else
 * holds it, Modified for a write, else Shared, or Forward under MESIF).
 */
public final class CpuAccessPath implements HomeAgents.SnoopLog {

    private final SocketModel[] sockets;
    private final HomeAgents homes;
    private final Channel[] interSocket;
    private final HomeAgents.Served served = new HomeAgents.Served();
    /** Snoops of cores by cores, by result. */
    private final long[] coreSnoops = new long[3];

    public CpuAccessPath(SocketModel[] sockets, Channel[] interSocket, HomeAgents homes) {
        this.sockets = sockets;
        this.interSocket = interSocket;
        this.homes = homes;
    }

    @Override
    public void snooped(int socket, int core, int result, long line, long ps) {
        if (core >= 0 && result != TraceSink.SNOOP_MISS) {
            coreSnoops[result]++;
        }
    }

    /** Core {@code core} of socket {@code from} reads or writes {@code line}, homed on {@code home}. */
    public long access(long now, int from, int core, long line, boolean write, int home) {
        SocketModel local = sockets[from];
        if (home != from) {
            local.holdForeignLine(line, home);
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
                homes.invalidatePeers(this, now, from, home, line));
            own.state(line, MODIFIED);
            return done;
        }
        int owner = local.dirtyOwner(line);
        if (owner >= 0) {
            return fromDirtyOwner(local, now, from, core, owner, others, line, write, home);
        }
        boolean peersHold = homes.peersHold(from, line, home);
        boolean inLlc = local.llcHolds(line);
        int forwarder = forwarder(local, others, line);
        // A core holding the line Exclusive is snooped whatever else holds it: it may have written it silently.
        int exclusive = forwarder >= 0 ? forwarder : exclusiveHolder(local, others, line);
        long snooped = exclusive >= 0 ? lookup + local.config.snoopPs() : lookup;
        if (exclusive >= 0) {
            coreSnoops[TraceSink.SNOOP_CLEAN]++;
        }
        long done;
        byte next;
        if ((inLlc || forwarder >= 0) && !(write && peersHold)) {
            done = snooped;
            boolean llcDirty = inLlc && local.takeFromLlc(line);
            if (write) {
                done = Math.max(done, invalidate(local, others, line, lookup, exclusive));
                next = MODIFIED;
            } else if (others != 0 || peersHold) {
                local.coreClean(line, done);
                next = local.protocol.readerWhenShared();
            } else {
                next = llcDirty && !local.llcHolds(line) ? MODIFIED : EXCLUSIVE;
            }
        } else {
            long invalidated = write ? invalidate(local, others, line, lookup, exclusive) : snooped;
            done = Math.max(invalidated, homes.core(served, this, now, from, home, line, write));
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

    /**
     * Another core of the socket holds the line dirty and forwards it: the modified snoop's cost already holds
     * the requester's LLC lookup.
     */
    private long fromDirtyOwner(SocketModel local, long now, int from, int core, int owner, long others, long line,
            boolean write, int home) {
        coreSnoops[TraceSink.SNOOP_MODIFIED]++;
        long done = now + local.config.snoopModifiedPs();
        byte next;
        if (write) {
            // Under MOESI the owner may hold the line Owned while other cores and sockets share it.
            done = Math.max(invalidate(local, others, line, done, owner),
                homes.invalidatePeers(this, now, from, home, line));
            next = MODIFIED;
        } else {
            local.coreClean(line, done);
            next = local.protocol.readerWhenShared();
        }
        local.fill(core, line, next, done);
        return done;
    }

    /**
     * An uncached access (a buffer mapped uncached): to the memory of the line's home, across the inter-socket link
     * when it is remote; the requester keeps no copy. Memory stays coherent with the caches that hold the line
     * through another mapping (a VM's uncached view of memory its host caches): in the home socket a core holding it
     * dirty answers a read itself (a modified snoop) and keeps a clean copy, and a dirty LLC copy answers from the
     * LLC; a write first takes every copy away, the LLC's too (a dirty one is written back first), in the home
     * socket and in the requester's. (Two sockets at most: a third socket's copies are not looked at.)
     */
    public long uncached(long now, int from, long line, boolean write, int home) {
        boolean remote = home != from && interSocket != null;
        long at = remote ? interSocket[from].send(now, write ? HomeAgents.DATA : HomeAgents.MESSAGE) : now;
        SocketModel socket = sockets[home];
        int owner = socket.dirtyOwner(line);
        long done;
        if (!write && owner >= 0) {
            coreSnoops[TraceSink.SNOOP_MODIFIED]++;
            done = at + socket.config.snoopModifiedPs();
            socket.coreClean(line, done);
        } else if (!write && socket.llcDirty(line)) {
            done = at + socket.config.llcHitPs();
        } else {
            long ready = write ? takeAway(socket, line, at) : at;
            if (write && remote) {
                // The requester's own socket may cache the line too: the home asks it across the link.
                ready = Math.max(ready, takeAway(sockets[from], line, at + sockets[home].config.lookupPs()));
            }
            done = socket.memory.access(ready, line * SocketModel.LINE, write);
        }
        return remote ? interSocket[home].send(done, write ? HomeAgents.MESSAGE : HomeAgents.DATA) : done;
    }

    /**
     * Every copy of {@code line} in {@code socket} goes before an uncached write at {@code atPs}: its cores are
     * snooped (a dirty one writes back), and the LLC's copy is dropped, written back first when dirty. Returns when
     * they are gone.
     */
    private long takeAway(SocketModel socket, long line, long atPs) {
        long done = atPs;
        int owner = socket.dirtyOwner(line);
        if (owner >= 0) {
            coreSnoops[TraceSink.SNOOP_MODIFIED]++;
            done = atPs + socket.config.snoopModifiedPs();
            socket.writeBack(line, done);
        }
        done = Math.max(done, invalidate(socket, socket.holders(line), line, atPs, owner));
        if (socket.llcDirty(line)) {
            done = socket.toMemory(line, done);
        }
        socket.dropAnywhere(line);
        return done;
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

    /** A core holding {@code line} Exclusive, or -1. */
    private static int exclusiveHolder(SocketModel socket, long cores, long line) {
        for (long bits = cores; bits != 0; bits &= bits - 1) {
            int core = Long.numberOfTrailingZeros(bits);
            if (socket.state(core, line) == EXCLUSIVE) {
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
    public long interSocketBytes() {
        return homes.interSocketBytes();
    }

    /** Core-to-core snoops of each result (a {@code TraceSink.SNOOP_*} code) since the start of the run. */
    public long coreSnoops(int result) {
        return coreSnoops[result];
    }
}
