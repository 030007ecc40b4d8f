/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.resource;

import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * The platform's host cores as resources: the one owner of the work each core has taken, whoever asks for it (a
 * driver mapping and unmapping buffers, a driver or network stack handling a transfer, a flow's request handling, a
 * back end copying packets, a guest's exits). Each core is one {@link HostCore}, made on first use and the same
 * object after that.
 */
public final class HostCores {

    /** Cores a socket may have: one bit each in a {@code long}, the snoop filter's presence vector. */
    public static final int PER_SOCKET = Long.SIZE;

    private final LongSupplier clock;
    private HostCore[] cores = new HostCore[PER_SOCKET];

    /** @param clock the simulation clock */
    public HostCores(LongSupplier clock) {
        this.clock = clock;
    }

    /** Core {@code index} of socket {@code socket}. */
    public HostCore core(int socket, int index) {
        if (socket < 0 || index < 0 || index >= PER_SOCKET) {
            throw new IllegalArgumentException("no core " + index + " on socket " + socket);
        }
        int id = socket * PER_SOCKET + index;
        if (id >= cores.length) {
            cores = Arrays.copyOf(cores, Math.max(id + 1, cores.length * 2));
        }
        if (cores[id] == null) {
            cores[id] = new HostCore(socket, index, clock);
        }
        return cores[id];
    }
}
