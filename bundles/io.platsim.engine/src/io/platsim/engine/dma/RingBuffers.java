/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.dma;

/**
 * A driven stream's ring of buffers, by transfer number: whether each buffer is out (given to a transfer the
 * driver has not handed back yet), when it is ready for its next transfer (mapped, and handed back by the driver
 * core's work on the transfer that used it last), and how much of readying it was the IOMMU's (unmapping the old
 * buffer and mapping a fresh one).
 */
public final class RingBuffers {

    final long[] readyPs;
    final long[] mappingPs;
    final boolean[] out;

    /** A ring of {@code buffers} buffers, all ready at the start. */
    public RingBuffers(int buffers) {
        readyPs = new long[buffers];
        mappingPs = new long[buffers];
        out = new boolean[buffers];
    }

    /** How many buffers the ring holds. */
    public int size() {
        return readyPs.length;
    }

    /** The buffer transfer {@code number} uses. */
    int slot(long number) {
        return (int) (number % readyPs.length);
    }
}
