/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.trace;

/** What a snoop found: the {@code result} column of the {@code snoop} trace. */
public enum SnoopResult implements Coded {
    /** A snoop of another socket that found no copy (its {@code core} is -1). */
    MISS("miss"),
    CLEAN_HIT("clean hit"),
    MODIFIED_HIT("modified hit");

    private final String label;

    SnoopResult(String label) {
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
}
