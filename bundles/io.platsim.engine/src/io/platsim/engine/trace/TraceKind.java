/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.trace;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The kinds of trace the engine reports through its {@code TraceSink}, each with its columns after
 * {@code time_ps}, in order: the one place they are written. The run folder's files, the charts and
 * docs/run-folder.md follow them (a test checks the documentation's table against them).
 */
public enum TraceKind {
    DMA("track", "stream", "write", "address", "bytes", "link_ps", "iommu_ps", "coherence_ps", "memory_ps",
        "driver_ps", "duration_ps"),
    SNOOP("track", "socket", "core", "result", "address", "snoop_ps"),
    INTERRUPT("track", "socket", "core", "arrived_ps", "handler_ps", "duration_ps"),
    HAZARD("kind", "track", "address", "visible_ps", "observed_ps"),
    IOMMU("track", "address", "result", "table_reads", "duration_ps"),
    VM_EXIT("vm", "socket", "core", "reason", "duration_ps"),
    WORK_QUEUE("track", "submission", "submitter", "retry", "occupancy"),
    ATS_PRI("track", "address", "page_request", "duration_ps");

    private final List<String> columns;

    TraceKind(String... columns) {
        this.columns = List.of(columns);
    }

    /** The kind's name: its file is {@code traces/<id>.pst}, and the metamodel's TraceKind names it in upper case. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The columns after {@code time_ps}, in order. */
    public List<String> columns() {
        return columns;
    }

    /** Every kind's name. */
    public static Set<String> ids() {
        return Arrays.stream(values()).map(TraceKind::id).collect(Collectors.toUnmodifiableSet());
    }
}
