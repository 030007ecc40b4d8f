/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.trace;

import java.util.List;

/**
 * The columns of one kind of trace. Column 0 is always {@code time_ps}, the simulated time of the row in
 * picoseconds, never decreasing from one row to the next; the others are the kind's own.
 *
 * @param kind    trace kind, for example {@code dma}
 * @param columns the columns after time, in order
 */
public record TraceSchema(String kind, List<Column> columns) {

    /** Name of the time column that every trace starts with. */
    public static final String TIME = "time_ps";

    /** A named, typed column. */
    public record Column(String name, ColumnType type) {
    }

    public TraceSchema {
        columns = List.copyOf(columns);
        if (kind.isBlank()) {
            throw new IllegalArgumentException("a trace kind needs a name");
        }
    }

    /** Columns including time. */
    public int width() {
        return columns.size() + 1;
    }

    /** Name of column {@code index}, 0 being time. */
    public String name(int index) {
        return index == 0 ? TIME : columns.get(index - 1).name();
    }

    /** Type of column {@code index}, 0 being time. */
    public ColumnType type(int index) {
        return index == 0 ? ColumnType.LONG : columns.get(index - 1).type();
    }

    /** Index of the column called {@code name}. */
    public int indexOf(String name) {
        for (int i = 0; i < width(); i++) {
            if (name(i).equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("trace '" + kind + "' has no column '" + name + "'");
    }
}
