/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.workload;

import java.util.Arrays;
import java.util.List;

import io.platsim.engine.config.MachineCheckConfig;
import io.platsim.engine.resource.HostCores;
import io.platsim.engine.trace.TraceSink;
import io.platsim.engine.vm.ExitReason;

/**
 * Machine checks injected into cores. In host context the host's handler takes one. In guest context it depends
 * on the host: with CR4.MCE kept in force while the guest runs, the machine check becomes a VM exit (reason
 * MACHINE_CHECK) that the host handles, and the run goes on; without it, the processor cannot deliver the
 * machine check and shuts the platform down (a catastrophic error), and the run ends there. A VM exit is work on its
 * core like any other ({@link HostCores}): what else the core was to do waits for the host to have handled it.
 */
public final class MachineChecks {

    /** Outcomes, by machine check. */
    public enum Outcome {
        PENDING, HOST_HANDLED, VM_EXIT, SHUTDOWN
    }

    private final List<MachineCheckConfig> checks;
    private final Outcome[] outcomes;
    private final HostCores cores;
    private final TraceSink sink;
    private long shutdownPs = -1;

    public MachineChecks(List<MachineCheckConfig> checks, HostCores cores, TraceSink sink) {
        this.checks = checks;
        this.cores = cores;
        this.sink = sink;
        outcomes = new Outcome[checks.size()];
        Arrays.fill(outcomes, Outcome.PENDING);
    }

    /** Machine check {@code index} arrives at {@code nowPs}; returns whether the platform shut down. */
    public boolean arrive(int index, long nowPs) {
        MachineCheckConfig check = checks.get(index);
        if (check.vm() < 0) {
            outcomes[index] = Outcome.HOST_HANDLED;
            return false;
        }
        if (check.hostKeepsMce()) {
            outcomes[index] = Outcome.VM_EXIT;
            cores.core(check.socket(), check.core()).run(nowPs, check.exitCostPs());
            sink.vmExit(nowPs, check.vm(), check.socket(), check.core(), ExitReason.MACHINE_CHECK.ordinal(),
                check.exitCostPs());
            return false;
        }
        outcomes[index] = Outcome.SHUTDOWN;
        shutdownPs = nowPs;
        sink.hazard(nowPs, TraceSink.HAZARD_SHUTDOWN, -1, 0, TraceSink.NEVER_VISIBLE, nowPs);
        return true;
    }

    public Outcome outcome(int index) {
        return outcomes[index];
    }

    /** When the platform shut down, or -1. */
    public long shutdownPs() {
        return shutdownPs;
    }
}
