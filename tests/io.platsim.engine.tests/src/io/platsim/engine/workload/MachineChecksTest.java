/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.platsim.engine.config.MachineCheckConfig;
import io.platsim.engine.resource.HostCores;
import io.platsim.engine.trace.TraceSink;

/** A machine check taken as a VM exit is work on its core; one the platform cannot deliver takes none. */
class MachineChecksTest {

    private final HostCores cores = new HostCores(() -> 0);

    @Test
    void theExitThatTakesAMachineCheckKeepsItsCoreBusy() {
        MachineCheckConfig kept = MachineCheckConfig.of("mce", 1_000, 0, 2).inGuest(0, true, 5_000).build();
        MachineChecks checks = new MachineChecks(List.of(kept), cores, TraceSink.NONE);
        assertFalse(checks.arrive(0, 1_000), "the host keeps CR4.MCE: the run goes on");
        assertEquals(MachineChecks.Outcome.VM_EXIT, checks.outcome(0));
        assertEquals(6_000, cores.core(0, 2).startFor(1_000, 100),
            "work asked of the core as the machine check arrives waits for the host to handle the exit");
        assertEquals(1_000, cores.core(0, 3).startFor(1_000, 100), "another core is free");
    }

    @Test
    void aShutdownBooksNoCore() {
        MachineCheckConfig cleared = MachineCheckConfig.of("mce", 1_000, 0, 2).inGuest(0, false, 5_000).build();
        MachineChecks checks = new MachineChecks(List.of(cleared), cores, TraceSink.NONE);
        assertTrue(checks.arrive(0, 1_000), "CR4.MCE cleared: the platform shuts down");
        assertEquals(1_000, cores.core(0, 2).startFor(1_000, 100));
        assertEquals(1_000, checks.shutdownPs());
    }
}
