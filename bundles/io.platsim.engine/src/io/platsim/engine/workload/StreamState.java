/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.workload;

import java.util.SplittableRandom;

import io.platsim.engine.config.DmaStreamConfig;
import io.platsim.engine.dma.DmaTransfer;
import io.platsim.engine.dma.RingBuffers;
import io.platsim.engine.socket.SocketModel;
import io.platsim.engine.stats.StreamStats;

/** A DMA stream while it runs: its random draws, where it is in its buffer window, and its statistics. */
final class StreamState {

    final DmaStreamConfig config;
    final SplittableRandom random;
    final StreamStats stats = new StreamStats();
    /** With a driver core per transfer: its ring of buffers (empty without one). */
    final RingBuffers ring;
    long issued;
    /** Transfers held back because the ring buffer they need is still out; each goes when it comes back. */
    int heldForBuffer;
    /** Transfers started since the stream's last doorbell, and when that doorbell reached the device. */
    int sinceDoorbell;
    long doorbellArrivedPs;
    /** An open-loop stream: when its next request arrives at the device, on time whether or not it is sent then. */
    long arrivalPs = -1;
    /** Transfers numbered below this one are covered by an MSI handled at {@code coverHandlerPs} (coalescing). */
    long coveredBelow;
    long coverHandlerPs;
    /** Writes done whose driver waits for a later write's interrupt (coalescing), in the order they finished. */
    private DmaTransfer[] awaiting = new DmaTransfer[8];
    private int awaitingHead;
    private int awaitingCount;
    private long offset;

    StreamState(DmaStreamConfig config, long seed) {
        this.config = config;
        random = new SplittableRandom(seed);
        ring = new RingBuffers(config.driven() ? Math.max(1, config.mapAhead()) : 0);
    }

    /** Write {@code x} is done, and its driver learns of it at the next interrupt. */
    void awaitInterrupt(DmaTransfer x) {
        if (awaitingCount == awaiting.length) {
            DmaTransfer[] grown = new DmaTransfer[awaiting.length * 2];
            for (int i = 0; i < awaitingCount; i++) {
                grown[i] = awaiting[(awaitingHead + i) % awaiting.length];
            }
            awaiting = grown;
            awaitingHead = 0;
        }
        awaiting[(awaitingHead + awaitingCount++) % awaiting.length] = x;
    }

    /** Writes done and waiting for an interrupt. */
    int awaitingCount() {
        return awaitingCount;
    }

    /**
     * The waiting writes issued up to transfer {@code number}, in the order they finished, taken off the list (the
     * array holds {@link #awaitingCount} slots, null where a later write stays waiting for a later interrupt).
     */
    DmaTransfer[] takeAwaiting(long number) {
        DmaTransfer[] taken = new DmaTransfer[awaitingCount];
        int kept = 0;
        for (int i = 0; i < awaitingCount; i++) {
            int at = (awaitingHead + i) % awaiting.length;
            DmaTransfer x = awaiting[at];
            awaiting[at] = null;
            if (x.number() <= number) {
                taken[i] = x;
            } else {
                awaiting[(awaitingHead + kept++) % awaiting.length] = x;
            }
        }
        awaitingCount = kept;
        return taken;
    }

    /** The next transfer's size, drawn from the stream's distribution. */
    int nextSize() {
        DmaStreamConfig s = config;
        int max = s.largestBytes();
        return switch (s.sizes()) {
            case FIXED -> s.sizeBytes();
            case UNIFORM -> s.sizeBytes() + random.nextInt(max - s.sizeBytes() + 1);
            case EXPONENTIAL -> (int) Math.min(max, Math.max(1,
                Math.round(-s.sizeBytes() * Math.log(1 - random.nextDouble()))));
        };
    }

    /**
     * The address of the next transfer of {@code size} bytes: one after another round the window (line
     * aligned), or at a random line of it.
     */
    long nextAddress(int size) {
        long window = Math.max(SocketModel.LINE, config.bufferBytes());
        if (config.randomOffsets()) {
            offset = random.nextLong(Math.max(1, window / SocketModel.LINE)) * SocketModel.LINE;
            return config.bufferBase() + offset;
        }
        long address = config.bufferBase() + offset;
        offset = (offset + (size + SocketModel.LINE - 1) / SocketModel.LINE * SocketModel.LINE) % window;
        return address;
    }
}
