/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.trace.query;

import java.util.ArrayList;
import java.util.List;

/**
 * What a chart plots from one trace: a column's values ({@code column} 0 counts rows, since time is not a value)
 * over the rows whose filter columns hold the given values, for example the latency of one device's writes, or
 * the snoops of one core (its socket and its core).
 */
public record Series(int column, List<Filter> filters) {

    /** Rows whose {@code column} holds {@code value}. */
    public record Filter(int column, long value) {
    }

    public Series {
        filters = List.copyOf(filters);
    }

    /** Every row, by {@code column}. */
    public static Series of(int column) {
        return new Series(column, List.of());
    }

    /** The rows whose {@code filterColumn} is {@code filterValue}, by {@code column}. */
    public static Series where(int column, int filterColumn, long filterValue) {
        return of(column).and(filterColumn, filterValue);
    }

    /** These rows, narrowed to those whose {@code filterColumn} is {@code filterValue}. */
    public Series and(int filterColumn, long filterValue) {
        List<Filter> narrower = new ArrayList<>(filters);
        narrower.add(new Filter(filterColumn, filterValue));
        return new Series(column, narrower);
    }

    /** The columns to decode: time, the value, then each filter's column. */
    int[] columns() {
        int[] columns = new int[2 + filters.size()];
        columns[1] = column;
        for (int f = 0; f < filters.size(); f++) {
            columns[2 + f] = filters.get(f).column();
        }
        return columns;
    }

    /** True when row {@code r} of decoded {@link #columns()} passes every filter. */
    boolean keeps(long[][] decoded, int r) {
        for (int f = 0; f < filters.size(); f++) {
            if (decoded[2 + f][r] != filters.get(f).value()) {
                return false;
            }
        }
        return true;
    }
}
