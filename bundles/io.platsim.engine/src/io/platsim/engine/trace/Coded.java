/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.trace;

import java.util.Map;
import java.util.TreeMap;

/**
 * A value a trace column holds as a number (a snoop's result, a hazard's kind, a translation's result, an exit's
 * reason): its code in the column and how charts and reports name it. Each such set of values is an enum that
 * implements this, and is the one place its codes and names are written.
 */
public interface Coded {

    /** The number the trace column holds. */
    int code();

    /** How a chart or a report names the value. */
    String label();

    /** Every value's label by its code, as charts name the values of the column. */
    static <E extends Enum<E> & Coded> Map<Long, String> labels(Class<E> type) {
        Map<Long, String> labels = new TreeMap<>();
        for (E value : type.getEnumConstants()) {
            labels.put((long) value.code(), value.label());
        }
        return Map.copyOf(labels);
    }
}
