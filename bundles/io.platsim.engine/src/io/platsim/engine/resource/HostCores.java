/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.resource;

import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * The platform's host cores as resources: the one calendar of the work each core has taken, whoever asks for it (a
 * driver mapping and unmapping buffers, a driver or network stack handling a transfer, a flow's request handling, a
 * back end copying packets, a guest's exits). A core does one thing at a time, so work asked of a busy core waits
 * for a gap long enough to hold it. A core is named by its socket and its index there, as one id:
 * {@code socket x }{@value #PER_SOCKET}{@code  + core}.
 */
public final class HostCores {

    /** Cores a socket may have: one bit each in a {@code long}, the snoop filter's presence vector. */
    public static final int PER_SOCKET = Long.SIZE;

    private final LongSupplier clock;
    private Timeline[] cores = new Timeline[PER_SOCKET];

    /** @param clock the simulation clock */
    public HostCores(LongSupplier clock) {
        this.clock = clock;
    }

    /** The id of core {@code core} of socket {@code socket}. */
    public static int id(int socket, int core) {
        return socket * PER_SOCKET + core;
    }

    /** The calendar of core {@code id}. */
    public Timeline of(int id) {
        if (id >= cores.length) {
            int size = Math.max(id + 1, cores.length * 2);
            cores = Arrays.copyOf(cores, size);
        }
        if (cores[id] == null) {
            cores[id] = new Timeline(clock);
        }
        return cores[id];
    }

    /** When core {@code id} could start work of {@code lengthPs} asked for at {@code readyPs}, without taking it. */
    public long startFor(int id, long readyPs, long lengthPs) {
        return of(id).startFor(readyPs, lengthPs);
    }

    /** Core {@code id} does work of {@code lengthPs} asked for at {@code readyPs}; returns when it is done. */
    public long run(int id, long readyPs, long lengthPs) {
        return booked(id, readyPs, readyPs, readyPs + lengthPs);
    }

    /**
     * Books on core {@code id} work asked for at {@code readyPs} that was timed from {@code beginPs} (see
     * {@link #startFor}) to {@code endPs}: when the gap found there is too short for all of it now, it takes the first
     * that fits and ends that much later. Returns when it ends.
     */
    public long booked(int id, long readyPs, long beginPs, long endPs) {
        long length = endPs - beginPs;
        if (length <= 0) {
            return endPs;
        }
        return of(id).book(readyPs, length) + length;
    }
}
