/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.config;

/**
 * A core registering memory regions with an RDMA NIC and deregistering them, round after round.
 *
 * @param name    for statistics and messages
 * @param socket  socket of the core
 * @param core    core index in its socket
 * @param device  the NIC, by index
 * @param rounds  what each round registers, and when the first one starts
 * @param costs   the core's time for each step
 */
public record RegistrationConfig(String name, int socket, int core, int device, Rounds rounds, Costs costs) {

    /** Each round registers {@code regions} regions of {@code regionBytes}; the first starts at {@code startPs}. */
    public record Rounds(long regionBytes, int regions, long startPs) {
    }

    /** A registration's and a deregistration's fixed times, and pinning and unpinning each 4 KiB page. */
    public record Costs(long registerPs, long deregisterPs, long pinPs, long unpinPs) {
    }
}
