/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.dma;

/**
 * The parts of one transfer's latency. They follow the line that finished last: its TLP's time on the links
 * (to the root complex, and for a read the completions' way back), its wait for the IOMMU, its way to its home
 * and coherence actions, and the rest, in memory or the LLC; before all of them, its wait for the driver to hand
 * its ring buffer back (the driver core's work on earlier transfers), which the driver adds ({@code DriverPath}).
 */
public final class DmaTiming {
    long linkPs;
    long iommuPs;
    long coherencePs;
    long memoryPs;
    long driverWaitPs;
    long latencyPs;
    /** When the data is visible to the CPU (writes) or back at the device (reads). */
    long donePs;
    /** A read's: when the first of its completions reached the device. */
    long firstDataPs;
    /** When the device may issue its next posted write (its last TLP left). */
    long sentPs;
    /** Whether the IOMMU found no mapping and dropped the transfer. */
    boolean faulted;
    /** Time a core spent copying the transfer through a bounce buffer, in ps (0 when not bounced). */
    long bouncePs;
    /** Lines software flushed before this (non-coherent) read, and the time the write-backs took. */
    long flushes;
    long flushPs;

    /** Its time on the links. */
    public long linkPs() {
        return linkPs;
    }

    /** Its wait for the IOMMU. */
    public long iommuPs() {
        return iommuPs;
    }

    /** Its way to its home and the coherence actions there. */
    public long coherencePs() {
        return coherencePs;
    }

    /** The rest, in memory or the LLC. */
    public long memoryPs() {
        return memoryPs;
    }

    /** Its wait for the driver to hand its ring buffer back, besides the IOMMU mapping in that wait. */
    public long driverWaitPs() {
        return driverWaitPs;
    }

    /** From its start to {@link #donePs()}. */
    public long latencyPs() {
        return latencyPs;
    }

    /** When the data is visible to the CPU (writes) or back at the device (reads). */
    public long donePs() {
        return donePs;
    }

    /** When the device may issue its next posted write (its last TLP left). */
    public long sentPs() {
        return sentPs;
    }

    /** Whether the IOMMU found no mapping and dropped it. */
    public boolean faulted() {
        return faulted;
    }

    /** Time a core spent copying it through a bounce buffer (0 when not bounced). */
    public long bouncePs() {
        return bouncePs;
    }

    /** Lines software flushed before this non-coherent read. */
    public long flushes() {
        return flushes;
    }

    /** The time those flushes' write-backs took. */
    public long flushPs() {
        return flushPs;
    }

    DmaTiming reset() {
        faulted = false;
        linkPs = 0;
        iommuPs = 0;
        coherencePs = 0;
        memoryPs = 0;
        driverWaitPs = 0;
        latencyPs = 0;
        donePs = 0;
        firstDataPs = Long.MAX_VALUE;
        sentPs = 0;
        bouncePs = 0;
        flushes = 0;
        flushPs = 0;
        return this;
    }

    /**
     * A line was done at {@code donePs}: its TLP reached the root complex at {@code arrivalPs}, was translated
     * at {@code atRootPs}, reached home at {@code atHomePs}, and its coherence actions took {@code coherence}.
     * The last line so far sets the split.
     */
    void line(long done, long arrivalPs, long atRootPs, long atHomePs, long coherence) {
        if (done >= donePs) {
            donePs = done;
            linkPs = arrivalPs;
            iommuPs = atRootPs - arrivalPs;
            coherencePs = atHomePs - atRootPs + coherence;
        }
    }

    /** The split of a write issued at {@code nowPs}, once every line is done. */
    DmaTiming written(long nowPs) {
        latencyPs = donePs - nowPs;
        linkPs -= nowPs;
        coherencePs = Math.min(coherencePs, latencyPs - linkPs - iommuPs);
        memoryPs = latencyPs - linkPs - iommuPs - coherencePs;
        return this;
    }

    /**
     * A read request's completions reached the device at {@code arrivedPs}: they left its home at
     * {@code backPs}, once its last line was ready at {@code readyPs} (the line whose coherence actions took
     * {@code coherence}); the request reached the root complex at {@code arrivalPs}, was translated at
     * {@code atRootPs} and reached home at {@code atHomePs}. The last completion so far sets the split; the way
     * from home counts as coherence, the completions' way down as link time.
     */
    void answered(long arrivedPs, long backPs, long readyPs, long arrivalPs, long atRootPs, long atHomePs,
            long coherence) {
        if (arrivedPs >= donePs) {
            donePs = arrivedPs;
            linkPs = arrivalPs + arrivedPs - backPs;
            iommuPs = atRootPs - arrivalPs;
            coherencePs = atHomePs - atRootPs + coherence + backPs - readyPs;
        }
    }

    /**
     * The split of a read of {@code lines} lines issued at {@code nowPs}, once every request is answered: the
     * device takes in one line every {@code linePs} after the first arrived, and its own time after that
     * ({@code enginePs}); the wait counts with the link's time.
     */
    DmaTiming read(long nowPs, long lines, long linePs, long enginePs) {
        long taken = firstDataPs == Long.MAX_VALUE ? 0 : firstDataPs + (lines - 1) * linePs + enginePs;
        if (taken > donePs) {
            linkPs += taken - donePs;
            donePs = taken;
        }
        latencyPs = donePs - nowPs;
        linkPs -= nowPs;
        memoryPs = latencyPs - linkPs - iommuPs - coherencePs;
        return this;
    }
}
