/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.trace;

/**
 * Where a chunk of rows sits in a trace file and which times it covers.
 *
 * @param offset    byte offset of the chunk
 * @param length    bytes of the chunk
 * @param rows      rows in the chunk
 * @param firstTime time of its first row, in ps
 * @param lastTime  time of its last row, in ps
 * @param checksum  the CRC32C of its bytes, or -1 in a file of the first format, which had none
 */
public record ChunkInfo(long offset, int length, int rows, long firstTime, long lastTime, long checksum) {

    /** True when the chunk may hold rows with {@code from <= time < to}. */
    public boolean overlaps(long from, long to) {
        return firstTime < to && lastTime >= from;
    }
}
