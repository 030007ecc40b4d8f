/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.charts;

import java.util.Map;

/**
 * The names of the {@code reason} column of the {@code vm_exit} trace: the metamodel's ExitReason literals, by
 * position (docs/run-folder.md). A runner test checks them against the metamodel.
 */
final class ExitReasons {

    static final Map<Long, String> LABELS = Map.ofEntries(
        Map.entry(0L, "external interrupt"), Map.entry(1L, "I/O instruction"), Map.entry(2L, "EPT misconfig"),
        Map.entry(3L, "EPT violation"), Map.entry(4L, "MSR access"), Map.entry(5L, "APIC access"),
        Map.entry(6L, "HLT"), Map.entry(7L, "interrupt window"), Map.entry(8L, "preemption timer"),
        Map.entry(9L, "machine check"), Map.entry(10L, "VMCALL"), Map.entry(11L, "CPUID"));

    private ExitReasons() {
    }
}
