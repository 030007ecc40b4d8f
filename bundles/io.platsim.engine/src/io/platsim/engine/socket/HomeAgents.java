/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.socket;

import io.platsim.engine.cache.LineStates;
import io.platsim.engine.cache.LruSet;
import io.platsim.engine.cache.Protocol;
import io.platsim.engine.socket.SocketConfig.SnoopMode;
import io.platsim.engine.resource.Channel;
import io.platsim.engine.trace.TraceSink;

/**
 * The home agents of the platform's sockets, and the one place that decides how a request for a line is kept
 * coherent: a device's DMA read or write, or a core's request its own socket could not answer. The request reaches
 * the home agent of the line's socket; the home agent looks it up ({@code lookupPs}) and then, in parallel:
 * <ul>
 * <li>snoops its own cores that its snoop filter says may hold the line: for a write every one of them; for a
 * read a dirty owner (which sends the line), or a core holding it Exclusive (it may have modified it silently) or
 * Forward (under MESIF such a copy sends the line). Shared copies are left alone by a read;</li>
 * <li>snoops the other sockets, by its snoop mode: <b>home snoop</b> after its lookup; <b>source snoop</b> from the
 * requester's socket as soon as the request leaves it (one more message crosses the link); <b>directory</b> only
 * the sockets the line's directory names, once it knows the directory: from its I/O directory cache for DMA or
 * its HitME cache (the directory state of lines it has seen go to or come from another socket), else from the
 * memory read that also brings the data. When its own caches prove that no other socket holds the line (a core
 * of its own holds it Exclusive or Modified, its LLC holds it Modified, except under MOESI where that may be an
 * Owned line's write-back, or, for a read, its LLC holds it at all), the other sockets are not asked and the
 * directory is not read;</li>
 * <li>reads the line from its LLC, or from memory (at once under source snoop, after the lookup otherwise),
 * unless a cache sends it.</li>
 * </ul>
 * The request is done when the data is there and every snoop it waited for has answered. This is the trade-off
 * Intel describes for its snoop modes: source snoop has the lowest latency at low load, home snoop and directory
 * spend less link bandwidth. A socket holds a line when one of its cores or its LLC does; a snooped socket gives up
 * the line for a write, and keeps a clean copy for a read (a dirty one is written back).
 */
public final class HomeAgents {

    /** A request or snoop message on the inter-socket link, in bytes. */
    public static final int MESSAGE = 16;
    /** A data message: a line and its header. A device's lines cross as a core's do, one data message each. */
    public static final int DATA = SocketModel.LINE + 16;

    /** Who hears of each snoop a request makes (a device's trace, the cores' counters). */
    public interface SnoopLog {
        /** Socket {@code socket} was snooped for {@code line}: core {@code core} (-1 for none) answered so. */
        void snooped(int socket, int core, int result, long line, long ps);
    }

    /** What a request took at home. */
    public static final class Served {
        /** When the data is ready at home (a read), or when the line may be written there (a write). */
        public long donePs;
        /** The part of it spent reading the LLC or memory for the data; 0 when a cache sent it. */
        public long dataPs;
        /**
         * When another socket's dirty copy reached a core's request from a third socket straight (source snoop: the
         * requester snooped it itself); -1 when the data comes from home.
         */
        long forwardedPs;
    }

    private final SocketModel[] sockets;
    private final Channel[] interSocket;
    /**
     * Each home agent's I/O directory cache (lines DMA reached, whose directory state it knows without reading
     * memory; fully associative, LRU) and HitME cache (lines seen going to or coming from another socket).
     */
    private final LruSet[] ioDirectoryCaches;
    private final LruSet[] hitMe;

    public HomeAgents(SocketModel[] sockets, Channel[] interSocket) {
        this.sockets = sockets;
        this.interSocket = interSocket;
        ioDirectoryCaches = new LruSet[sockets.length];
        hitMe = new LruSet[sockets.length];
        for (int i = 0; i < sockets.length; i++) {
            sockets[i].homes(this);
            ioDirectoryCaches[i] = new LruSet(sockets[i].config.ioDirectoryCacheEntries());
            hitMe[i] = new LruSet(sockets[i].config.hitMeEntries());
        }
    }

    /**
     * Socket {@code from}'s caches give up dirty {@code line} of socket {@code home}'s memory at {@code atPs}: it
     * crosses the inter-socket link in a data message to its home agent, which writes it to memory. Returns when
     * memory has it.
     */
    long writeBack(int from, int home, long line, long atPs) {
        long at = interSocket == null ? atPs : interSocket[from].send(atPs, DATA);
        return sockets[home].memory.access(at, line * SocketModel.LINE, true);
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

    /**
     * A device's DMA of {@code line}, homed on socket {@code home}, from the root complex of socket {@code root},
     * which sent it at {@code atRoot}; it reached home at {@code atHome}. Every cache that may hold the line is
     * asked, the root complex's own socket's included; a write drops every copy, a read leaves clean ones.
     */
    public Served dma(Served out, SnoopLog log, boolean write, int root, int home, long line, long atRoot,
            long atHome) {
        return serve(out, log, true, write, root, home, line, atRoot, atHome);
    }

    /**
     * Whether socket {@code root}'s own caching agent can answer a device's read of {@code line}, homed on another
     * socket, without asking the home: its LLC holds the line, or one of its cores holds it in a state that sends
     * it (Exclusive or Forward, or dirty). Such a socket was granted its copy by the home, so it is current.
     */
    public boolean suppliesLocally(int root, long line) {
        SocketModel agent = sockets[root];
        if (agent.llcHolds(line)) {
            return true;
        }
        for (long cores = agent.holders(line); cores != 0; cores &= cores - 1) {
            if (agent.protocol.forwards(agent.state(Long.numberOfTrailingZeros(cores), line))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A device's read of {@code line}, homed on another socket, that socket {@code root}'s own caching agent answers
     * ({@link #suppliesLocally}) as the request reaches it at {@code atPs}: looked up, a core that may have written
     * the line silently snooped (its copy sends the line), else the LLC's copy read; the home is not asked. Clean
     * copies stay as they are, a dirty one is written back to the LLC.
     */
    public Served local(Served out, SnoopLog log, int root, long line, long atPs) {
        SocketModel agent = sockets[root];
        long snooped = atPs;
        long sent = -1;
        boolean dirtyHere = false;
        for (long cores = agent.holders(line); cores != 0; cores &= cores - 1) {
            int core = Long.numberOfTrailingZeros(cores);
            byte state = agent.state(core, line);
            boolean dirty = LineStates.dirty(state);
            if (!dirty && !LineStates.writable(state) && !agent.protocol.forwards(state)) {
                continue;
            }
            dirtyHere |= dirty;
            long ps = dirty ? agent.config.snoopModifiedPs() : agent.config.snoopPs();
            log.snooped(root, core, dirty ? TraceSink.SNOOP_MODIFIED : TraceSink.SNOOP_CLEAN, line, ps);
            snooped = Math.max(snooped, atPs + ps);
            if (agent.protocol.forwards(state)) {
                sent = Math.max(sent, atPs + ps);
            }
        }
        // A copy the protocol lets answer sends the line; else it comes from the LLC.
        out.dataPs = sent < 0 ? agent.config.llcHitPs() : 0;
        long data = sent < 0 ? atPs + agent.config.lookupPs() + out.dataPs : sent;
        out.donePs = Math.max(snooped, data);
        if (dirtyHere) {
            agent.coreClean(line, out.donePs);
        }
        return out;
    }

    /**
     * A core of socket {@code from} reads or writes {@code line}, homed on socket {@code home}, at {@code now}, after
     * its own socket's caches could not answer (their cores were asked already). Returns when the data is back at
     * the core's socket.
     */
    long core(Served out, SnoopLog log, long now, int from, int home, long line, boolean write) {
        boolean remote = home != from && interSocket != null;
        long atHome = now;
        if (remote) {
            atHome = interSocket[from].send(now, MESSAGE);
            if (sockets[home].config.snoopMode() == SnoopMode.SOURCE_SNOOP) {
                // The requester snoops the home socket's caches with a message of its own.
                interSocket[from].send(now, MESSAGE);
            }
        }
        serve(out, log, false, write, from, home, line, now, atHome);
        if (remote && out.forwardedPs >= 0) {
            // The line came from the snooped socket; the home only sends its completion, which a read need not wait
            // for, and a write must (every other copy is gone only then).
            long completed = interSocket[home].send(out.donePs, MESSAGE);
            return write ? Math.max(out.forwardedPs, completed) : out.forwardedPs;
        }
        return remote ? interSocket[home].send(out.donePs, DATA) : out.donePs;
    }

    /**
     * Socket {@code from} upgrades its shared copy of {@code line} for a write: the home agent invalidates the
     * other sockets' copies. Returns when the requester has the acknowledgement.
     */
    long invalidatePeers(SnoopLog log, long now, int from, int home, long line) {
        if (interSocket == null || !peersHold(from, line, home)) {
            return now;
        }
        long atHome = (home == from ? now : interSocket[from].send(now, MESSAGE)) + sockets[home].config.lookupPs();
        long done = atHome;
        for (int peer = 0; peer < sockets.length; peer++) {
            if (peer != from && sockets[peer].holdsAnywhere(line, home)) {
                done = Math.max(done, snoopPeer(log, atHome, home, peer, line, home, true, true,
                    sockets[peer].dirtyAnywhere(line, home), false));
            }
        }
        return home == from ? done : interSocket[home].send(done, MESSAGE);
    }

    /**
     * The request at its home: the home's cores, the other sockets, the data (see the class comment). With
     * {@code dma}, the requester's own socket is one more socket to ask; a core's request has asked it already.
     */
    private Served serve(Served out, SnoopLog log, boolean dma, boolean write, int from, int home, long line,
            long atSource, long atHome) {
        SocketModel agent = sockets[home];
        SnoopMode mode = agent.config.snoopMode();
        out.forwardedPs = -1;
        long lookedUp = atHome + agent.config.lookupPs();
        long done = atHome;
        long sent = -1;
        boolean ownedHere = false;
        boolean dirtyHere = false;
        boolean askCores = dma || from != home;
        for (long cores = agent.holders(line); cores != 0; cores &= cores - 1) {
            int core = Long.numberOfTrailingZeros(cores);
            byte state = agent.state(core, line);
            ownedHere |= LineStates.writable(state);
            if (askCores) {
                boolean dirty = LineStates.dirty(state);
                dirtyHere |= dirty;
                if (!write && !dirty && !LineStates.writable(state) && !agent.protocol.forwards(state)) {
                    continue;
                }
                long ps = dirty ? agent.config.snoopModifiedPs() : agent.config.snoopPs();
                log.snooped(home, core, dirty ? TraceSink.SNOOP_MODIFIED : TraceSink.SNOOP_CLEAN, line, ps);
                done = Math.max(done, atHome + ps);
                // A dirty owner, or a Forward or Exclusive copy the protocol lets answer, sends the line (a core's
                // write asks for the data too; a device's write does not read it).
                if (agent.protocol.forwards(state) && (sent < 0 || dirty)) {
                    sent = atHome + ps;
                }
            }
        }
        // When the home's own caches prove that no other socket holds the line, the others are not asked: a core of
        // the home holding it Exclusive or Modified, or its LLC holding it Modified (not under MOESI, where that may
        // be an Owned line's write-back while other sockets still share it); for a read, any copy in its LLC (a copy
        // modified elsewhere would have taken it away). Under source snoop, a request from another socket has sent
        // its snoops before the home could know.
        boolean exclusiveHere = ownedHere || agent.llcDirty(line) && agent.protocol != Protocol.MOESI;
        boolean answeredHere = write ? exclusiveHere : exclusiveHere || agent.llcHolds(line);
        boolean asked = !answeredHere || mode == SnoopMode.SOURCE_SNOOP && from != home;
        long directory = -1;
        boolean dataWithDirectory = false;
        boolean shared = false;
        if (interSocket != null && sockets.length > 1 && asked) {
            int asker = home;
            long at = lookedUp;
            if (mode == SnoopMode.DIRECTORY) {
                boolean known = dma && ioDirectoryCaches[home].touch(line) || hitMe[home].contains(line);
                dataWithDirectory = !known;
                directory = dataWithDirectory ? agent.memory.access(lookedUp, line * SocketModel.LINE, false)
                    : lookedUp;
                done = Math.max(done, directory);
                at = directory;
            } else if (mode == SnoopMode.SOURCE_SNOOP) {
                asker = from;
                at = atSource;
            }
            for (int peer = 0; peer < sockets.length; peer++) {
                if (peer == home || !dma && peer == from) {
                    continue;
                }
                boolean held = sockets[peer].holdsAnywhere(line, home);
                if (mode == SnoopMode.DIRECTORY && !held) {
                    continue;
                }
                boolean dirty = held && sockets[peer].dirtyAnywhere(line, home);
                shared |= held;
                long answer = snoopPeer(log, at, asker, peer, line, home, write, held, dirty, dma);
                done = Math.max(done, answer);
                if (dirty) {
                    sent = Math.max(sent, answer);
                    if (!dma && asker != home) {
                        // Snooped by the requester, the owner sent the line to it, not to the home.
                        out.forwardedPs = answer;
                    }
                }
            }
        }
        if (mode == SnoopMode.DIRECTORY && (shared || !dma && from != home)) {
            // The line lives in more than one socket: its HitME entry spares the next request the directory read.
            hitMe[home].touch(line);
        }
        out.dataPs = 0;
        if (dma && write) {
            // A device writes whole lines: nothing is read, but the home has to look the line up before it may take
            // it (its cores' copies go first). Without DMA ways the line goes to memory, and the LLC's copy is
            // stale: it goes too.
            done = Math.max(done, lookedUp);
            if (agent.allocatesDma()) {
                agent.coreDrop(line);
            } else {
                agent.dropAnywhere(line);
            }
        } else {
            if (sent < 0) {
                long start = mode == SnoopMode.SOURCE_SNOOP ? atHome : lookedUp;
                long data = dataWithDirectory && !agent.llcHolds(line) ? directory : agent.read(start, line);
                out.dataPs = data - start;
                done = Math.max(done, data);
            } else {
                done = Math.max(done, sent);
            }
            if (dma) {
                // A device's read leaves clean copies as they are; a dirty owner keeps its line by the protocol.
                if (dirtyHere) {
                    agent.coreClean(line, done);
                }
            } else if (from != home && write) {
                agent.dropAnywhere(line);
            } else if (from != home && agent.cleanAnywhere(line, done)) {
                agent.memory.access(done, line * SocketModel.LINE, true);
            }
        }
        out.donePs = done;
        return out;
    }

    /**
     * Snoops socket {@code peer}, which {@code held} the line ({@code modified} when dirty), from socket
     * {@code from} at {@code atPs}; returns when the answer is back at {@code from}. A write takes the line from it;
     * a core's read leaves it a clean copy (a dirty one is written back to memory at the line's home), a device's
     * read ({@code dma}) leaves a clean copy as it is.
     */
    private long snoopPeer(SnoopLog log, long atPs, int from, int peer, long line, int home, boolean write,
            boolean held, boolean modified, boolean dma) {
        SocketModel target = sockets[peer];
        int core = target.holder(line);
        long reached = from == peer ? atPs : interSocket[from].send(atPs, MESSAGE);
        // A core that holds the line Exclusive may have written it silently: the peer's agent snoops it too.
        boolean exclusive = core >= 0 && LineStates.writable(target.state(core, line));
        long answered = reached + (modified ? target.config.snoopModifiedPs()
            : exclusive ? target.config.snoopPs() : target.config.lookupPs());
        int result = !held ? TraceSink.SNOOP_MISS : modified ? TraceSink.SNOOP_MODIFIED : TraceSink.SNOOP_CLEAN;
        log.snooped(peer, core, result, line, answered - atPs);
        long back = from == peer ? answered : interSocket[peer].send(answered, modified ? DATA : MESSAGE);
        if (held) {
            if (write) {
                target.dropAnywhere(line);
            } else if ((!dma || modified) && target.cleanAnywhere(line, answered)) {
                // The dirty data goes to memory at the line's home: with the answer when the home asked, else in a
                // data message of its own.
                long atHome = peer == home ? answered : from == home ? back : interSocket[peer].send(answered, DATA);
                sockets[home].memory.access(atHome, line * SocketModel.LINE, true);
            }
        }
        return back;
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
