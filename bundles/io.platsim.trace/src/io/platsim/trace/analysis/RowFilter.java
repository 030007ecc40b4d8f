/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.trace.analysis;

import java.io.IOException;
import java.util.Map;

import io.platsim.trace.TraceSchema;
import io.platsim.trace.query.Series;

/**
 * The charts' filter: the rows whose columns hold given values (a device's track, a socket, a core, a VM). A trace
 * that does not record one of the filter's columns cannot be narrowed by it and is charted whole.
 */
public final class RowFilter {

    private RowFilter() {
    }

    /** True when {@code trace} is in the run and has every column {@code only} names. */
    public static boolean narrows(RunTraces run, String trace, Map<String, Long> only) throws IOException {
        return run.has(trace) && records(run.trace(trace).schema(), only);
    }

    private static boolean records(TraceSchema schema, Map<String, Long> only) {
        return only.keySet().stream().allMatch(column -> schema.columns().stream()
            .anyMatch(c -> c.name().equals(column)));
    }

    /** {@code series} keeping only the rows {@code only} keeps, or {@code series} itself when it cannot narrow it. */
    static Series narrowed(TraceSchema schema, Series series, Map<String, Long> only) {
        if (!records(schema, only)) {
            return series;
        }
        Series kept = series;
        for (Map.Entry<String, Long> filter : only.entrySet()) {
            kept = kept.and(schema.indexOf(filter.getKey()), filter.getValue());
        }
        return kept;
    }
}
