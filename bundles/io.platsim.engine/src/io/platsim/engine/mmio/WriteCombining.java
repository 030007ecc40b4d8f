/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.mmio;

import io.platsim.engine.resource.HostCore;
import io.platsim.engine.socket.SocketModel;

/**
 * A core's write-combining buffers for its stores to one write-combining BAR. Stores gather in the open buffer;
 * when it holds a whole line it leaves as one 64-byte posted TLP, and the buffer is busy until the root complex
 * has acknowledged it. A store that needs a new buffer while all {@value HostCore#FILL_BUFFERS} are busy waits for
 * the first to come back. A fence (after every {@code fenceEvery} stores) sends the open buffer as it is (a
 * partial line is one smaller TLP here) and waits for every buffer. The stores of the stream are written one after
 * the other, so each line is filled in turn.
 */
public final class WriteCombining {

    /** What became of one store: when the core went on, and, once its line had left, the stores it carried. */
    public interface Stores {
        /**
         * A store issued at {@code storedPs} (before any wait for a free buffer) reached the device at
         * {@code arrivedPs}.
         */
        void arrived(long storedPs, long arrivedPs);
    }

    private final MmioPath path;
    private final int socket;
    private final int device;
    private final Stores stores;
    private final int fenceEvery;
    private long stored;
    private final long[] acknowledgedPs = new long[HostCore.FILL_BUFFERS];
    private final long[] storedPs = new long[SocketModel.LINE];
    private int count;
    private int filled;

    /**
     * The buffers of a core of socket {@code socket} writing to {@code device}, fencing after every
     * {@code fenceEvery} stores (0: never); {@code stores} hears of each store.
     */
    public WriteCombining(MmioPath path, int socket, int device, int fenceEvery, Stores stores) {
        this.path = path;
        this.socket = socket;
        this.device = device;
        this.fenceEvery = fenceEvery;
        this.stores = stores;
    }

    /**
     * A store of {@code bytes} at {@code atPs}; returns when the core may go on: later when no buffer was free, or
     * when the store is followed by a fence.
     */
    public long store(long atPs, int bytes) {
        long at = gather(atPs, bytes);
        return fenceEvery > 0 && ++stored % fenceEvery == 0 ? fence(at) : at;
    }

    private long gather(long atPs, int bytes) {
        long at = atPs;
        if (filled == 0) {
            at = Math.max(at, acknowledgedPs[earliest()]);
        }
        storedPs[count++] = atPs;
        filled += bytes;
        if (filled >= SocketModel.LINE) {
            send(at);
        }
        return at;
    }

    /** A store fence at {@code atPs}: returns when every buffer has drained and been acknowledged. */
    private long fence(long atPs) {
        if (filled > 0) {
            send(atPs);
        }
        long done = atPs;
        for (long ack : acknowledgedPs) {
            done = Math.max(done, ack);
        }
        return done;
    }

    /**
     * A load from the BAR at {@code atPs}: the open buffer leaves as it is first, without the core waiting for it,
     * so that the load reads what the stream wrote (an uncached access evicts the write-combining buffers: Intel
     * SDM volume 3A, chapter Memory Cache Control, Write Combining).
     */
    public void evict(long atPs) {
        if (filled > 0) {
            send(atPs);
        }
    }

    private void send(long atPs) {
        int buffer = earliest();
        MmioPath.Posted posted = path.write(Math.max(atPs, acknowledgedPs[buffer]), socket, device, filled);
        acknowledgedPs[buffer] = posted.acknowledgedPs();
        for (int i = 0; i < count; i++) {
            stores.arrived(storedPs[i], posted.arrivedPs());
        }
        count = 0;
        filled = 0;
    }

    private int earliest() {
        int best = 0;
        for (int i = 1; i < acknowledgedPs.length; i++) {
            if (acknowledgedPs[i] < acknowledgedPs[best]) {
                best = i;
            }
        }
        return best;
    }
}
