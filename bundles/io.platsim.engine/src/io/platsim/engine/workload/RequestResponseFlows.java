/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.workload;

import java.util.List;
import java.util.function.LongSupplier;

import io.platsim.engine.dma.DmaPath;
import io.platsim.engine.dma.DmaTransfer;
import io.platsim.engine.dma.DmaTransfers;
import io.platsim.engine.dma.DriverPath;
import io.platsim.engine.iommu.Iommu;
import io.platsim.engine.mmio.MmioPath;
import io.platsim.engine.config.FlowConfig.Attachment;
import io.platsim.engine.config.FlowConfig;
import io.platsim.engine.resource.HostCore;
import io.platsim.engine.resource.HostCores;
import io.platsim.engine.resource.Timeline;
import io.platsim.engine.socket.CpuAccessPath;
import io.platsim.engine.socket.SocketModel;
import io.platsim.engine.stats.LatencyHistogram;
import io.platsim.engine.stats.MeasuredTime;
import io.platsim.engine.trace.TraceSink;
import io.platsim.engine.vm.ExitReason;

/**
 * Request/response flows (netperf TCP_RR-like), inside VMs or on host cores. Each connection of a flow runs one
 * transaction at a time: the request lands in memory by DMA, the guest (or host) is told, answers on one of its
 * cores after its server time, and the device reads the response out; the remote peer sends the next request its
 * own server time after the response left. Every host core has one calendar: vCPUs pinned to it, back ends
 * running on it and host connections all take their turns on it, in the first idle gap long enough. How the guest
 * is told and how it sends depend on how it sees the device, and they decide the VM exits, each costing its
 * reason's exit cost on the vCPU:
 * <ul>
 * <li>emulated: injecting the receive interrupt exits (EXTERNAL_INTERRUPT), and the driver's interrupt handler
 * touches three device registers (cause read, mask write, ring tail write), each an MMIO exit (EPT_MISCONFIG);
 * sending writes the transmit tail (an exit), and the transmit-done interrupt costs another interrupt exit and
 * cause read;</li>
 * <li>virtio: the interrupt exits unless it is posted, and with notification suppression the guest still busy
 * with an earlier request picks the new one up without an interrupt; a response sent while the back end still
 * has an earlier one (of any connection) to take off the transmit queue goes without a kick, so without an
 * exit;</li>
 * <li>passthrough and paravirtual: the guest drives the device directly, no exit on the data path; the interrupt
 * exits unless it is posted;</li>
 * <li>host: no VM, no exit; with per-I/O mapping the connection's core unmaps the request buffer and maps a fresh
 * one after each request, maps the response buffer before sending it, and unmaps it when it handles the
 * connection next (transmit completions are cleaned up on the next poll), all through the device's IOMMU.</li>
 * </ul>
 * A driver that drives its device directly (host, passthrough, paravirtual) tells it of each response with a
 * doorbell, an uncached store from its core; the device reads the response once the doorbell has reached it.
 * With kernel bypass ({@link FlowConfig#polling}) the application polls its completion queue: no interrupt is
 * sent, so none exits, and the request is seen when the core's poll has read the line the device wrote.
 * An emulated or virtio device's back end (the device model, or the vhost thread) does the data movement: the
 * device's DMA goes to a host buffer, and the back end's core copies each packet between it and the guest's
 * buffer line by line through its caches, plus its own work per packet, before the guest sees a request and
 * before the device reads a response.
 * <p>
 * The request's and the response's DMA are transfers of events ({@link DmaTransfers}): the core's work is timed
 * when the request has landed, and the response's read starts when it is done. What counts after the warm-up
 * is said in {@link FlowCounts}.
 */
public final class RequestResponseFlows {

    /** Ethernet, IPv4 and TCP headers around a payload (14 + 20 + 20 bytes), and Ethernet's 64-byte minimum. */
    private static final int HEADERS = 54;
    private static final int MIN_FRAME = 64;

    private final List<FlowConfig> flows;
    private final FlowBuffers buffers;
    private final DmaPath[] paths;
    private final CpuAccessPath cpu;
    private final MmioPath mmio;
    private final TraceSink sink;
    private final MeasuredTime measured;
    /** The host cores the flows' work runs on. */
    private final HostCores cores;
    private final LongSupplier clock;
    /**
     * By device: until when its back end has responses of an earlier kick to take off its transmit queue. With event
     * indexes (VIRTIO_F_EVENT_IDX) a guest kicks only once the device has asked for it again, which the vhost thread
     * does when a pass finds the queue empty: a response queued before then goes without a kick, and without an exit.
     */
    private final long[] transmittingUntilPs;
    /** By device: when its back end was last woken by a kick (it takes no suppressed response before that). */
    private final long[] wokenPs;
    /** Host flows mapping per I/O: when each connection's next request buffer is mapped. */
    private final long[][] receiveMappedPs;
    /** Host flows mapping per I/O: whether each connection's last response buffer waits to be unmapped. */
    private final boolean[][] sendMapped;
    private final FlowCounts counts;
    private final DmaTransfers transfers;
    private final DmaTransfers.Listener dmaDone = this::dmaDone;
    private final Events events;
    /** By connection: when its transaction began (its response's DMA carries it). */
    private final long[][] transactionBeganPs;

    /** Asked to make the flows' events: each is handed back in its turn ({@link #transact}, {@link #kicked}). */
    public interface Events {
        /** Connection {@code conn} of flow {@code f} gets its next request at {@code atPs}. */
        void request(int f, int conn, long atPs);

        /** The guest kicks flow {@code f}'s back end to send connection {@code conn}'s response at {@code atPs}. */
        void kick(int f, int conn, long atPs);
    }

    public RequestResponseFlows(List<FlowConfig> flows, DmaPath[] paths, DmaTransfers transfers, CpuAccessPath cpu,
            MmioPath mmio, HostCores cores, TraceSink sink, MeasuredTime measured, LongSupplier clock,
            Events events) {
        this.mmio = mmio;
        this.flows = flows;
        buffers = new FlowBuffers(flows);
        this.cores = cores;
        this.transfers = transfers;
        this.events = events;
        this.clock = clock;
        this.paths = paths;
        this.cpu = cpu;
        this.sink = sink;
        this.measured = measured;
        int n = flows.size();
        transmittingUntilPs = new long[paths.length];
        wokenPs = new long[paths.length];
        receiveMappedPs = new long[n][];
        transactionBeganPs = new long[n][];
        sendMapped = new boolean[n][];
        counts = new FlowCounts(flows);
        for (int f = 0; f < n; f++) {
            int connections = Math.max(1, flows.get(f).flows());
            receiveMappedPs[f] = new long[connections];
            transactionBeganPs[f] = new long[connections];
            sendMapped[f] = new boolean[connections];
        }
    }

    /** Connection {@code conn} of flow {@code f} gets a request at {@code nowPs}: the device writes it to memory. */
    public void transact(int f, int conn, long nowPs) {
        FlowConfig c = flows.get(f);
        DmaPath dma = paths[c.device()];
        boolean mapping = mapping(c);
        long arrives = mapping ? Math.max(nowPs, receiveMappedPs[f][conn]) : nowPs;
        buffers.next(f, conn);
        transfers.start(dmaDone, f, conn, dma, true, arrives,
            backend(c) ? FlowBuffers.host(f, conn) : buffers.current(f, conn),
            frame(c.requestBytes()), c.socket()).since(nowPs);
    }

    /** A request is in memory, or a response is at the device. */
    private void dmaDone(DmaTransfer x) {
        if (x.write()) {
            serve(x.tag(), x.item(), x.sincePs(), x.timing().donePs(), x.ackedPs());
        } else {
            answered(x.tag(), x.item(), x.sincePs(), x.timing().donePs());
        }
    }

    /**
     * The request of a transaction that began at {@code beganPs} has landed at {@code landedPs}, and the root
     * complex knew it at {@code ackedPs} (its home's completions back): the guest (or host) is told, answers on its
     * core, and the device reads the response out.
     */
    private void serve(int f, int conn, long beganPs, long landedPs, long ackedPs) {
        FlowConfig c = flows.get(f);
        DmaPath dma = paths[c.device()];
        int core = core(c, conn);
        HostCore handler = cores.core(c.socket(), core);
        boolean onHost = c.attachment() == Attachment.HOST;
        boolean backend = backend(c);
        HostCore backendCore = cores.core(c.socket(), c.backend().core() >= 0 ? c.backend().core() : core);
        Iommu iommu = dma.iommu();
        boolean mapping = mapping(c);
        long buffer = buffers.current(f, conn);
        long hostBuffer = FlowBuffers.host(f, conn);
        int request = frame(c.requestBytes());
        int response = frame(c.responseBytes());
        long visible = backend ? backendCopy(f, conn, backendCore, landedPs, hostBuffer, buffer, request)
            : landedPs;
        // The vCPU's (or host core's) work on this request, from the interrupt to the transmit kick, in one piece.
        Timeline cpu = handler.calendar();
        boolean suppressed = c.attachment() == Attachment.VIRTIO && c.suppression() && cpu.startFor(visible, 1)
            > visible;
        // A device the guest (or host) drives itself sends its MSI behind the request's data, which the root complex
        // lets through once it knows the data is visible, and remaps; a back end's interrupt is injected by software.
        boolean interrupted = !suppressed && !c.polling();
        long ready = !interrupted ? visible
            : (backend ? visible : dma.interruptAtRoot(Math.max(visible, ackedPs))) + c.interruptPs();
        long begin = cpu.startFor(ready, 1);
        long t = begin;
        if (c.polling()) {
            // The poll reads the completion the device wrote behind the data: the line is no longer in the core.
            t = this.cpu.access(t, c.socket(), core, buffer / SocketModel.LINE, false, c.socket());
        } else if (!suppressed) {
            if (!onHost && (!c.posted() || c.attachment() == Attachment.EMULATED)) {
                t = exit(f, ExitReason.EXTERNAL_INTERRUPT, core, t);
            }
            if (!onHost && !c.guest().apicv()) {
                // Without APIC virtualization the handler's end-of-interrupt write exits too.
                t = exit(f, ExitReason.MSR_ACCESS, core, t);
            }
            if (c.attachment() == Attachment.EMULATED) {
                for (int register = 0; register < 3; register++) {
                    t = exit(f, ExitReason.EPT_MISCONFIG, core, t);
                }
            }
        }
        long mapped = t;
        if (mapping) {
            long deviceTlb = dma.device().ats() ? dma.requestRoundTripPs() : 0;
            if (sendMapped[f][conn]) {
                t = iommu.unmapAt(t, handler, buffers.previous(f, conn) + FlowBuffers.RESPONSE, response,
                    deviceTlb);
            }
            t = iommu.unmapAt(t, handler, buffer, request, deviceTlb);
            t = iommu.mapAt(t, handler, request);
            receiveMappedPs[f][conn] = t;
        }
        long mappingTime = t - mapped;
        t += c.serverPs();
        if (mapping) {
            mapped = t;
            t = iommu.mapAt(t, handler, response);
            sendMapped[f][conn] = true;
            mappingTime += t - mapped;
        }
        counts.mapping(f, conn, mappingTime);
        if (c.attachment() == Attachment.EMULATED || c.attachment() == Attachment.VIRTIO && !c.suppression()) {
            // The transmit tail's write, or a kick that nothing suppresses; a kick that may be suppressed is decided
            // when it comes (kicked).
            t = exit(f, ExitReason.EPT_MISCONFIG, core, t);
        }
        long worked = t;
        long told = t;
        if (c.attachment().direct()) {
            // The doorbell: the core waits for its acknowledgement, the device reads the response once it has it.
            MmioPath.Posted doorbell = mmio.write(t, c.socket(), c.device(), MmioPath.DOORBELL_BYTES);
            worked = doorbell.acknowledgedPs();
            told = doorbell.arrivedPs();
        }
        // The free time found may be too short for the work: it then ends, and the doorbell goes, that much later.
        long ended = handler.booked(ready, begin, worked);
        if (backend) {
            // The back end takes the response when the kick comes, in turn with its other work.
            transactionBeganPs[f][conn] = beganPs;
            events.kick(f, conn, ended);
            return;
        }
        transfers.start(dmaDone, f, conn, dma, false, told + ended - worked, buffer + FlowBuffers.RESPONSE, response,
            c.socket()).since(beganPs);
    }

    /**
     * The guest of flow {@code f}, an emulated or virtio device's, tells its back end at {@code nowPs} that
     * connection {@code conn}'s response is ready: the back end's core copies it to the host's buffer, and the device
     * reads it out from there. An emulated device's guest has written its transmit tail, a virtio guest without
     * notification suppression has kicked (each an exit, with its answer). With suppression, a virtio guest kicks
     * (an exit) only when the back end has emptied its transmit queue since it was last woken; else the back end
     * takes the response in the same pass.
     */
    public void kicked(int f, int conn, long nowPs) {
        FlowConfig c = flows.get(f);
        int core = core(c, conn);
        int device = c.device();
        HostCore backendCore = cores.core(c.socket(), c.backend().core() >= 0 ? c.backend().core() : core);
        long copyFrom = nowPs;
        if (c.attachment() == Attachment.VIRTIO && c.suppression()) {
            if (transmittingUntilPs[device] > nowPs) {
                // Suppressed: the back end takes the response in its pass, once woken.
                copyFrom = Math.max(nowPs, wokenPs[device]);
            } else {
                // The kick exits, in the vCPU's first free time (work planned there earlier goes first).
                HostCore vcpu = cores.core(c.socket(), core);
                long cost = c.exitPs().get(ExitReason.EPT_MISCONFIG.ordinal());
                long begin = vcpu.startFor(nowPs, cost);
                copyFrom = vcpu.booked(nowPs, begin, exit(f, ExitReason.EPT_MISCONFIG, core, begin));
                wokenPs[device] = copyFrom;
            }
        }
        long hostBuffer = FlowBuffers.host(f, conn) + FlowBuffers.RESPONSE;
        int response = frame(c.responseBytes());
        long readAt = backendCopy(f, conn, backendCore, copyFrom, buffers.current(f, conn) + FlowBuffers.RESPONSE,
            hostBuffer, response);
        transmittingUntilPs[device] = Math.max(transmittingUntilPs[device], readAt);
        transfers.start(dmaDone, f, conn, paths[device], false, readAt, hostBuffer, response, c.socket())
            .since(transactionBeganPs[f][conn]);
    }

    /** The response of a transaction that began at {@code beganPs} reached the device at {@code sentPs}. */
    private void answered(int f, int conn, long beganPs, long sentPs) {
        FlowConfig c = flows.get(f);
        int core = core(c, conn);
        HostCore handler = cores.core(c.socket(), core);
        if (c.attachment() == Attachment.EMULATED && !c.polling()) {
            // The transmit-done interrupt: an interrupt exit and a cause-register read on the vCPU.
            Timeline cpu = handler.calendar();
            long doneAt = sentPs + c.interruptPs();
            long start = cpu.startFor(doneAt, 1);
            long handled = exit(f, ExitReason.EPT_MISCONFIG, core,
                exit(f, ExitReason.EXTERNAL_INTERRUPT, core, start));
            handler.booked(doneAt, start,
                c.guest().apicv() ? handled : exit(f, ExitReason.MSR_ACCESS, core, handled));
        }
        // The transaction counts when its response reaches the device in the measured time.
        counts.answered(f, conn, sentPs - beganPs, measured.holds(sentPs));
        events.request(f, conn, sentPs + c.serverPs());
    }

    private static int core(FlowConfig c, int conn) {
        return c.vcpuCores().isEmpty() ? 0 : c.vcpuCores().get(conn % c.vcpuCores().size());
    }

    private static boolean backend(FlowConfig c) {
        return c.attachment() == Attachment.EMULATED || c.attachment() == Attachment.VIRTIO;
    }

    private boolean mapping(FlowConfig c) {
        Iommu iommu = paths[c.device()].iommu();
        return c.attachment() == Attachment.HOST && c.mapPerIo() && iommu != null && !iommu.identity();
    }

    /**
     * The back end on core {@code core} copies a packet of {@code size} bytes of connection {@code conn}'s
     * transaction from {@code from} to {@code to} once it is there at {@code atPs} and the core is free, then does
     * its own work; returns when it is done.
     */
    private long backendCopy(int f, int conn, HostCore core, long atPs, long from, long to, int size) {
        FlowConfig c = flows.get(f);
        long begin = core.startFor(atPs, c.backend().packetPs());
        long end = DriverPath.copy(this.cpu, begin, core, from, c.socket(), to,
            c.socket(), size) + c.backend().packetPs();
        counts.backend(f, conn, end - begin);
        return core.booked(atPs, begin, end);
    }

    private static int frame(int payload) {
        return Math.max(MIN_FRAME, payload + HEADERS);
    }

    /**
     * A VM exit of flow {@code f}'s VM for {@code reason} on {@code core} at {@code atPs}; returns when it is over.
     * Counted and traced with the time of the event that asks for it, as every record is, to keep traces in order:
     * the exits counted are those asked for in the measured time.
     */
    long exit(int f, ExitReason reason, int core, long atPs) {
        FlowConfig c = flows.get(f);
        long cost = c.exitPs().get(reason.ordinal());
        if (measured.holds(clock.getAsLong())) {
            counts.exit(f, reason);
        }
        sink.vmExit(clock.getAsLong(), c.vm(), c.socket(), core, reason.ordinal(), cost);
        return atPs + cost;
    }

    /** Transactions of flow {@code f} whose responses reached the device in the measured time. */
    public long transactions(int f) {
        return counts.transactions(f);
    }

    /** VM exits of flow {@code f}'s VM asked for in the measured time, for {@code reason}. */
    public long exits(int f, ExitReason reason) {
        return counts.exits(f, reason);
    }

    /** VM exits of flow {@code f}'s VM asked for in the measured time, every reason together. */
    public long exits(int f) {
        return counts.exits(f);
    }

    /** Time flow {@code f}'s back end (device model or vhost thread) worked on the counted transactions, in ps. */
    public long backendPs(int f) {
        return counts.backendPs(f);
    }

    /**
     * Time flow {@code f}'s cores spent mapping and unmapping buffers for the counted transactions (each serve
     * unmaps its request buffer and the previous response's, and maps the next request's and its response's),
     * lock waits included, in ps.
     */
    public long mappingPs(int f) {
        return counts.mappingPs(f);
    }

    /**
     * Times of flow {@code f}'s counted transactions: from the request's arrival at the device to the response's
     * (the device has read it out of memory).
     */
    public LatencyHistogram latency(int f) {
        return counts.latency(f);
    }
}
