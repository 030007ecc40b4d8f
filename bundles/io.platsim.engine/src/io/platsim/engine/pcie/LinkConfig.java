/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.pcie;

import java.util.List;

/**
 * A negotiated PCIe link: generation, width and the sizes that shape its TLPs.
 *
 * @param generation    PCIe generation
 * @param lanes         1, 2, 4, 8, 16 or 32
 * @param addressBits   32 or 64: memory requests to addresses above 4 GiB carry a 64-bit address
 * @param ecrc          whether TLPs carry the 4-byte end-to-end CRC digest
 * @param maxPayload    MPS in bytes, 128 to 4096
 * @param maxReadRequest MRRS in bytes, 128 to 4096
 * @param readCompletionBoundary RCB in bytes
 * @param rcbChunks     whether the completer splits read data at every RCB (seen on older chipsets) instead of
 *                      sending MPS-sized completions
 */
public record LinkConfig(Generation generation, int lanes, int addressBits, boolean ecrc, int maxPayload,
        int maxReadRequest, int readCompletionBoundary, boolean rcbChunks) {

    static final List<Integer> WIDTHS = List.of(1, 2, 4, 8, 16, 32);
    static final List<Integer> SIZES = List.of(128, 256, 512, 1024, 2048, 4096);

    public LinkConfig {
        if (!WIDTHS.contains(lanes)) {
            throw new IllegalArgumentException(lanes + " lanes is not a PCIe link width");
        }
        if (addressBits != 32 && addressBits != 64) {
            throw new IllegalArgumentException("addresses are 32 or 64 bits, not " + addressBits);
        }
        if (!SIZES.contains(maxPayload) || !SIZES.contains(maxReadRequest)) {
            throw new IllegalArgumentException("MPS and MRRS are powers of two from 128 to 4096 bytes");
        }
        if (readCompletionBoundary != 64 && readCompletionBoundary != 128) {
            throw new IllegalArgumentException("the read completion boundary is 64 or 128 bytes");
        }
    }

    /**
     * A {@code generation} link of {@code lanes} lanes, to be described by name; until told otherwise it has the
     * specification's power-on settings (PCIe Base 4.0, 7.5.3.4 and 7.5.3.7: MPS 128, MRRS 512, RCB 64), 64-bit
     * addresses, no ECRC, and a completer that splits read data at MPS, not at every RCB.
     */
    public static Builder of(Generation generation, int lanes) {
        return new Builder(generation, lanes);
    }

    /** Builds a {@link LinkConfig} field by field, from {@link LinkConfig#of}. */
    public static final class Builder {
        private final Generation generation;
        private final int lanes;
        private int addressBits = 64;
        private boolean ecrc;
        private int maxPayload = 128;
        private int maxReadRequest = 512;
        private int readCompletionBoundary = 64;
        private boolean rcbChunks;

        private Builder(Generation generation, int lanes) {
            this.generation = generation;
            this.lanes = lanes;
        }

        /** MPS and MRRS, in bytes. */
        public Builder sizes(int mps, int mrrs) {
            maxPayload = mps;
            maxReadRequest = mrrs;
            return this;
        }

        /** The read completion boundary, and whether the completer splits read data at every one. */
        public Builder completions(int rcb, boolean chunks) {
            readCompletionBoundary = rcb;
            rcbChunks = chunks;
            return this;
        }

        /** The width of the addresses its memory requests carry, and whether TLPs carry ECRC. */
        public Builder headers(int bits, boolean crc) {
            addressBits = bits;
            ecrc = crc;
            return this;
        }

        /** The link. */
        public LinkConfig build() {
            return new LinkConfig(generation, lanes, addressBits, ecrc, maxPayload, maxReadRequest,
                readCompletionBoundary, rcbChunks);
        }
    }
}
