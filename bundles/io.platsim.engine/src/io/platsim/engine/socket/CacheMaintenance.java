/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.socket;

import io.platsim.engine.cache.LineStates;

/**
 * What software does to the CPU caches for a device that does not snoop them, and what such a device finds there:
 * Linux's DMA API on a non-coherent device cleans a buffer's lines to memory before the device reads it or writes
 * it ({@code dma_map_single}, {@code dma_sync_single_for_device}: DC CVAC on Arm) and drops their copies once the
 * device has written it, before the CPU reads ({@code dma_sync_single_for_cpu}: DC IVAC). Every socket's caches
 * are looked at, not only the home's: a socket whose cores reached across holds lines of another's memory, and
 * its dirty ones go back over the inter-socket link. The caller times the device's access after what these return.
 */
public final class CacheMaintenance {

    private final SocketModel[] sockets;
    private final HomeAgents homes;

    public CacheMaintenance(SocketModel[] sockets, HomeAgents homes) {
        this.sockets = sockets;
        this.homes = homes;
    }

    /** Whether some socket's caches hold {@code line}, homed on socket {@code home}, clean or dirty. */
    public boolean cached(long line, int home) {
        for (SocketModel socket : sockets) {
            if (socket.holdsAnywhere(line, home)) {
                return true;
            }
        }
        return false;
    }

    /** Whether some socket's caches hold data for {@code line}, homed on socket {@code home}, that memory lacks. */
    public boolean dirty(long line, int home) {
        for (SocketModel socket : sockets) {
            if (socket.dirtyAnywhere(line, home)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Software cleans {@code line}, homed on socket {@code home}, to memory from {@code atPs}: a dirty copy, a
     * core's or an LLC's, is written to memory at its home (over the inter-socket link from another socket) and
     * stays, clean (a core's Exclusive when it is the line's only copy in its socket, else Shared). Returns when
     * memory has the data: {@code atPs} when no copy was dirty.
     */
    public long clean(long line, int home, long atPs) {
        long done = atPs;
        for (int from = 0; from < sockets.length; from++) {
            SocketModel socket = sockets[from];
            if (!socket.dirtyAnywhere(line, home)) {
                continue;
            }
            long holders = socket.holders(line);
            for (long held = holders; held != 0; held &= held - 1) {
                int core = Long.numberOfTrailingZeros(held);
                if (LineStates.dirty(socket.state(core, line))) {
                    socket.state(core, line, Long.bitCount(holders) == 1 ? LineStates.EXCLUSIVE : LineStates.SHARED);
                }
            }
            if (socket.llc() != null) {
                socket.llc().clean(line);
            }
            done = Math.max(done, from == home ? sockets[home].memory.access(atPs, line * SocketModel.LINE, true)
                : homes.writeBack(from, home, line, atPs));
        }
        return done;
    }

    /** Software drops every copy of {@code line}, homed on socket {@code home}, from every socket's caches. */
    public void invalidate(long line, int home) {
        for (SocketModel socket : sockets) {
            if (socket.holdsAnywhere(line, home)) {
                socket.dropAnywhere(line);
            }
        }
    }
}
