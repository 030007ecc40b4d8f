/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.config;

/**
 * A stream of DMA transfers.
 *
 * @param name          for traces and summaries
 * @param device        index of the device
 * @param write         device writes host memory (else it reads)
 * @param sizeBytes     transfer size, or mean for exponential sizes
 * @param maxSizeBytes  largest size for uniform and exponential sizes
 * @param sizes         how sizes are drawn
 * @param rateBytesPerSec offered load in rate mode; 0 in closed-loop mode
 * @param outstanding   transfers in flight in closed-loop mode
 * @param bufferBase    first buffer address
 * @param bufferBytes   size of the buffer window
 * @param homeSocket    socket whose memory holds the buffer
 * @param interruptEvery MSI after every N transfers, 0 for none
 * @param cacheMaintenance whether software does a non-coherent device's cache maintenance for the stream: cleans
 *                      the CPU caches' dirty copies of a buffer's lines before the device reads or writes it, and
 *                      drops their copies once it has written it
 * @param startPs       when the stream starts
 * @param serviceTimePs time the device needs before each transfer (an NVMe drive's media latency, say);
 *                      in closed-loop mode a slot waits this long before its transfer starts
 * @param randomOffsets whether transfers start at random line-aligned offsets in the window (else one after
 *                      another round it)
 * @param mapPerIo      whether a driver maps each buffer before its transfer and unmaps it after (through the
 *                      device's IOMMU)
 * @param mapCores      driver cores sharing the stream's mappings (its queues' cores, 0 to n-1 of the
 *                      device's socket), taking transfers in turn
 * @param mapAhead      buffers the driver keeps mapped ahead of the device (its rings' entries): a core
 *                      maps the buffer of transfer k + mapAhead when transfer k completes
 * @param unmappedEvery fault injection: every Nth transfer goes to an IOVA with no mapping, 0 for never
 * @param readOnly      whether the buffer is mapped read-only for the device (its writes fault)
 * @param driverWorkPs  a driver core's own work for each transfer once it is done (the network stack's
 *                      receive processing, a transmit completion's handling), 0 for none; the stream's driver
 *                      cores ({@code mapCores}) take transfers in turn, and a transfer's ring slot
 *                      ({@code mapAhead}) takes a new buffer only once its core has done that work
 * @param doorbellEvery the driver posts transfers this many at a time and writes the device's doorbell for each
 *                      batch; a batch's transfers start once the doorbell has reached the device (0: none)
 * @param applicationCopy whether a driver core copies each transfer between the ring's buffer and the
 *                      application's (the window right after the ring's), after a write, before a read
 */
public record DmaStreamConfig(String name, int device, boolean write, int sizeBytes, int maxSizeBytes,
        Sizes sizes, double rateBytesPerSec, int outstanding, long bufferBase, long bufferBytes, int homeSocket,
        int interruptEvery, boolean cacheMaintenance, long startPs, long serviceTimePs, boolean randomOffsets,
        boolean mapPerIo, int mapCores, int mapAhead, int unmappedEvery, boolean readOnly, long driverWorkPs,
        int doorbellEvery, boolean applicationCopy) {

    /**
     * A stream of {@code device} that writes ({@code write}) or reads, to be described by name: 64-byte
     * transfers, closed loop with 8 in flight, over the first MiB of socket 0's memory, one after another, with
     * no interrupts, no mapping and no driver work until told otherwise.
     */
    public static Builder of(String name, int device, boolean write) {
        return new Builder(name, device, write);
    }

    /** Whether a driver core works on each transfer: it maps each buffer, or handles each transfer. */
    public boolean driven() {
        return mapPerIo || driverWorkPs > 0 || applicationCopy;
    }

    /** The largest transfer the stream makes: its size, or {@code maxSizeBytes} when sizes are drawn. */
    public int largestBytes() {
        return sizes == Sizes.FIXED ? sizeBytes : Math.max(sizeBytes, maxSizeBytes);
    }

    /** Builds a {@link DmaStreamConfig} field by field, from {@link DmaStreamConfig#of}. */
    public static final class Builder {

        private final String name;
        private final int device;
        private final boolean write;
        private int sizeBytes = 64;
        private int maxSizeBytes = 64;
        private Sizes sizes = Sizes.FIXED;
        private double rateBytesPerSec;
        private int outstanding = 8;
        private long bufferBase;
        private long bufferBytes = 1L << 20;
        private int homeSocket;
        private int interruptEvery;
        private boolean cacheMaintenance;
        private long startPs;
        private long serviceTimePs;
        private boolean randomOffsets;
        private boolean mapPerIo;
        private int mapCores = 1;
        private int mapAhead = 1;
        private int unmappedEvery;
        private boolean readOnly;
        private long driverWorkPs;
        private int doorbellEvery;
        private boolean applicationCopy;

        private Builder(String name, int device, boolean write) {
            this.name = name;
            this.device = device;
            this.write = write;
        }

        /** Every transfer is {@code bytes} long. */
        public Builder size(int bytes) {
            return sizes(Sizes.FIXED, bytes, bytes);
        }

        /** Sizes drawn by {@code how} around {@code bytes}, at most {@code maxBytes}. */
        public Builder sizes(Sizes how, int bytes, int maxBytes) {
            sizes = how;
            sizeBytes = bytes;
            maxSizeBytes = maxBytes;
            return this;
        }

        /** Open loop at {@code bytesPerSec} (0: closed loop). */
        public Builder rate(double bytesPerSec) {
            rateBytesPerSec = bytesPerSec;
            return this;
        }

        /** Transfers kept in flight in closed-loop mode. */
        public Builder outstanding(int transfers) {
            outstanding = transfers;
            return this;
        }

        /** The buffer window: {@code bytes} from {@code base}, in socket {@code home}'s memory. */
        public Builder buffer(long base, long bytes, int home) {
            bufferBase = base;
            bufferBytes = bytes;
            homeSocket = home;
            return this;
        }

        /** An MSI after every {@code transfers} transfers (0: none). */
        public Builder interruptEvery(int transfers) {
            interruptEvery = transfers;
            return this;
        }

        /** Whether software does a non-coherent device's cache maintenance for the stream. */
        public Builder cacheMaintenance(boolean maintained) {
            cacheMaintenance = maintained;
            return this;
        }

        /** When the stream starts, and the device's own time before each transfer. */
        public Builder timing(long startAtPs, long servicePs) {
            startPs = startAtPs;
            serviceTimePs = servicePs;
            return this;
        }

        /** Transfers at random line-aligned offsets of the window (else one after another round it). */
        public Builder randomOffsets(boolean random) {
            randomOffsets = random;
            return this;
        }

        /** A driver maps each buffer per I/O on {@code cores} cores, {@code ahead} buffers ahead of the device. */
        public Builder mapPerIo(boolean map, int cores, int ahead) {
            mapPerIo = map;
            mapCores = cores;
            mapAhead = ahead;
            return this;
        }

        /** Fault injection: every {@code transfers}th transfer goes to an IOVA with no mapping (0: never). */
        public Builder unmappedEvery(int transfers) {
            unmappedEvery = transfers;
            return this;
        }

        /** Whether the buffer is mapped read-only for the device. */
        public Builder readOnly(boolean only) {
            readOnly = only;
            return this;
        }

        /** Whether a driver core copies each transfer between the ring's buffer and the application's. */
        public Builder applicationCopy(boolean copied) {
            applicationCopy = copied;
            return this;
        }

        /** A doorbell write for every {@code transfers} transfers posted (0: none). */
        public Builder doorbellEvery(int transfers) {
            doorbellEvery = transfers;
            return this;
        }

        /** A driver core's own work on each transfer once it is done. */
        public Builder driverWork(long ps) {
            driverWorkPs = ps;
            return this;
        }

        /** The stream. */
        public DmaStreamConfig build() {
            return new DmaStreamConfig(name, device, write, sizeBytes, maxSizeBytes, sizes, rateBytesPerSec,
                outstanding, bufferBase, bufferBytes, homeSocket, interruptEvery, cacheMaintenance, startPs,
                serviceTimePs, randomOffsets, mapPerIo, mapCores, mapAhead, unmappedEvery, readOnly, driverWorkPs,
                doorbellEvery, applicationCopy);
        }
    }

    /** How transfer sizes are drawn. */
    public enum Sizes {
        FIXED, UNIFORM, EXPONENTIAL
    }
}
