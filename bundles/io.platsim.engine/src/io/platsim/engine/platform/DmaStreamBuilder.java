/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.platform;

import io.platsim.engine.platform.PlatformConfig.DmaStreamConfig;
import io.platsim.engine.platform.PlatformConfig.Sizes;

/** Builds a {@link DmaStreamConfig} field by field, from {@link DmaStreamConfig#of}. */
public final class DmaStreamBuilder {

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
    private boolean flushBeforeRead;
    private long startPs;
    private long serviceTimePs;
    private boolean randomOffsets;
    private boolean mapPerIo;
    private int mapCores = 1;
    private int mapAhead = 1;
    private int unmappedEvery;
    private boolean readOnly;
    private long driverWorkPs;

    DmaStreamBuilder(String name, int device, boolean write) {
        this.name = name;
        this.device = device;
        this.write = write;
    }

    /** Every transfer is {@code bytes} long. */
    public DmaStreamBuilder size(int bytes) {
        return sizes(Sizes.FIXED, bytes, bytes);
    }

    /** Sizes drawn by {@code how} around {@code bytes}, at most {@code maxBytes}. */
    public DmaStreamBuilder sizes(Sizes how, int bytes, int maxBytes) {
        sizes = how;
        sizeBytes = bytes;
        maxSizeBytes = maxBytes;
        return this;
    }

    /** Open loop at {@code bytesPerSec} (0: closed loop). */
    public DmaStreamBuilder rate(double bytesPerSec) {
        rateBytesPerSec = bytesPerSec;
        return this;
    }

    /** Transfers kept in flight in closed-loop mode. */
    public DmaStreamBuilder outstanding(int transfers) {
        outstanding = transfers;
        return this;
    }

    /** The buffer window: {@code bytes} from {@code base}, in socket {@code home}'s memory. */
    public DmaStreamBuilder buffer(long base, long bytes, int home) {
        bufferBase = base;
        bufferBytes = bytes;
        homeSocket = home;
        return this;
    }

    /** An MSI after every {@code transfers} transfers (0: none). */
    public DmaStreamBuilder interruptEvery(int transfers) {
        interruptEvery = transfers;
        return this;
    }

    /** Whether software flushes the CPU caches before a non-coherent read. */
    public DmaStreamBuilder flushBeforeRead(boolean flush) {
        flushBeforeRead = flush;
        return this;
    }

    /** When the stream starts, and the device's own time before each transfer. */
    public DmaStreamBuilder timing(long startAtPs, long servicePs) {
        startPs = startAtPs;
        serviceTimePs = servicePs;
        return this;
    }

    /** Transfers at random line-aligned offsets of the window (else one after another round it). */
    public DmaStreamBuilder randomOffsets(boolean random) {
        randomOffsets = random;
        return this;
    }

    /** A driver maps each buffer per I/O on {@code cores} cores, {@code ahead} buffers ahead of the device. */
    public DmaStreamBuilder mapPerIo(boolean map, int cores, int ahead) {
        mapPerIo = map;
        mapCores = cores;
        mapAhead = ahead;
        return this;
    }

    /** Fault injection: every {@code transfers}th transfer goes to an IOVA with no mapping (0: never). */
    public DmaStreamBuilder unmappedEvery(int transfers) {
        unmappedEvery = transfers;
        return this;
    }

    /** Whether the buffer is mapped read-only for the device. */
    public DmaStreamBuilder readOnly(boolean only) {
        readOnly = only;
        return this;
    }

    /** A driver core's own work on each transfer once it is done. */
    public DmaStreamBuilder driverWork(long ps) {
        driverWorkPs = ps;
        return this;
    }

    /** The stream. */
    public DmaStreamConfig build() {
        return new DmaStreamConfig(name, device, write, sizeBytes, maxSizeBytes, sizes, rateBytesPerSec,
            outstanding, bufferBase, bufferBytes, homeSocket, interruptEvery, flushBeforeRead, startPs,
            serviceTimePs, randomOffsets, mapPerIo, mapCores, mapAhead, unmappedEvery, readOnly, driverWorkPs);
    }
}
