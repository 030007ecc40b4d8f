/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.stats;

import io.platsim.engine.dma.DmaTiming;

/** What one DMA stream did after the warm-up. */
public final class StreamStats {

    private final LatencyHistogram latency = new LatencyHistogram();
    private final LatencyHistogram interruptLatency = new LatencyHistogram();
    private long transfers;
    private long bytes;
    /** Bytes of the transfers that completed within the measured window, whenever they were issued. */
    private long deliveredBytes;
    private long interrupts;
    long linkPs;
    long faults;
    long bounced;
    long bouncePs;
    long iommuPs;
    long coherencePs;
    long memoryPs;
    /** The transfers' waits for the driver to hand their ring buffers back (their driverWaitPs), in ps. */
    long driverWaitPs;
    long flushes;
    long flushPs;
    /** Time the stream's driver cores spent on their own work for its counted transfers, in ps. */
    private long driverPs;

    /** A core's access of {@code size} bytes took {@code latencyPs} (CPU access streams). */
    public void access(int size, long latencyPs) {
        transfers++;
        bytes += size;
        latency.record(latencyPs);
    }

    /** A transfer of {@code size} bytes completed within the measured window. */
    public void delivered(int size) {
        deliveredBytes += size;
    }

    /** The stream's driver core worked {@code ps} on a counted transfer. */
    public void driverWork(long ps) {
        driverPs += ps;
    }

    /** A counted transfer's interrupt was handled {@code latencyPs} after the transfer was issued. */
    public void interrupt(long latencyPs) {
        interrupts++;
        interruptLatency.record(latencyPs);
    }

    /** A transfer of {@code size} bytes ended as {@code t} says: delivered, or dropped by an IOMMU fault. */
    public void record(DmaTiming t, int size) {
        if (t.faulted()) {
            faults++;
            return;
        }
        transfers++;
        bytes += size;
        latency.record(t.latencyPs());
        linkPs += t.linkPs();
        iommuPs += t.iommuPs();
        coherencePs += t.coherencePs();
        memoryPs += t.memoryPs();
        driverWaitPs += t.driverWaitPs();
        flushes += t.flushes();
        flushPs += t.flushPs();
        if (t.bouncePs() > 0) {
            bounced++;
            bouncePs += t.bouncePs();
        }
    }

    /** Transfers that went through a bounce buffer, and the time cores spent copying them, in ps. */
    public long bounced() {
        return bounced;
    }

    public long bouncePs() {
        return bouncePs;
    }

    /** Transfers an IOMMU dropped because their IOVA had no mapping. */
    public long faults() {
        return faults;
    }

    public LatencyHistogram latency() {
        return latency;
    }

    /** From an MSI's issue to its handler's first instruction. */
    public LatencyHistogram interruptLatency() {
        return interruptLatency;
    }

    public long transfers() {
        return transfers;
    }

    public long bytes() {
        return bytes;
    }

    /**
     * Bytes of the transfers that completed (a write's data visible, a read's completions at the device) between
     * the end of the warm-up and the end of the run, whenever they were issued: what throughput is measured on,
     * so that it does not depend on the run's length once the platform is warm. {@link #bytes()} counts the
     * transfers issued after the warm-up instead, as the latencies and the trace do.
     */
    public long deliveredBytes() {
        return deliveredBytes;
    }

    public long interrupts() {
        return interrupts;
    }

    /** Lines software flushed before non-coherent reads, and the total time their write-backs took. */
    /** Time the stream's driver cores spent on their own work for its counted transfers, in ps. */
    public long driverPs() {
        return driverPs;
    }

    public long flushes() {
        return flushes;
    }

    public long flushPs() {
        return flushPs;
    }

    /** Mean latency parts over the stream's transfers, in ps: link, IOMMU (0 for now), coherence, memory. */
    public double meanIommuPs() {
        return transfers == 0 ? 0 : (double) iommuPs / transfers;
    }

    public double meanLinkPs() {
        return transfers == 0 ? 0 : (double) linkPs / transfers;
    }

    public double meanCoherencePs() {
        return transfers == 0 ? 0 : (double) coherencePs / transfers;
    }

    public double meanMemoryPs() {
        return transfers == 0 ? 0 : (double) memoryPs / transfers;
    }

    /** The mean wait for the driver to hand a transfer's ring buffer back, besides the IOMMU's part of it. */
    public double meanDriverWaitPs() {
        return transfers == 0 ? 0 : (double) driverWaitPs / transfers;
    }
}
