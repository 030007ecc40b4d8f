/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.platform;

import io.platsim.engine.iommu.Iommu;

/**
 * What a device's driver does around each transfer before the device's DMA ({@link DmaPath}) runs it:
 * <ul>
 * <li>injected faults: every Nth transfer of a stream that asks for it goes to an IOVA with no mapping, and
 * with an IOMMU a device write to a buffer mapped read-only faults too;</li>
 * <li>per-I/O mapping through the device's IOMMU, from a ring of buffers mapped ahead;</li>
 * <li>bounce buffers: without an IOMMU, a buffer beyond the device's DMA mask cannot be reached, so the transfer
 * goes through a slot of a bounce pool in low memory and a core copies it (after a device write, before a device
 * read). The copy goes through the core's caches line by line, {@value #FILL_BUFFERS} lines in flight at a time.
 * With an IOMMU, IOVAs are allocated below the mask and nothing is bounced.</li>
 * </ul>
 */
final class DriverPath {

    /** The bounce pool: 64 MiB at the bottom of memory, Linux's default swiotlb size (kernel/dma/swiotlb.c). */
    static final long BOUNCE_POOL_BYTES = 64L << 20;
    /** Lines a core's copy keeps in flight: the L1D's fill buffers (Intel Optimization Reference Manual). */
    static final int FILL_BUFFERS = 10;

    private final DmaPath dma;
    private final CpuAccessPath cpu;
    private final long maskLimit;
    private long bounceSlot;

    DriverPath(DmaPath dma, CpuAccessPath cpu) {
        this.dma = dma;
        this.cpu = cpu;
        int bits = dma.device().dmaMaskBits();
        maskLimit = bits >= 63 ? Long.MAX_VALUE : 1L << bits;
    }

    DmaPath dma() {
        return dma;
    }

    /**
     * Transfer number {@code number} of stream {@code s}, wanted at {@code nowPs}. With {@code mapCore} 0 or more,
     * buffers are mapped per I/O by that driver core: the transfer waits until its buffer, mapped ahead in the
     * ring {@code ring}, is ready (the wait is part of its IOMMU time); once it is done the core unmaps it and maps
     * the buffer of the transfer a ring later.
     */
    DmaPath.Timing transfer(long nowPs, long address, int size, PlatformConfig.DmaStreamConfig s, int mapCore,
            long[] ring, long number) {
        dma.stamp(nowPs);
        Iommu iommu = dma.iommu();
        if (iommu != null && s.unmappedEvery() > 0 && (number + 1) % s.unmappedEvery() == 0) {
            return dma.fault(nowPs, address, size, s.write(), Iommu.FAULT);
        }
        if (iommu != null && s.write() && s.readOnly()) {
            return dma.fault(nowPs, address, size, true, Iommu.FAULT_READ_ONLY);
        }
        if (iommu == null && address + size > maskLimit) {
            return bounced(nowPs, address, size, s);
        }
        boolean mapped = mapCore >= 0 && iommu != null && !iommu.identity();
        int slot = mapped ? (int) (number % ring.length) : 0;
        long start = mapped ? Math.max(nowPs, ring[slot]) : nowPs;
        DmaPath.Timing t = s.write() ? dma.write(start, address, size, s.homeSocket())
            : dma.read(start, address, size, s.homeSocket(), s.flushBeforeRead());
        if (mapped) {
            t.latencyPs += start - nowPs;
            t.iommuPs += start - nowPs;
            long deviceTlb = dma.device().ats() ? dma.requestRoundTripPs() : 0;
            long unmapped = iommu.unmap(t.donePs, mapCore, address, size, deviceTlb);
            ring[slot] = iommu.map(unmapped, mapCore);
        }
        return t;
    }

    /** A transfer through the next slot of the bounce pool, copied by the device's interrupt core (or core 0). */
    private DmaPath.Timing bounced(long nowPs, long address, int size, PlatformConfig.DmaStreamConfig s) {
        long slotBytes = (size + SocketModel.LINE - 1) / SocketModel.LINE * SocketModel.LINE;
        long slots = Math.max(1, BOUNCE_POOL_BYTES / slotBytes);
        long bounce = (bounceSlot++ % slots) * slotBytes;
        int socket = dma.rootSocket();
        int core = Math.max(0, dma.device().interruptCore());
        DmaPath.Timing t;
        long copied;
        if (s.write()) {
            t = dma.write(nowPs, bounce, size, 0);
            copied = copy(cpu, t.donePs, socket, core, bounce, 0, address, s.homeSocket(), size);
            t.bouncePs = copied - t.donePs;
            t.donePs = copied;
        } else {
            copied = copy(cpu, nowPs, socket, core, address, s.homeSocket(), bounce, 0, size);
            t = dma.read(copied, bounce, size, 0, s.flushBeforeRead());
            t.bouncePs = copied - nowPs;
        }
        t.latencyPs += t.bouncePs;
        t.memoryPs += t.bouncePs;
        return t;
    }

    /**
     * Core {@code core} of {@code socket} copies {@code size} bytes from {@code from} (homed on socket
     * {@code fromHome}) to {@code to}, starting at {@code atPs}; returns when the last line is written.
     */
    static long copy(CpuAccessPath cpu, long atPs, int socket, int core, long from, int fromHome, long to, int toHome,
            int size) {
        long lines = (size + SocketModel.LINE - 1) / SocketModel.LINE;
        long t = atPs;
        for (long first = 0; first < lines; first += FILL_BUFFERS) {
            long batch = t;
            for (long i = first; i < Math.min(lines, first + FILL_BUFFERS); i++) {
                long read = cpu.access(t, socket, core, from / SocketModel.LINE + i, false, fromHome);
                batch = Math.max(batch, cpu.access(read, socket, core, to / SocketModel.LINE + i, true, toHome));
            }
            t = batch;
        }
        return t;
    }
}
