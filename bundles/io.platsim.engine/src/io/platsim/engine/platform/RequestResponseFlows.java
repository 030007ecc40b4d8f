/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.platform;

import java.util.List;

import io.platsim.engine.platform.PlatformConfig.FlowConfig;

/**
 * Request/response flows inside VMs (netperf TCP_RR-like). Each connection of a flow runs one transaction at a
 * time: the request lands in guest memory by DMA, the guest is told, answers on one of its vCPUs after its
 * server time, and the device reads the response out; the remote peer sends the next request its own server time
 * after the response left. How the guest is told and how it sends depend on how it sees the device, and they
 * decide the VM exits, each costing its reason's exit cost on the vCPU:
 * <ul>
 * <li>emulated: injecting the receive interrupt exits (EXTERNAL_INTERRUPT), and the driver's interrupt handler
 * touches three device registers (cause read, mask write, ring tail write), each an MMIO exit (EPT_MISCONFIG);
 * sending writes the transmit tail (an exit), and the transmit-done interrupt costs another interrupt exit and
 * cause read;</li>
 * <li>virtio: the interrupt exits unless it is posted, and with notification suppression the guest still busy
 * with an earlier request picks the new one up without an interrupt; the transmit kick exits unless the host is
 * still sending the previous response;</li>
 * <li>passthrough: the guest drives the device directly, no exit on the data path; the interrupt exits unless
 * it is posted.</li>
 * </ul>
 */
public final class RequestResponseFlows {

    /** The metamodel's exit reasons, by position. */
    public static final List<String> REASONS = List.of("external_interrupt", "io_instruction", "ept_misconfig",
        "ept_violation", "msr_access", "apic_access", "hlt", "interrupt_window", "preemption_timer", "machine_check",
        "vmcall");
    private static final int EXTERNAL_INTERRUPT = 0;
    private static final int EPT_MISCONFIG = 2;
    /** Ethernet, IPv4 and TCP headers around a payload (14 + 20 + 20 bytes), and Ethernet's 64-byte minimum. */
    private static final int HEADERS = 54;
    private static final int MIN_FRAME = 64;
    /** Guest buffers: each connection's receive and transmit buffers in a region no stream uses. */
    private static final long BUFFERS = 3L << 40;

    private final List<FlowConfig> flows;
    private final DmaPath[] paths;
    private final TraceSink sink;
    private final long warmupPs;
    private final long[][] vcpuFreePs;
    private final long[][] sendingUntilPs;
    private final long[] transactions;
    private final long[][] exits;
    private final LatencyHistogram[] latency;
    /** Records are stamped with the time of the event that started the transaction, to keep traces in order. */
    private long stampPs;

    RequestResponseFlows(List<FlowConfig> flows, DmaPath[] paths, TraceSink sink, long warmupPs) {
        this.flows = flows;
        this.paths = paths;
        this.sink = sink;
        this.warmupPs = warmupPs;
        int n = flows.size();
        vcpuFreePs = new long[n][];
        sendingUntilPs = new long[n][];
        transactions = new long[n];
        exits = new long[n][REASONS.size()];
        latency = new LatencyHistogram[n];
        for (int f = 0; f < n; f++) {
            vcpuFreePs[f] = new long[Math.max(1, flows.get(f).vcpuCores().size())];
            sendingUntilPs[f] = new long[Math.max(1, flows.get(f).flows())];
            latency[f] = new LatencyHistogram();
        }
    }

    /** Connection {@code conn} of flow {@code f} gets a request at {@code nowPs}; returns when the next comes. */
    long transact(int f, int conn, long nowPs) {
        FlowConfig c = flows.get(f);
        DmaPath dma = paths[c.device()];
        int vcpu = conn % vcpuFreePs[f].length;
        int core = c.vcpuCores().isEmpty() ? 0 : c.vcpuCores().get(vcpu);
        long buffer = BUFFERS + ((long) c.vm() << 32) + (long) conn * 8192;
        boolean counted = nowPs >= warmupPs;
        stampPs = nowPs;
        dma.stamp(nowPs);
        long visible = dma.write(nowPs, buffer, frame(c.requestBytes()), c.socket()).donePs;
        boolean busy = vcpuFreePs[f][vcpu] > visible;
        long t;
        if (c.attachment() == PlatformConfig.Attachment.VIRTIO && c.suppression() && busy) {
            t = vcpuFreePs[f][vcpu];
        } else {
            t = Math.max(visible + c.interruptPs(), vcpuFreePs[f][vcpu]);
            if (!c.posted() || c.attachment() == PlatformConfig.Attachment.EMULATED) {
                t = exit(f, EXTERNAL_INTERRUPT, core, t, counted);
            }
            if (c.attachment() == PlatformConfig.Attachment.EMULATED) {
                for (int register = 0; register < 3; register++) {
                    t = exit(f, EPT_MISCONFIG, core, t, counted);
                }
            }
        }
        t += c.serverPs();
        boolean sending = sendingUntilPs[f][conn] > t;
        if (c.attachment() == PlatformConfig.Attachment.EMULATED
                || c.attachment() == PlatformConfig.Attachment.VIRTIO && !(c.suppression() && sending)) {
            t = exit(f, EPT_MISCONFIG, core, t, counted);
        }
        long sent = dma.read(t, buffer + 4096, frame(c.responseBytes()), c.socket(), false).donePs;
        sendingUntilPs[f][conn] = sent;
        if (c.attachment() == PlatformConfig.Attachment.EMULATED) {
            // The transmit-done interrupt: an interrupt exit and a cause-register read on the vCPU.
            long done = exit(f, EXTERNAL_INTERRUPT, core, Math.max(sent + c.interruptPs(), t), counted);
            t = exit(f, EPT_MISCONFIG, core, done, counted);
        }
        vcpuFreePs[f][vcpu] = t;
        if (counted) {
            transactions[f]++;
            latency[f].record(sent - nowPs);
        }
        return sent + c.serverPs();
    }

    private static int frame(int payload) {
        return Math.max(MIN_FRAME, payload + HEADERS);
    }

    /** A VM exit of flow {@code f}'s VM for {@code reason} on {@code core} at {@code atPs}; returns when it is over. */
    private long exit(int f, int reason, int core, long atPs, boolean counted) {
        FlowConfig c = flows.get(f);
        long cost = c.exitPs().get(reason);
        if (counted) {
            exits[f][reason]++;
        }
        sink.vmExit(stampPs, c.vm(), c.socket(), core, reason, cost);
        return atPs + cost;
    }

    /** Transactions flow {@code f} completed after warm-up. */
    public long transactions(int f) {
        return transactions[f];
    }

    /** VM exits of flow {@code f} after warm-up, by reason (a position in {@link #REASONS}). */
    public long exits(int f, int reason) {
        return exits[f][reason];
    }

    /** Transaction times of flow {@code f} after warm-up: request landed to response sent. */
    public LatencyHistogram latency(int f) {
        return latency[f];
    }
}
