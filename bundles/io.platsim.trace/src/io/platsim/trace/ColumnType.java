/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.trace;

/** How a trace column is stored (see docs/trace-format.md). */
public enum ColumnType {
    /** A whole number, stored as the zigzag varint of its difference from the previous row's value. */
    LONG(1),
    /** A floating-point number, stored as its 8 IEEE 754 bytes. */
    DOUBLE(2);

    private final int code;

    ColumnType(int code) {
        this.code = code;
    }

    int code() {
        return code;
    }

    static ColumnType of(int code) {
        for (ColumnType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown column type " + code);
    }
}
