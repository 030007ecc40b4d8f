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
}
