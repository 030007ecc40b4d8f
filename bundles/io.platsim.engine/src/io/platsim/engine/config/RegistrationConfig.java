/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.config;

/**
 * A core registering memory regions with an RDMA NIC and deregistering them, round after round.
 *
 * @param name       for statistics and messages
 * @param device     the NIC, by index
 * @param registrar  who registers: the core, and the VM its application runs in
 * @param rounds     what each round registers, and when the first one starts
 * @param costs      the core's time for each step
 */
public record RegistrationConfig(String name, int device, Registrar registrar, Rounds rounds, Costs costs) {

    /** Each round registers {@code regions} regions of {@code regionBytes}; the first starts at {@code startPs}. */
    public record Rounds(long regionBytes, int regions, long startPs) {
    }

    /** A registration's and a deregistration's fixed times, and pinning and unpinning each 4 KiB page. */
    public record Costs(long registerPs, long deregisterPs, long pinPs, long unpinPs) {
    }

    /**
     * Core {@code core} of socket {@code socket} registers, for an application in VM {@code vm} (-1: on the host)
     * that sees the NIC as {@code attachment} (HOST outside any VM); a hypercall's exit costs {@code hypercallPs}.
     */
    public record Registrar(int socket, int core, int vm, FlowConfig.Attachment attachment, long hypercallPs) {

        /** Core {@code core} of socket {@code socket}, on the host. */
        public static Registrar host(int socket, int core) {
            return new Registrar(socket, core, -1, FlowConfig.Attachment.HOST, 0);
        }
    }
}
