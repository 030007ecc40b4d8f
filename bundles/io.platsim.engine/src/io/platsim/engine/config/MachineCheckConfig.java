/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.config;

/**
 * A machine check injected into a core.
 *
 * @param name          for summaries
 * @param atPs          when it arrives
 * @param socket        socket of the core
 * @param core          core index in its socket
 * @param vm            index of the VM running on the core (guest context), -1 for the host
 * @param hostKeepsMce  whether the host keeps CR4.MCE in force while the guest runs
 * @param exitCostPs    cost of the VM exit that takes it, when there is one
 */
public record MachineCheckConfig(String name, long atPs, int socket, int core, int vm, boolean hostKeepsMce,
        long exitCostPs) {
    /**
     * A machine check {@code name} arriving at {@code atPs} in core {@code core} of socket {@code socket} while it
     * runs the host, to be told otherwise with {@link Builder#inGuest}.
     */
    public static Builder of(String name, long atPs, int socket, int core) {
        return new Builder(name, atPs, socket, core);
    }

    /** Builds a {@link MachineCheckConfig} field by field, from {@link MachineCheckConfig#of}. */
    public static final class Builder {
        private final String name;
        private final long atPs;
        private final int socket;
        private final int core;
        private int vm = -1;
        private boolean hostKeepsMce = true;
        private long exitCostPs;

        private Builder(String name, long atPs, int socket, int core) {
            this.name = name;
            this.atPs = atPs;
            this.socket = socket;
            this.core = core;
        }

        /** The core runs VM {@code index}'s guest; whether the host keeps CR4.MCE, and the exit that takes it. */
        public Builder inGuest(int index, boolean hostKeeps, long exitPs) {
            vm = index;
            hostKeepsMce = hostKeeps;
            exitCostPs = exitPs;
            return this;
        }

        /** The machine check. */
        public MachineCheckConfig build() {
            return new MachineCheckConfig(name, atPs, socket, core, vm, hostKeepsMce, exitCostPs);
        }
    }
}
