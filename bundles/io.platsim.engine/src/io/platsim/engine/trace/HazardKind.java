/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.trace;

/** Something software could observe going wrong: the {@code kind} column of the {@code hazard} trace. */
public enum HazardKind implements Coded {
    /** An MSI handled before the data it announces was visible. */
    MSI_BEFORE_DATA(1, "MSI before its data"),
    /** A non-coherent DMA read of stale data. */
    STALE_READ(2, "stale read"),
    /**
     * A non-coherent DMA write under a line a CPU cache holds: a dirty copy's write-back would overwrite the data,
     * a clean copy gives cores the old data.
     */
    STALE_WRITE(3, "stale write"),
    /** The platform shut down: a machine check in guest context without CR4.MCE kept in force. */
    SHUTDOWN(4, "shutdown");

    private final int code;
    private final String label;

    HazardKind(int code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public int code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}
