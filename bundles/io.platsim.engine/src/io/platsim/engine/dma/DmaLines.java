/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.dma;

import io.platsim.engine.socket.CacheMaintenance;
import io.platsim.engine.socket.HomeAgents;
import io.platsim.engine.socket.SocketModel;
import io.platsim.engine.trace.TraceSink;

/**
 * What one device's DMA does to one cache line once the line has reached its home socket: coherent DMA asks the
 * home agent ({@link HomeAgents}, which snoops the cores and sockets that may hold the line by its snoop mode), then
 * goes to the LLC's DMA ways or memory; non-coherent DMA goes straight to memory, after software's cache
 * maintenance ({@link CacheMaintenance}) when the stream's driver does it, and the copies it leaves stale are traced
 * as hazards. Each call is one line's action at the time given, one event per line ({@link DmaTransfers}),
 * and returns when it was done and how much of that its coherence actions took. Snoops and hazards are traced with
 * the time of the event that asked, a non-coherent write's stale copies with its line's landing in memory.
 */
final class DmaLines implements HomeAgents.SnoopLog {

    private final int device;
    private final int rootSocket;
    private final SocketModel[] sockets;
    private final HomeAgents homes;
    private final boolean coherent;
    private final CacheMaintenance maintenance;
    private final TraceSink sink;
    private final HomeAgents.Served served = new HomeAgents.Served();
    private final Done done = new Done();
    /** The time of the event whose line is being served: its snoops and hazards are traced with it. */
    private long eventPs;

    /**
     * What a line's action returns (one holder, filled by each call): when the line was done (a write's data
     * visible, a read's data ready at home) and the time its coherence actions took after it reached home, all of
     * it but the LLC's or memory's time to give its data (a read) or take it (a write).
     */
    static final class Done {
        long donePs;
        long coherencePs;

        private Done set(long when, long coherence) {
            donePs = when;
            coherencePs = coherence;
            return this;
        }
    }

    DmaLines(int device, int rootSocket, SocketModel[] sockets, HomeAgents homes, boolean coherent, TraceSink sink) {
        this.device = device;
        this.rootSocket = rootSocket;
        this.sockets = sockets;
        this.homes = homes;
        this.coherent = coherent;
        this.maintenance = new CacheMaintenance(sockets, homes);
        this.sink = sink;
    }

    /**
     * Whether the device's own socket answers a read of lines {@code [first, first + count)}, homed on socket
     * {@code home}, without asking the home: the home is another socket, and its caching agent can answer for every
     * one of them ({@link HomeAgents#suppliesLocally}).
     */
    boolean answersLocally(long first, int count, int home) {
        if (!coherent || home == rootSocket || !sockets[rootSocket].holdsAnywhere(first, home)) {
            return false;
        }
        for (long line = first; line < first + count; line++) {
            if (!homes.suppliesLocally(rootSocket, line)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A DMA read of {@code line}, homed on another socket, that the device's own socket answers (see
     * {@link #answersLocally}) as the request reaches its caching agent at {@code atRoot}; returns when the data is
     * ready there. Asked by the event at {@code eventPs}.
     */
    Done readLocal(long eventPs, long line, long atRoot) {
        this.eventPs = eventPs;
        HomeAgents.Served answer = homes.local(served, this, rootSocket, line, atRoot);
        return done.set(answer.donePs, answer.donePs - atRoot - answer.dataPs);
    }

    @Override
    public void snooped(int socket, int core, int result, long line, long ps) {
        sink.snoop(eventPs, device, socket, core, result, line * SocketModel.LINE, ps);
    }

    /**
     * A DMA write of {@code line}, which reached the root complex translated at {@code atRoot} and its home socket
     * {@code home} at {@code atHome}, asked by the event at {@code eventPs}; done when its data is visible. Not
     * snooped, it goes to memory, after software, when {@code maintained}, has cleaned the line there (the write
     * waits for a dirty copy's write-back, counted in {@code t}); what the caches hold when it has landed is for
     * {@link #landed} to judge, at that time.
     */
    Done write(long eventPs, long line, long atRoot, long atHome, int home, boolean maintained, DmaTiming t) {
        this.eventPs = eventPs;
        SocketModel socket = sockets[home];
        long start = atHome;
        if (coherent) {
            start = homes.dma(served, this, true, rootSocket, home, line, atRoot, atHome).donePs;
        } else if (maintained) {
            start = Math.max(start, cleaned(line, home, t));
        }
        long coherence = start - atHome;
        if (coherent && socket.allocatesDma()) {
            long visible = start + socket.config().llcHitPs();
            socket.allocate(line, visible);
            return done.set(visible, coherence);
        }
        return done.set(socket.memory().access(start, line * SocketModel.LINE, true), coherence);
    }

    /** Whether the device snoops the CPU caches: if not, each written line's landing in memory is an event. */
    boolean coherent() {
        return coherent;
    }

    /**
     * A write of {@code line}, homed on socket {@code home}, by this device, which does not snoop, is in memory at
     * {@code nowPs}. A copy the caches hold now, clean or dirty, is stale (a dirty one's write-back would overwrite
     * the device's data, a clean one gives cores the old data), unless software drops the copies once the device
     * has written ({@code maintained}); a copy a core dirtied meanwhile is stale even then (the drop loses it).
     */
    void landed(long nowPs, long line, int home, boolean maintained) {
        // A copy dirty again (a core wrote the line while the device did) is lost to the invalidation, or would
        // overwrite the device's data with its write-back: stale either way.
        if (maintained ? maintenance.dirty(line, home) : maintenance.cached(line, home)) {
            sink.hazard(nowPs, TraceSink.HAZARD_STALE_WRITE, device, line * SocketModel.LINE, nowPs, nowPs);
        }
        if (maintained) {
            maintenance.invalidate(line, home);
        }
    }

    /**
     * Software cleans {@code line} to memory at the time of its event: returns when memory has a dirty copy's
     * data, counted in {@code t} as a flush with the time it took, or the event's time when no copy was dirty.
     */
    private long cleaned(long line, int home, DmaTiming t) {
        if (!maintenance.dirty(line, home)) {
            return eventPs;
        }
        long written = maintenance.clean(line, home, eventPs);
        t.flushes++;
        t.flushPs += written - eventPs;
        return written;
    }

    /**
     * A DMA read of {@code line}, as {@link #write}; done when its data is ready at home. Not snooped, it reads
     * memory. When {@code maintained}, software has cleaned the line to memory before the device read it (a
     * non-coherent device's driver does): a dirty copy's write-back, a core's or an LLC's, goes to memory first,
     * and the read waits for it; the line and the write-back's time are added to {@code t}.
     */
    Done read(long eventPs, long line, long atRoot, long atHome, int home, boolean maintained, DmaTiming t) {
        this.eventPs = eventPs;
        if (coherent) {
            HomeAgents.Served answer = homes.dma(served, this, false, rootSocket, home, line, atRoot, atHome);
            return done.set(answer.donePs, answer.donePs - atHome - answer.dataPs);
        }
        long start = atHome;
        // Not snooped, the read takes memory's copy: stale while a core or an LLC holds the line dirty.
        if (maintained) {
            start = Math.max(start, cleaned(line, home, t));
        } else if (maintenance.dirty(line, home)) {
            sink.hazard(eventPs, TraceSink.HAZARD_STALE_READ, device, line * SocketModel.LINE,
                TraceSink.NEVER_VISIBLE, atHome);
        }
        return done.set(sockets[home].memory().access(start, line * SocketModel.LINE, false), 0);
    }

    /** Software's cache maintenance for this device, which registrations' entries go through as well. */
    CacheMaintenance maintenance() {
        return maintenance;
    }
}
