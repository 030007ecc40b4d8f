/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.pcie;

/**
 * Bytes on the wire and usable bandwidth of a PCIe link, after the model published with Neugebauer et al.,
 * "Understanding PCIe performance for end host networking" (SIGCOMM 2018):
 * <ul>
 * <li>the line code leaves {@link Generation#laneGbps()} per lane;</li>
 * <li>ACK and flow-control DLLPs (8 bytes each, at the rates of {@link SpecTables}) and SKIP ordered sets
 * (4 symbols every 1538) take their share, leaving the TLP-layer bandwidth;</li>
 * <li>every TLP carries 8 bytes of framing, sequence number and LCRC, a 4-byte common header, a type-specific
 * header (8 bytes for 32-bit memory requests, 12 for 64-bit ones, 8 for completions) and, with ECRC, a 4-byte
 * digest;</li>
 * <li>writes are cut into MPS-sized TLPs; reads into MRRS-sized requests answered by MPS-sized completions
 * (or RCB-sized ones on chipsets that split at every RCB).</li>
 * </ul>
 * Bandwidths are in Gb/s (10^9 bits per second).
 */
public final class PcieLinkModel {

    /** Framing (start and end) plus sequence number and LCRC added to every TLP, in bytes. */
    public static final int TLP_FRAMING = 8;
    /** Common TLP header, in bytes. */
    public static final int TLP_HEADER = 4;
    /** ECRC digest, in bytes. */
    public static final int DIGEST = 4;
    /** Size of an ACK or flow-control update DLLP with its framing, in bytes. */
    public static final int DLLP_SIZE = 8;
    /** SKIP ordered sets: {@link #SKIP_LENGTH} symbols every {@link #SKIP_INTERVAL} symbols. */
    public static final int SKIP_INTERVAL = 1538;
    public static final int SKIP_LENGTH = 4;

    private final LinkConfig config;
    private final double rawGbps;
    private final double tlpGbps;

    public PcieLinkModel(LinkConfig config) {
        this.config = config;
        rawGbps = config.generation().laneGbps() * config.lanes();
        double ack = (double) DLLP_SIZE / SpecTables.ackLimit(config.generation(), config.lanes(),
            config.maxPayload());
        double flowControl = (double) DLLP_SIZE / SpecTables.flowControlInterval(config.generation(),
            config.lanes(), config.maxPayload());
        double skip = (double) SKIP_LENGTH / SKIP_INTERVAL;
        tlpGbps = rawGbps - rawGbps * (ack + flowControl + skip);
    }

    public LinkConfig config() {
        return config;
    }

    /** Bandwidth after line coding, per direction. */
    public double rawGbps() {
        return rawGbps;
    }

    /** Bandwidth left for TLPs once ACKs, flow-control updates and SKIPs are paid, per direction. */
    public double tlpGbps() {
        return tlpGbps;
    }

    private int digest() {
        return config.ecrc() ? DIGEST : 0;
    }

    /** Overhead of one memory write TLP (everything but its payload), in bytes. */
    public int writeOverheadBytes() {
        return TLP_FRAMING + TLP_HEADER + (config.addressBits() == 64 ? 12 : 8) + digest();
    }

    /** Size of one memory read request TLP, in bytes. */
    public int readRequestBytes() {
        return TLP_FRAMING + TLP_HEADER + (config.addressBits() == 64 ? 12 : 8) + digest();
    }

    /** Overhead of one completion-with-data TLP, in bytes. */
    public int completionOverheadBytes() {
        return TLP_FRAMING + TLP_HEADER + 8 + digest();
    }

    /** Number of memory write TLPs for {@code size} bytes. */
    public long writeTlps(long size) {
        return ceilDiv(size, config.maxPayload());
    }

    /** Bytes on the wire for a memory write of {@code size} bytes. */
    public long writeWireBytes(long size) {
        return writeTlps(size) * writeOverheadBytes() + size;
    }

    /** Number of read request TLPs for a read of {@code size} bytes. */
    public long readRequests(long size) {
        return ceilDiv(size, config.maxReadRequest());
    }

    /** Bytes on the wire, device to host, to request a read of {@code size} bytes. */
    public long readRequestWireBytes(long size) {
        return readRequests(size) * readRequestBytes();
    }

    /** Number of completion TLPs returning {@code size} bytes. */
    public long completions(long size) {
        return ceilDiv(size, config.rcbChunks() ? config.readCompletionBoundary() : config.maxPayload());
    }

    /** Bytes on the wire, host to device, of the completions returning {@code size} bytes. */
    public long completionWireBytes(long size) {
        return completions(size) * completionOverheadBytes() + size;
    }

    /** Payload bandwidth of back-to-back writes of {@code size} bytes, with the whole TLP layer available. */
    public double writeGbps(long size) {
        return size * tlpGbps / writeWireBytes(size);
    }

    /**
     * Payload bandwidth of back-to-back reads of {@code size} bytes. Completions fill the host-to-device
     * direction unless the requests needed for that would not fit the device-to-host direction, in which case
     * requests are the limit.
     */
    public double readGbps(long size) {
        double requestBits = readRequestWireBytes(size) * 8.0;
        double completionBits = completionWireBytes(size) * 8.0;
        double available = tlpGbps * 1e9;
        double reads = available / completionBits;
        double completionUse = available;
        if (reads * requestBits > available) {
            reads = available / requestBits;
            completionUse = reads * completionBits;
        }
        return size * (completionUse / 1e9) / completionWireBytes(size);
    }

    /** Time to put {@code bytes} on the link at the TLP-layer rate, in picoseconds (rounded up). */
    public long serializationPs(long bytes) {
        return (long) Math.ceil(bytes * 8.0 * 1000.0 / tlpGbps);
    }

    private static long ceilDiv(long a, long b) {
        return a <= 0 ? 0 : (a + b - 1) / b;
    }
}
