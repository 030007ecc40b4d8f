/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.trace;

import java.nio.ByteBuffer;

/** Byte-level pieces of the trace format: zigzag varints, and the file's magic. */
final class Encoding {

    /** First and last eight bytes of every trace file this release writes. */
    static final byte[] MAGIC = {'P', 'S', 'T', 'R', 'A', 'C', 'E', '3'};
    /** The same, of files of the second format, whose header, index and footer carry no checksum; still read. */
    static final byte[] MAGIC_V2 = {'P', 'S', 'T', 'R', 'A', 'C', 'E', '2'};
    /** The same, of files of the first format, whose chunks carry no checksum either; still read. */
    static final byte[] MAGIC_V1 = {'P', 'S', 'T', 'R', 'A', 'C', 'E', '1'};
    /** Footer: index offset (8), row count (8), CRC32C of the header, the index and these 16 bytes (4), magic (8). */
    static final int FOOTER_BYTES = 28;
    /** The footer of the first two formats: index offset (8), row count (8), magic (8). */
    static final int FOOTER_BYTES_V2 = 24;
    /** Per chunk in the index: offset (8), length (4), rows (4), first time (8), last time (8), CRC32C (4). */
    static final int INDEX_ENTRY_BYTES = 36;
    /** The same without the checksum, in files of the first format. */
    static final int INDEX_ENTRY_BYTES_V1 = 32;

    private Encoding() {
    }

    /** Writes {@code value} as a zigzag varint into {@code out} at {@code at}; returns the new position. */
    static int putVarLong(byte[] out, int at, long value) {
        long v = (value << 1) ^ (value >> 63);
        while ((v & ~0x7FL) != 0) {
            out[at++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out[at++] = (byte) v;
        return at;
    }

    /** Reads a zigzag varint. */
    static long getVarLong(ByteBuffer in) {
        long v = 0;
        int shift = 0;
        while (true) {
            byte b = in.get();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                break;
            }
            shift += 7;
            if (shift > 63) {
                throw new IllegalStateException("varint longer than 10 bytes");
            }
        }
        return (v >>> 1) ^ -(v & 1);
    }

    /** Writes 8 bytes big-endian. */
    static int putLong(byte[] out, int at, long value) {
        for (int i = 7; i >= 0; i--) {
            out[at++] = (byte) (value >>> (i * 8));
        }
        return at;
    }
}
