/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.config;

/**
 * A core touching a buffer: each access reads or writes one line, or some bytes of it.
 *
 * @param name        for traces
 * @param socket      socket of the core
 * @param core        core index in its socket
 * @param writeShare  fraction of accesses that are writes, 0 to 1
 * @param accessesPerSec rate of accesses
 * @param bufferBase  first address
 * @param bufferBytes window size
 * @param homeSocket  socket whose memory holds the buffer
 * @param startPs     when the stream starts
 * @param uncached    whether the buffer is uncached: accesses go to memory and no cache keeps the line
 * @param mmio        the device BAR the stream reads and writes instead of memory, or null
 * @param accessBytes bytes each access of a memory stream moves: a line, or less of it
 */
public record CpuStreamConfig(String name, int socket, int core, double writeShare, double accessesPerSec,
        long bufferBase, long bufferBytes, int homeSocket, long startPs, boolean uncached, Mmio mmio,
        int accessBytes) {

    /**
     * Loads and stores to a device's BAR (memory-mapped I/O) across the root complex and the device's PCIe links.
     *
     * @param device         the device, by index
     * @param writeCombining whether the BAR is mapped write-combining (else uncached)
     * @param deviceReadPs   the device's own time to answer a read
     * @param accessBytes    bytes each load or store moves, a power of two up to 64
     * @param fenceEvery     a store fence after every this many write-combining stores; 0 for none
     */
    public record Mmio(int device, boolean writeCombining, long deviceReadPs, int accessBytes, int fenceEvery) {
    }
    /**
     * Core {@code core} of socket {@code socket} touching a buffer, to be described by name: no accesses, over
     * the first MiB of socket 0's memory, cached, a line an access, from the start, until told otherwise.
     */
    public static Builder of(String name, int socket, int core) {
        return new Builder(name, socket, core);
    }

    /** Builds a {@link CpuStreamConfig} field by field, from {@link CpuStreamConfig#of}. */
    public static final class Builder {
        private final String name;
        private final int socket;
        private final int core;
        private double writeShare;
        private double accessesPerSec;
        private long bufferBase;
        private long bufferBytes = 1L << 20;
        private int homeSocket;
        private long startPs;
        private boolean uncached;
        private Mmio mmio;
        private int accessBytes = 64;

        private Builder(String name, int socket, int core) {
            this.name = name;
            this.socket = socket;
            this.core = core;
        }

        /** {@code perSec} accesses a second, a {@code writes} share of them writes. */
        public Builder accesses(double perSec, double writes) {
            accessesPerSec = perSec;
            writeShare = writes;
            return this;
        }

        /** The buffer: {@code bytes} from {@code base}, in socket {@code home}'s memory. */
        public Builder buffer(long base, long bytes, int home) {
            bufferBase = base;
            bufferBytes = bytes;
            homeSocket = home;
            return this;
        }

        /** When the stream starts. */
        public Builder start(long ps) {
            startPs = ps;
            return this;
        }

        /** Whether the buffer is uncached. */
        public Builder uncached(boolean notCached) {
            uncached = notCached;
            return this;
        }

        /** The BAR the stream reads and writes instead of memory. */
        public Builder mmio(Mmio target) {
            mmio = target;
            return this;
        }

        /** Each access to memory moves {@code bytes} of its line. */
        public Builder accessBytes(int bytes) {
            accessBytes = bytes;
            return this;
        }

        /** The stream. */
        public CpuStreamConfig build() {
            return new CpuStreamConfig(name, socket, core, writeShare, accessesPerSec, bufferBase, bufferBytes,
                homeSocket, startPs, uncached, mmio, accessBytes);
        }
    }
}
