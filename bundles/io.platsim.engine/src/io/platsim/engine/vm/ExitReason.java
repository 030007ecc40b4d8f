/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.vm;

import java.util.Locale;

import io.platsim.engine.trace.Coded;

/**
 * Why a vCPU left guest mode: the metamodel's ExitReason, literal for literal and in its order (a test checks
 * both), so a reason's position is its code in the {@code vm_exit} trace's {@code reason} column. The engine's
 * exits, the summary's keys and the charts' labels all come from here.
 */
public enum ExitReason implements Coded {
    EXTERNAL_INTERRUPT("external interrupt"),
    IO_INSTRUCTION("I/O instruction"),
    EPT_MISCONFIG("EPT misconfig"),
    EPT_VIOLATION("EPT violation"),
    MSR_ACCESS("MSR access"),
    APIC_ACCESS("APIC access"),
    HLT("HLT"),
    INTERRUPT_WINDOW("interrupt window"),
    PREEMPTION_TIMER("preemption timer"),
    MACHINE_CHECK("machine check"),
    VMCALL("VMCALL"),
    CPUID("CPUID");

    private static final ExitReason[] ALL = values();
    private final String label;

    ExitReason(String label) {
        this.label = label;
    }

    @Override
    public int code() {
        return ordinal();
    }

    @Override
    public String label() {
        return label;
    }

    /** The reason's key in {@code summary.json}: its name in lower case. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The reason whose code (position) is {@code code}. */
    public static ExitReason of(int code) {
        return ALL[code];
    }
}
