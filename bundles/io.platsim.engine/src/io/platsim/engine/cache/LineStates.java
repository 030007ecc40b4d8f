/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.cache;

/** Coherence states of a line in a private cache, as bytes (the union of MESI, MESIF and MOESI). */
public final class LineStates {

    public static final byte INVALID = 0;
    public static final byte SHARED = 1;
    public static final byte EXCLUSIVE = 2;
    public static final byte MODIFIED = 3;
    public static final byte FORWARD = 4;
    public static final byte OWNED = 5;

    private LineStates() {
    }

    /** Whether the cache holds data memory does not have yet (Modified or Owned). */
    public static boolean dirty(byte state) {
        return state == MODIFIED || state == OWNED;
    }

    /** Whether the cache may write the line without asking anyone (Modified or Exclusive). */
    public static boolean writable(byte state) {
        return state == MODIFIED || state == EXCLUSIVE;
    }

    public static String name(byte state) {
        return switch (state) {
            case SHARED -> "S";
            case EXCLUSIVE -> "E";
            case MODIFIED -> "M";
            case FORWARD -> "F";
            case OWNED -> "O";
            default -> "I";
        };
    }
}
