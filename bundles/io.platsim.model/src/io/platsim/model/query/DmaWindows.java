/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.query;

import io.platsim.model.AgentBoardDmaEngine;
import io.platsim.model.Device;

/**
 * The host memory a device's DMA reaches without bounce buffers: from 0 as far as its DMA mask reaches, or, for an
 * agent board, its window (from its window base, its window size, no more than its mask reaches). The compiler and
 * the validation rule on buffer windows both ask here.
 */
public final class DmaWindows {

    private DmaWindows() {
    }

    /** The first host address the device's DMA reaches. */
    public static long base(Device device) {
        return device instanceof AgentBoardDmaEngine board ? board.getWindowBaseAddress() : 0;
    }

    /** How many bytes from {@link #base} it reaches ({@link Long#MAX_VALUE} for no limit). */
    public static long bytes(Device device) {
        int bits = device.getDmaAddressMaskBits();
        long mask = bits >= 63 ? Long.MAX_VALUE : 1L << Math.max(0, bits);
        return device instanceof AgentBoardDmaEngine board ? Math.min(mask, board.getWindowSizeBytes()) : mask;
    }
}
