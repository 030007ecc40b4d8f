/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.dma;

import io.platsim.engine.socket.HomeAgents;
import io.platsim.engine.socket.SocketModel;
import io.platsim.engine.trace.TraceSink;

/**
 * What one device's DMA does to one cache line once the line has reached its home socket: coherent DMA asks the
 * home agent ({@link HomeAgents}, which snoops the cores and sockets that may hold the line by its snoop mode), then
 * goes to the LLC's DMA ways or memory; non-coherent DMA goes straight to the LLC or memory, and what it misses is
 * traced as a hazard. Each call is one line's action at the time given, one event per line ({@link DmaTransfers}).
 * Snoops and hazards are traced with the time of the event that asked.
 */
final class DmaLines implements HomeAgents.SnoopLog {

    private final int device;
    private final int rootSocket;
    private final SocketModel[] sockets;
    private final HomeAgents homes;
    private final boolean coherent;
    private final TraceSink sink;
    private final HomeAgents.Served served = new HomeAgents.Served();
    private long stampPs;
    /** For the last line: the time from its arrival at home until its coherence actions were over. */
    private long coherencePs;

    DmaLines(int device, int rootSocket, SocketModel[] sockets, HomeAgents homes, boolean coherent, TraceSink sink) {
        this.device = device;
        this.rootSocket = rootSocket;
        this.sockets = sockets;
        this.homes = homes;
        this.coherent = coherent;
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
     * ready there.
     */
    long readLocal(long line, long atRoot) {
        HomeAgents.Served done = homes.local(served, this, rootSocket, line, atRoot);
        coherencePs = done.donePs - atRoot - done.dataPs;
        return done.donePs;
    }

    /** Records from now on are stamped {@code eventPs}. */
    void stamp(long eventPs) {
        stampPs = eventPs;
    }

    /**
     * Time the last line's coherence actions took after it reached home: all of it but the LLC's or memory's time
     * to give its data (a read), or to take it (a write).
     */
    long coherencePs() {
        return coherencePs;
    }

    @Override
    public void snooped(int socket, int core, int result, long line, long ps) {
        sink.snoop(stampPs, device, socket, core, result, line * SocketModel.LINE, ps);
    }

    /**
     * A DMA write of {@code line}, which reached the root complex translated at {@code atRoot} and its home socket
     * {@code home} at {@code atHome}; returns when its data is visible.
     */
    long write(long line, long atRoot, long atHome, int home) {
        SocketModel socket = sockets[home];
        long start = atHome;
        if (coherent) {
            start = homes.dma(served, this, true, rootSocket, home, line, atRoot, atHome).donePs;
        } else if (socket.heldModified(line)) {
            sink.hazard(stampPs, TraceSink.HAZARD_STALE_WRITE, device, line * SocketModel.LINE, atHome, atHome);
        }
        coherencePs = start - atHome;
        if (coherent && socket.allocatesDma()) {
            long done = start + socket.config().llcHitPs();
            socket.allocate(line, done);
            return done;
        }
        return socket.memory().access(start, line * SocketModel.LINE, true);
    }

    /**
     * A DMA read of {@code line}, as {@link #write}; returns when its data is ready at home. With
     * {@code flushFirst}, software has flushed the line from the cores before the device read it (a non-coherent
     * device's driver does): a modified copy's write-back goes to memory first, and the read waits for it; the
     * line and the write-back's time are added to {@code t}.
     */
    long read(long line, long atRoot, long atHome, int home, boolean flushFirst, DmaTiming t) {
        if (coherent) {
            HomeAgents.Served done = homes.dma(served, this, false, rootSocket, home, line, atRoot, atHome);
            coherencePs = done.donePs - atHome - done.dataPs;
            return done.donePs;
        }
        SocketModel socket = sockets[home];
        long start = atHome;
        boolean modified = socket.heldModified(line);
        if (modified && flushFirst) {
            long written = socket.memory().access(stampPs, line * SocketModel.LINE, true);
            socket.flushedFromCores(line);
            t.flushes++;
            t.flushPs += written - stampPs;
            start = Math.max(start, written);
        } else if (modified) {
            sink.hazard(stampPs, TraceSink.HAZARD_STALE_READ, device, line * SocketModel.LINE,
                TraceSink.NEVER_VISIBLE, atHome);
        }
        coherencePs = 0;
        return socket.read(start, line);
    }
}
