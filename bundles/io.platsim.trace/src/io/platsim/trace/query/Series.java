/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.trace.query;

/**
 * What a chart plots from one trace: a column's values ({@code column} 0 counts rows, since time is not a value)
 * over the rows whose {@code filterColumn} equals {@code filterValue} ({@code filterColumn} -1 for every row), for
 * example the latency of one device's writes.
 */
public record Series(int column, int filterColumn, long filterValue) {

    /** Every row, by {@code column}. */
    public static Series of(int column) {
        return new Series(column, -1, 0);
    }

    /** The rows whose {@code filterColumn} is {@code filterValue}, by {@code column}. */
    public static Series where(int column, int filterColumn, long filterValue) {
        return new Series(column, filterColumn, filterValue);
    }

    boolean keeps(long filter) {
        return filterColumn < 0 || filter == filterValue;
    }
}
