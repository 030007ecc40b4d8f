/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.dma;

import io.platsim.engine.config.DmaStreamConfig;
import io.platsim.engine.iommu.Iommu;

import io.platsim.engine.resource.HostCore;
import io.platsim.engine.resource.HostCores;
import io.platsim.engine.socket.CpuAccessPath;
import io.platsim.engine.socket.SocketModel;

/**
 * What a device's driver does around each transfer before the device's DMA ({@link DmaPath}) runs it:
 * <ul>
 * <li>injected faults: every Nth transfer of a stream that asks for it goes to an IOVA with no mapping, and
 * with an IOMMU a device write to a buffer mapped read-only faults too;</li>
 * <li>per-I/O mapping through the device's IOMMU, from a ring of buffers mapped ahead;</li>
 * <li>its own work on each transfer once it is done (the network stack's receive processing, a transmit
 * completion's handling) on the transfer's driver core, before the ring slot takes a new buffer: a core that
 * cannot keep up holds the device back;</li>
 * <li>bounce buffers: without an IOMMU, a buffer beyond the device's DMA mask cannot be reached, so the transfer
 * goes through a slot of a bounce pool in low memory and a core copies it (after a device write, before a device
 * read). The copy goes through the core's caches line by line, {@value HostCore#FILL_BUFFERS} lines in flight at a
 * time.
 * With an IOMMU, IOVAs are allocated below the mask and nothing is bounced.</li>
 * </ul>
 */
public final class DriverPath {

    /** The bounce pool: 64 MiB at the bottom of memory, Linux's default swiotlb size (kernel/dma/swiotlb.c). */
    static final long BOUNCE_POOL_BYTES = 64L << 20;

    private final DmaPath dma;
    private final CpuAccessPath cpu;
    private final HostCores cores;
    /** The device's window of host memory: {@code [windowBase, windowBase + windowBytes)}. */
    private final long windowBase;
    private final long windowBytes;
    private long bounceSlot;

    public DriverPath(DmaPath dma, CpuAccessPath cpu, HostCores cores) {
        this.dma = dma;
        this.cpu = cpu;
        this.cores = cores;
        windowBase = dma.device().dmaWindowBase();
        windowBytes = Math.min(dma.device().dmaWindowBytes(), Long.MAX_VALUE - windowBase);
    }

    DmaPath dma() {
        return dma;
    }

    /**
     * Readies transfer {@code x}, number {@code number} of stream {@code s}, for {@code size} bytes at
     * {@code address}: an injected fault is timed at once (returns false; {@code x}'s timing holds it); a buffer
     * beyond the DMA mask goes through a bounce slot (a read's copy into it comes last, just before its DMA); with
     * a {@code mapCore} (null for none), the transfer waits until its buffer in the ring {@code ring} is ready:
     * mapped ahead, and handed back by the core's work on the transfer that used it last. Sets where and when its
     * DMA starts.
     */
    public boolean prepare(DmaTransfer x, long address, int size, DmaStreamConfig s, HostCore mapCore,
            RingBuffers ring, long number) {
        long now = x.issuePs;
        x.streamAddress = address;
        x.number = number;
        x.address = address;
        x.iova = address;
        x.size = size;
        x.home = s.homeSocket();
        Iommu iommu = dma.iommu();
        // A buffer mapped per I/O is reached at an IOVA of its own; a fault's lies beside the mapped ones.
        boolean perIo = s.mapPerIo() && mapCore != null && iommu != null && !iommu.identity();
        if (iommu != null && s.unmappedEvery() > 0 && (number + 1) % s.unmappedEvery() == 0) {
            dma.fault(x.timing, now, perIo ? iommu.unmappedIova(address) : address, size, s.write(), Iommu.FAULT);
            return false;
        }
        if (iommu != null && s.write() && s.readOnly()) {
            dma.fault(x.timing, now, perIo ? iommu.unmappedIova(address) : address, size, true,
                Iommu.FAULT_READ_ONLY);
            return false;
        }
        boolean bounce = iommu == null && (address < windowBase || address - windowBase + size > windowBytes);
        if (bounce) {
            long slotBytes = (size + SocketModel.LINE - 1) / SocketModel.LINE * SocketModel.LINE;
            long slots = Math.max(1, BOUNCE_POOL_BYTES / slotBytes);
            x.bounced = true;
            x.address = windowBase + (bounceSlot++ % slots) * slotBytes;
            x.home = 0;
        }
        if (mapCore != null && usesRing(s)) {
            x.mapCore = mapCore;
            int slot = ring.slot(number);
            if (ring.out[slot]) {
                throw new IllegalStateException(s.name() + ": transfer " + number + "'s ring buffer is still out");
            }
            ring.out[slot] = true;
            x.startPs = Math.max(now, ring.readyPs[slot]);
            // Of its wait for the buffer, the unmapping and mapping that readied it is the IOMMU's.
            x.slotMappingPs = Math.min(x.startPs - now, ring.mappingPs[slot]);
            if (perIo) {
                // The ring buffer's mapping (of the stream's largest transfer) gives it IOVA pages of its own.
                x.iova = iommu.iova(address, s.largestBytes());
            }
            if (s.applicationCopy() && !s.write()) {
                Copy copy = copyOn(mapCore, x.startPs, applicationAddress(address, s), s.homeSocket(), address,
                    s.homeSocket(), size);
                // The copy itself is memory traffic; the wait for the core before it is the driver's.
                x.copyPs = copy.lengthPs();
                x.startPs = copy.endPs();
            }
        }
        if (bounce && !s.write()) {
            // Mapping the buffer for the device copies it into the bounce slot (after the application's copy).
            Copy copy = copyOn(bounceCore(x), x.startPs, address, s.homeSocket(), x.address, 0, size);
            x.bouncePs = copy.endPs() - x.startPs;
            x.bounceWorkPs = copy.lengthPs();
            x.startPs = copy.endPs();
        }
        return true;
    }

    /**
     * Whether stream {@code s}'s transfers take a buffer of its ring, which its driver core hands back once done
     * with it: the core works on each transfer, copies it, or maps its buffer per I/O.
     */
    public boolean usesRing(DmaStreamConfig s) {
        Iommu iommu = dma.iommu();
        return s.driven() && (s.driverWorkPs() > 0 || s.applicationCopy() || iommu != null && !iommu.identity());
    }

    /**
     * Whether some of stream {@code s}'s transfers may go through a bounce slot: no IOMMU, and its buffer window
     * reaches beyond the device's window of host memory.
     */
    public boolean mayBounce(DmaStreamConfig s) {
        return dma.iommu() == null && (s.bufferBase() < windowBase
            || s.bufferBase() - windowBase + s.bufferBytes() + s.largestBytes() > windowBytes);
    }

    /**
     * Whether transfer {@code number} of stream {@code s} has to wait for its ring buffer: the transfer that took it
     * a ring earlier is not done, or the driver has not handed it back yet. The device cannot use it until then.
     */
    public boolean waitsForBuffer(DmaStreamConfig s, RingBuffers ring, long number) {
        return usesRing(s) && ring.out[ring.slot(number)];
    }

    /**
     * What the driver does once transfer {@code x}'s DMA is timed and the driver gets to it at {@code handledPs}
     * (its interrupt handled, or its data landed when it sent none): a device write through a bounce slot is
     * copied to the stream's buffer; the driver core does its own work on the transfer and, when the data passes
     * through the kernel's buffers, copies a device write to the application's buffer; then a buffer mapped per I/O
     * is unmapped and the buffer a ring later mapped. The wait before the DMA started (for the IOMMU's work, or for
     * the driver core: the rest) and the copy are added to its latency; returns the driver core's own time on it.
     */
    public long finish(DmaTransfer x, DmaStreamConfig s, RingBuffers ring, long handledPs) {
        DmaTiming t = x.timing;
        t.latencyPs += x.startPs - x.issuePs;
        t.linkPs += x.doorbellPs;
        t.iommuPs += x.translationPs;
        t.memoryPs += x.copyPs;
        long waited = x.startPs - x.issuePs - x.doorbellPs - x.translationPs - x.copyPs - x.bouncePs;
        long bounceWork = x.bounceWorkPs;
        long ready = Math.max(t.donePs, handledPs);
        if (x.bounced) {
            if (x.write) {
                // Unmapping the buffer copies the data out of the bounce slot, in the driver's completion handling;
                // the driver's work on it comes after.
                Copy copy = copyOn(bounceCore(x), ready, x.address, 0, x.streamAddress, s.homeSocket(), x.size);
                bounceWork = copy.lengthPs();
                t.bouncePs = copy.endPs() - t.donePs;
                t.donePs = copy.endPs();
                ready = copy.endPs();
                t.latencyPs += t.bouncePs;
            } else {
                t.bouncePs = x.bouncePs;
            }
            // The copy is the memory part; its waits (for the core, and for a write's interrupt handler) the driver's.
            t.memoryPs += bounceWork;
            t.driverWaitPs += t.bouncePs - bounceWork;
        }
        if (x.mapCore != null) {
            Iommu iommu = dma.iommu();
            boolean mapped = s.mapPerIo() && iommu != null && !iommu.identity();
            // Of the waits before the DMA, the unmapping and mapping that readied its ring buffer is the IOMMU's;
            // the rest (the driver core's other work, before the buffer was ready or before its copy) the driver's.
            long mapping = mapped ? Math.min(waited, x.slotMappingPs) : 0;
            t.iommuPs += mapping;
            t.driverWaitPs += waited - mapping;
            long free = s.driverWorkPs() > 0 ? x.mapCore.run(ready, s.driverWorkPs()) : ready;
            long copyPs = x.copyPs;
            if (s.applicationCopy() && x.write) {
                Copy copy = copyOn(x.mapCore, free, x.streamAddress, s.homeSocket(),
                    applicationAddress(x.streamAddress, s), s.homeSocket(), x.size);
                copyPs = copy.lengthPs();
                free = copy.endPs();
            }
            if (mapped) {
                long deviceTlb = dma.device().ats() ? dma.requestRoundTripPs() : 0;
                long unmapped = iommu.unmap(free, x.mapCore, x.iova, s.largestBytes(), deviceTlb);
                // The ring slot gets a fresh buffer as large as the stream's largest transfer.
                long mappedPs = iommu.map(unmapped, x.mapCore, s.largestBytes());
                ring.mappingPs[ring.slot(x.number)] = mappedPs - free;
                free = mappedPs;
            }
            ring.readyPs[ring.slot(x.number)] = free;
            ring.out[ring.slot(x.number)] = false;
            // The driver core's own time: its work, its copies, the bounce copies it made (mapping aside).
            return s.driverWorkPs() + copyPs + bounceWork;
        }
        // Without a driver core, the core that copied a bounced transfer (the interrupt's) did the driver's work.
        return bounceWork;
    }

    /** The core that runs the driver's queue {@code queue}: core {@code queue} of the device's root socket. */
    public HostCore queueCore(int queue) {
        return cores.core(dma.rootSocket(), queue);
    }

    /** Where the application's buffer for the ring's buffer at {@code address} lies: the window after the ring's. */
    private static long applicationAddress(long address, DmaStreamConfig s) {
        return address + s.bufferBytes();
    }

    /** A core's copy: when it began (the core free and the data ready) and when it was done. */
    private record Copy(long beginPs, long endPs) {
        long lengthPs() {
            return endPs - beginPs;
        }
    }

    /**
     * {@code core} copies {@code size} bytes from {@code from} (homed on socket {@code fromHome}) to {@code to}
     * ({@code toHome}) once they are ready at {@code atPs} and the core is free: one copy at a time, beside its
     * other work.
     */
    private Copy copyOn(HostCore core, long atPs, long from, int fromHome, long to, int toHome, int size) {
        long begin = core.startFor(atPs, 1);
        long copied = copy(cpu, begin, core, from, fromHome, to, toHome, size);
        long end = core.booked(atPs, begin, copied);
        return new Copy(end - (copied - begin), end);
    }

    /**
     * The core that copies a bounced transfer: its driver core when it has one (the copy is part of mapping and
     * unmapping its buffer), else the device's interrupt core (or core 0).
     */
    private HostCore bounceCore(DmaTransfer x) {
        return x.mapCore != null ? x.mapCore : cores.core(dma.rootSocket(), Math.max(0, dma.device().interruptCore()));
    }

    /**
     * Core {@code core} copies {@code size} bytes from {@code from} (homed on socket
     * {@code fromHome}) to {@code to}, starting at {@code atPs}; returns when the last line is written.
     */
    public static long copy(CpuAccessPath cpu, long atPs, HostCore core, long from, int fromHome, long to,
            int toHome, int size) {
        long lines = (size + SocketModel.LINE - 1) / SocketModel.LINE;
        int socket = core.socket();
        int index = core.index();
        long t = atPs;
        for (long first = 0; first < lines; first += HostCore.FILL_BUFFERS) {
            long batch = t;
            for (long i = first; i < Math.min(lines, first + HostCore.FILL_BUFFERS); i++) {
                long read = cpu.access(t, socket, index, from / SocketModel.LINE + i, false, fromHome);
                batch = Math.max(batch, cpu.access(read, socket, index, to / SocketModel.LINE + i, true, toHome));
            }
            t = batch;
        }
        return t;
    }
}
