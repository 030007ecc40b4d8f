/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.dma;

import io.platsim.engine.pcie.DeviceConfig;
import io.platsim.engine.iommu.Iommu;
import io.platsim.engine.pcie.DeviceNode;
import io.platsim.engine.pcie.PcieFabric;

import io.platsim.engine.resource.Channel;
import io.platsim.engine.socket.CacheMaintenance;
import io.platsim.engine.socket.HomeAgents;
import io.platsim.engine.socket.SocketModel;
import io.platsim.engine.trace.TraceSink;

/**
 * One device's DMA through the platform: the PCIe links of its path in each direction ({@link PcieFabric}), the
 * root complex, its IOMMU, the inter-socket link for remote buffers, and each line's coherence actions at its home
 * ({@link DmaLines}). The steps are methods of their own, run as events by {@link DmaTransfers}. Each resource
 * serves work in the order it reaches it (see {@link Channel}).
 */
public final class DmaPath {

    /** Size of an MSI: a 4-byte posted memory write (PCI Local Bus Specification, MSI). */
    static final int MSI_BYTES = 4;

    private final DeviceConfig device;
    private final DeviceNode node;
    /** The IOMMU translating this device's DMA, or null. */
    private final Iommu iommu;
    /** The socket of the device's root port. */
    private final int rootSocket;
    private final int index;
    private final PcieFabric fabric;
    private final int[] path;
    private final Channel[] interSocket;
    private final TraceSink sink;
    private final DmaLines lines;
    /** The timing of the device's reads of its own translation table (what a read's line actions need). */
    private final DmaTiming tableReads = new DmaTiming();
    /** The root complex takes a TLP in after its forwarding latency. */
    private final PcieFabric.RootComplex forwarding;
    /** The same, and it holds the TLPs of the transfer being sent until the IOMMU has translated its pages. */
    private final PcieFabric.RootComplex translating;
    /** Bytes of one page's entry in a device's translation table: a 64-bit address with its flags. */
    static final int ENTRY_BYTES = 8;
    /** Where the devices' translation tables lie in I/O virtual address space, 4 GiB each: apart from buffers. */
    private static final long TABLE_IOVA = 6L << 40;
    /**
     * Where they lie in memory, 4 GiB each, in the root socket's: at 16 TiB, apart from the models' buffers (from 0,
     * and the flows' and work submissions' from 5 TiB) and from one another.
     */
    private static final long TABLE_BASE = 16L << 40;
    /** Lines of one device's table: 4 GiB of entries, those of the first 2 TiB of 4 KiB pages (further ones wrap). */
    private static final long TABLE_LINES = (1L << 32) / SocketModel.LINE;
    /** The transfer being sent, and the time of the event that sends it (its translation is traced with it). */
    private DmaTransfer sending;
    private long sendingEventPs;
    /** The TLPs of the transfer, MSI or fault last sent up the links. */
    private final PcieFabric.Tlps sent = new PcieFabric.Tlps();

    public DmaPath(int index, DeviceConfig device, DeviceNode node, int[] path, int rootSocket,
            Iommu iommu, PcieFabric fabric, SocketModel[] sockets, Channel[] interSocket, HomeAgents homes,
            boolean platformCoherent, TraceSink sink) {
        this.iommu = iommu;
        this.index = index;
        this.device = device;
        this.node = node;
        this.rootSocket = rootSocket;
        this.fabric = fabric;
        this.path = path;
        this.interSocket = interSocket;
        this.sink = sink;
        forwarding = (k, arrivedPs) -> arrivedPs + device.rootComplexPs();
        translating = (k, arrivedPs) -> {
            long at = arrivedPs + device.rootComplexPs();
            if (sending.translatedPs < 0) {
                sending.translatedPs = translate(sendingEventPs, at, sending.iova, sending.size);
            }
            return Math.max(at, sending.translatedPs);
        };
        lines = new DmaLines(index, rootSocket, sockets, homes, platformCoherent && device.coherent(), sink);
    }

    /**
     * A non-posted request's round trip to the root complex and back, without queueing: each link's wire
     * latency and switch forwarding both ways, and the root complex's forwarding both ways (an ENQCMD's answer,
     * an ATS translation request, a PRI page request).
     */
    public long requestRoundTripPs() {
        return 2 * (fabric.pathLatencyPs(path) + device.rootComplexPs());
    }

    public int index() {
        return index;
    }

    /** The device as a component: its parameters and statistics. */
    public DeviceNode node() {
        return node;
    }

    /**
     * Where the entry of page {@code page} of the device's translation table lies in memory: a line's number, in
     * the device's own table on its root socket.
     */
    public long entryLine(long page) {
        return (TABLE_BASE + ((long) index << 32)) / SocketModel.LINE + tableLine(page);
    }

    /** The line of the device's table that holds page {@code page}'s entry, counted from the table's start. */
    private static long tableLine(long page) {
        return Math.floorMod(page * ENTRY_BYTES / SocketModel.LINE, TABLE_LINES);
    }

    /** The IOMMU translating this device's DMA, or null. */
    public Iommu iommu() {
        return iommu;
    }

    public DeviceConfig device() {
        return device;
    }

    /** Index of the socket of the device's root port. */
    public int rootSocket() {
        return rootSocket;
    }

    /** Index of the device's own link. */
    public int firstLink() {
        return path[0];
    }

    /** From the root complex to the home socket of the buffer; returns the arrival time there. */
    long toHome(long atPs, int home, long bytes) {
        if (home == rootSocket || interSocket == null) {
            return atPs;
        }
        return interSocket[rootSocket].send(atPs, bytes);
    }

    /** From the home socket back to the root complex; returns the arrival time there. */
    private long fromHome(long atPs, int home, long bytes) {
        if (home == rootSocket || interSocket == null) {
            return atPs;
        }
        return interSocket[home].send(atPs, bytes);
    }

    /**
     * When a device with a cache of memory-region translations (an RDMA NIC's memory translation table) knows
     * where each page of {@code size} bytes at {@code address} lies, asked at {@code atPs}: a page its cache holds
     * costs nothing; for the others it reads their {@value #ENTRY_BYTES}-byte entries from the table in its
     * socket's memory, one read per line of entries, side by side, each a request up its links and across the root
     * complex, a DMA read of the line at its home (snooped as the device's other reads are: a core's write of the
     * entry may still be in its cache), and the completion back. (These small reads are not put on the links'
     * calendars.)
     * Behind an IOMMU the table lies at I/O virtual addresses like any DMA buffer (a driver maps the memory it
     * gives its device), so each read is translated first, and a miss walks the IOMMU's table before the entry is
     * read: a second stage under the device's own. A device without the cache knows at once. Translations are
     * traced with {@code eventPs}, the time of the event that asks.
     */
    public long deviceTranslatedPs(long eventPs, long atPs, long address, int size) {
        if (!node.translates()) {
            return atPs;
        }
        long oneWay = fabric.pathLatencyPs(path) + device.rootComplexPs();
        long ready = atPs;
        long lastLine = -1;
        long lineReady = atPs;
        for (long page = node.page(address), last = node.page(address + Math.max(1, size) - 1); page <= last;
                page++) {
            long there = node.cachedAt(page, atPs);
            if (there >= 0) {
                ready = Math.max(ready, there);
                continue;
            }
            long line = entryLine(page);
            if (line != lastLine) {
                // Entries of one line come in one read, a DMA read of the table's line at its home: from the LLC or
                // memory, or from the core whose write of the entry is still in its cache. (Timed ahead, as the
                // transfer is: a snoop's effect on the core's copy shows at once, not at the read's time.)
                lastLine = line;
                long entry = TABLE_IOVA + ((long) index << 32) + tableLine(page) * SocketModel.LINE;
                long translated = translate(eventPs, atPs + oneWay, entry, ENTRY_BYTES);
                lineReady = lines.read(eventPs, line, translated, translated, rootSocket, false, tableReads).donePs
                    + oneWay;
            }
            node.filled(page, atPs, lineReady);
            ready = Math.max(ready, lineReady);
        }
        return ready;
    }

    /**
     * An ATS translation request for the page at {@code address}, sent by the device at {@code atPs} when its TLB
     * missed: up its links and across the root complex, the IOMMU's translation (its IOTLB, else a walk, traced
     * with {@code eventPs}), and the completion back. Returns when the device has the translation.
     */
    public long atsTranslatedPs(long eventPs, long atPs, long address) {
        long oneWay = fabric.pathLatencyPs(path) + device.rootComplexPs();
        return translate(eventPs, atPs + oneWay, address, 1) + oneWay;
    }

    /**
     * As {@link #atsTranslatedPs}, for a page whose entry is not present: the IOMMU's walk ends at the missing entry
     * (traced as a fault, though nothing is dropped), and the completion tells the device to ask for the page (PRI).
     */
    public long atsNotPresentPs(long eventPs, long atPs, long address) {
        long oneWay = fabric.pathLatencyPs(path) + device.rootComplexPs();
        if (iommu == null) {
            return atPs + 2 * oneWay;
        }
        Iommu.Translation walked = iommu.notPresent(atPs + oneWay, address);
        sink.iommu(eventPs, index, address, walked.result(), walked.reads(), walked.donePs() - atPs - oneWay);
        return walked.donePs() + oneWay;
    }

    /**
     * A transfer to an IOVA with no mapping: its request crosses the links, the IOMMU walks the table, finds
     * nothing and drops it (traced as a fault at {@code nowPs}). A read's requester then gets an error completion.
     * Timed into {@code t}.
     */
    void fault(DmaTiming t, long nowPs, long address, int size, boolean write, int reason) {
        PcieFabric.Tlps request = fabric.upstream(sent, nowPs, path,
            write ? PcieFabric.Kind.WRITE : PcieFabric.Kind.READ_REQUEST, size, forwarding, device.relaxedOrdering(),
            node.engine, false);
        long arrived = request.arrivedPs() + device.rootComplexPs();
        t.sentPs = request.acceptedPs();
        Iommu.Translation fault = iommu.fault(arrived, address);
        long detected = fault.donePs();
        sink.iommu(nowPs, index, address, reason, fault.reads(), detected - arrived);
        t.faulted = true;
        t.donePs = write ? detected : complete(detected, 0);
        t.latencyPs = t.donePs - nowPs;
    }

    /**
     * Puts transfer {@code x}'s write data TLPs, or its read request TLPs, on the links at its start, each link's
     * credits and ordering permitting; returns its TLPs (see {@link #tlpAtRootPs} for when the root complex has
     * each). Behind an IOMMU, the first TLP to reach the root complex has the transfer's pages translated
     * ({@code x.translatedPs}), and the root complex holds every TLP, and so its credits, until then: translations
     * that fall behind push back on the device as a real root complex's full queue does. The IOTLB is looked up as
     * the transfer is sent, for the time its first TLP arrives: an invalidation that falls between the two does not
     * see it (an approximation of a few hundred nanoseconds at most). The event at {@code eventPs} sends it.
     */
    PcieFabric.Tlps send(DmaTransfer x, long eventPs) {
        node.issued(x.write);
        sending = x;
        sendingEventPs = eventPs;
        fabric.upstream(sent, x.startPs, path, x.write ? PcieFabric.Kind.WRITE : PcieFabric.Kind.READ_REQUEST,
            x.size, iommu != null ? translating : forwarding, device.relaxedOrdering(), node.engine, false);
        sending = null;
        return sent;
    }

    /** When TLP {@code k} of {@code tlps} had been taken in by the root complex. */
    long tlpAtRootPs(PcieFabric.Tlps tlps, int k) {
        return tlps.arrivalPs(k) + device.rootComplexPs();
    }

    /**
     * Completions of {@code size} bytes, ready in the coherent fabric at {@code atPs}, cross the root complex to the
     * root port and go down to the device; returns when it has them.
     */
    private long complete(long atPs, int size) {
        return fabric.downstream(atPs + device.rootComplexPs(), path, size);
    }

    /**
     * The IOMMU's translation of a transfer whose first TLP reached the root complex at {@code atPs}: the pages
     * of the whole transfer are translated then, and its later TLPs find them translated. Traced at {@code eventPs}.
     */
    long translate(long eventPs, long atPs, long address, int size) {
        if (iommu == null) {
            return atPs;
        }
        Iommu.Translation done = iommu.translate(atPs, address, size);
        sink.iommu(eventPs, index, address, done.result(), done.reads(), done.donePs() - atPs);
        return done.donePs();
    }

    /**
     * The completions of a read request of {@code bytes} over {@code lines} lines, all ready at {@code readyPs}, go
     * from its home to the root complex (a data message a line) and down the links (see {@link DmaTiming#answered}).
     */
    void answer(DmaTiming t, int home, int lines, int bytes, long readyPs, long arrivalPs, long atRootPs,
            long atHomePs, long coherence) {
        long back = fromHome(readyPs, home, bytes == 0 ? HomeAgents.MESSAGE : (long) lines * HomeAgents.DATA);
        long arrived = complete(back, bytes);
        t.firstDataPs = Math.min(t.firstDataPs, fabric.firstCompletionPs(path, bytes, arrived));
        // The device's DMA engine takes its own time before the data is usable; it counts with the link's.
        t.answered(arrived + device.dmaEnginePs(), back, readyPs, arrivalPs, atRootPs, atHomePs, coherence);
    }

    /**
     * The split of read {@code x}, every request answered: its device's DMA engine takes in one line of its data
     * every {@code readLinePs} (one transfer's lines one after the other; transfers in flight side by side), so a
     * long read takes at least that long after its first data arrived, however fast the links bring the rest.
     */
    DmaTiming received(DmaTransfer x) {
        long lines = Math.max(1, (x.address + x.size - 1) / SocketModel.LINE - x.address / SocketModel.LINE + 1);
        return x.timing.read(x.startPs, lines, device.readLinePs(), device.dmaEnginePs());
    }

    /** The per-line actions of this device's DMA. */
    DmaLines lines() {
        return lines;
    }

    /** What software does to the CPU caches for this device when it does not snoop them. */
    public CacheMaintenance cacheMaintenance() {
        return lines.maintenance();
    }

    /**
     * An MSI sent at {@code nowPs}, right after a write's data TLPs: a posted write that, with strict ordering,
     * does not pass them on the links. Returns when it has reached the root complex (and been remapped).
     */
    public long sendInterrupt(long nowPs) {
        // The MSI follows its transfer, sent just before: waiting behind that transfer's data is not a stall.
        long arrived = fabric.upstream(sent, nowPs, path, PcieFabric.Kind.WRITE, MSI_BYTES, forwarding,
            device.relaxedOrdering(), node.engine, true).arrivedPs() + device.rootComplexPs();
        return interruptAtRoot(arrived);
    }

    /**
     * An MSI of this device the root complex takes at {@code atPs}: counted, and remapped when the IOMMU remaps
     * interrupts. Returns when it may go on to its core.
     */
    public long interruptAtRoot(long atPs) {
        node.interrupted();
        return iommu != null ? iommu.remapInterrupt(atPs, index) : atPs;
    }

    /**
     * The MSI of write {@code x}, which reached the root complex at {@code x.msiArrivedPs}, its data visible at its
     * home from {@code visiblePs}: with strict ordering the root complex lets it through only once it knows the data
     * is visible ({@link DmaTransfer#ackedPs}: at once at its own socket, else when the home's completions have
     * crossed the link back); with relaxed ordering it may not (a hazard, traced at {@code eventPs}). Returns when
     * the handler starts.
     */
    public long interruptHandled(long eventPs, DmaTransfer x, long visiblePs) {
        long through = x.msiArrivedPs;
        if (!device.relaxedOrdering()) {
            // A write the IOMMU dropped never reached its home: nothing comes back to wait for.
            through = Math.max(through, x.timing.faulted() ? visiblePs : Math.max(visiblePs, x.ackedPs));
        }
        long handler = through + device.interruptPs();
        if (handler < visiblePs) {
            sink.hazard(eventPs, TraceSink.HAZARD_MSI_BEFORE_DATA, index, x.streamAddress, visiblePs, handler);
        }
        return handler;
    }

    /**
     * When the root complex knows that a line written at socket {@code home} is visible there from
     * {@code visiblePs}: at once at its own socket, else when the home's completion has crossed the link back (a
     * message, booked on the link: call once for each line).
     */
    long visibleAtRootPs(long visiblePs, int home) {
        return fromHome(visiblePs, home, HomeAgents.MESSAGE);
    }
}
