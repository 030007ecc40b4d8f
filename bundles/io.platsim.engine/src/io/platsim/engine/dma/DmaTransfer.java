/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.dma;

import io.platsim.engine.resource.HostCore;

/**
 * One DMA transfer of a stream while it is in flight, and until its records are written. {@link DmaTransfers}
 * keeps a pool of them and reuses each once its records are out, so a run allocates one per transfer in flight
 * at most, not one per transfer.
 */
public final class DmaTransfer {

    /** Its place in the pool. */
    final int slot;
    final DmaTiming timing = new DmaTiming();

    /**
     * Who started it, and learns when it is done; what it is to its owner: {@code tag} (a stream, a flow, a work
     * submission) and {@code item} within it (a connection, an engine; 0 for a stream).
     */
    DmaTransfers.Listener owner;
    int tag;
    int item;
    /** Whether its records are written (a stream's transfers; work timed by its owner has none). */
    boolean recorded;
    DmaPath path;
    boolean write;
    /** When the stream issued it, and when its DMA started (later when it waited for a buffer or a copy). */
    long issuePs;
    long startPs;
    /** What waiting for its doorbell to reach the device added to its start. */
    long doorbellPs;
    /** What waiting for its device to read translation entries added to its start. */
    long translationPs;
    /** How much of its wait for its ring buffer was the IOMMU's (unmapping the old buffer, mapping this one). */
    long slotMappingPs;
    /** How long its driver core's copy of the application's data into its buffer took (reads). */
    long copyPs;
    /** What a core's copy of a bounced read's data into its bounce slot added to its start. */
    long bouncePs;
    /** The core's own time on that copy. */
    long bounceWorkPs;
    /** The address the device reaches, the bytes, and the home socket of that address. */
    long address;
    /** The address the device uses for it: {@link #address}, or the IOVA of its buffer's per-I/O mapping. */
    long iova;
    int size;
    int home;
    /** The address the stream asked for (the bounce slot's data goes there); the stream's transfer number. */
    long streamAddress;
    long number;
    /** A time of its owner's (when an accelerator accepted the descriptor, say). */
    long sincePs;
    /** Whether it goes through a bounce buffer; the per-I/O mapping core, or -1. */
    boolean bounced;
    HostCore mapCore;
    /** Whether software does a non-coherent device's cache maintenance for it ({@link DmaTransfers#start}). */
    boolean maintained;
    /**
     * When the IOMMU had translated its pages, for its first TLP's arrival at the root complex (set as the transfer
     * is sent; -1 until then, and without an IOMMU until that TLP is there).
     */
    long translatedPs;
    int linesLeft;
    /** Its MSI: when it reached the root complex (-1 without one), and when the handler started. */
    long msiArrivedPs;
    long handlerPs;
    /**
     * A write's: when the root complex knew every line of it visible, each home's completion back (at once at its
     * own socket); 0 before its first line.
     */
    long ackedPs;
    /** Whether its timing is known: its records may go once every transfer issued before it is retired. */
    boolean finished;

    DmaTransfer(int slot) {
        this.slot = slot;
    }

    /** Ready for a new transfer of {@code owner}'s, tagged {@code tag}, on {@code path}, issued at {@code nowPs}. */
    DmaTransfer reset(DmaTransfers.Listener owner, int tag, boolean recorded, DmaPath path, boolean write,
            long nowPs) {
        this.owner = owner;
        this.tag = tag;
        this.item = 0;
        this.recorded = recorded;
        this.path = path;
        this.write = write;
        issuePs = nowPs;
        startPs = nowPs;
        doorbellPs = 0;
        translationPs = 0;
        copyPs = 0;
        slotMappingPs = 0;
        bouncePs = 0;
        bounceWorkPs = 0;
        bounced = false;
        mapCore = null;
        maintained = false;
        translatedPs = -1;
        linesLeft = 0;
        msiArrivedPs = -1;
        handlerPs = 0;
        ackedPs = 0;
        finished = false;
        timing.reset();
        return this;
    }

    /**
     * The doorbell that announced it reached the device at {@code arrivedPs}: its DMA starts no sooner (call
     * after the driver has readied it, before it starts).
     */
    public void announced(long arrivedPs) {
        doorbellPs = startNoSoonerThan(arrivedPs);
    }

    /**
     * Its device knew where its pages lie at {@code readyPs} (see {@link DmaPath#deviceTranslatedPs}): its DMA
     * starts no sooner (call after the driver has readied it, before it starts).
     */
    public void translatedAt(long readyPs) {
        translationPs = startNoSoonerThan(readyPs);
    }

    /** Moves its start to {@code readyPs} when that is later; returns what that added. */
    private long startNoSoonerThan(long readyPs) {
        long added = Math.max(0, readyPs - startPs);
        startPs += added;
        return added;
    }

    /** Its latency and the parts of it, once it is done. */
    public DmaTiming timing() {
        return timing;
    }

    /** What it is to its owner (a stream, a flow, a work submission). */
    public int tag() {
        return tag;
    }

    /** What it is within its owner's tag (a connection, an engine; 0 for a stream). */
    public int item() {
        return item;
    }

    /** The device's path it takes. */
    public DmaPath path() {
        return path;
    }

    /** Whether the device writes host memory (else it reads). */
    /** Whether the transfer went through a bounce buffer below the device's DMA mask. */
    public boolean bounced() {
        return bounced;
    }

    public boolean write() {
        return write;
    }

    /** When its owner issued it. */
    public long issuePs() {
        return issuePs;
    }

    /** When its DMA started (later than its issue when it waited for a buffer or a copy). */
    public long startPs() {
        return startPs;
    }

    /** The address the device reaches. */
    public long address() {
        return address;
    }

    /** Its bytes. */
    public int size() {
        return size;
    }

    /** The address its stream asked for. */
    public long streamAddress() {
        return streamAddress;
    }

    /** A time of its owner's (when an accelerator accepted the descriptor, say). */
    public long sincePs() {
        return sincePs;
    }

    /** When its MSI reached the root complex, -1 without one. */
    public long msiArrivedPs() {
        return msiArrivedPs;
    }

    /** When its MSI's handler started. */
    public long handlerPs() {
        return handlerPs;
    }

    /** Its number in its stream, in issue order. */
    public long number() {
        return number;
    }

    /** A write's: when the root complex knew every line of it visible (see {@link #ackedPs}). */
    public long ackedPs() {
        return ackedPs;
    }

    /** Carries {@code from}'s issue time and its owner's time over to this transfer, which continues it. */
    public void continues(DmaTransfer from) {
        issuePs = from.issuePs;
        sincePs = from.sincePs;
    }

    /** Notes a time of its owner's (when an accelerator accepted the descriptor, say). */
    public void since(long ps) {
        sincePs = ps;
    }

    /** Its MSI reached the root complex at {@code ps}. */
    public void interruptSent(long ps) {
        msiArrivedPs = ps;
    }

    /** Its MSI's handler started at {@code ps}. */
    public void interruptHandled(long ps) {
        handlerPs = ps;
    }
}
