/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.config;

import java.util.Collections;
import java.util.List;

import io.platsim.engine.vm.ExitReason;

/**
 * Request/response flows (netperf TCP_RR-like) inside a VM through one of its devices, or on host cores.
 *
 * @param name          for summaries
 * @param device        index of the device carrying them (a VF's physical function)
 * @param vm            index of the VM, -1 for host flows
 * @param attachment    how the VM sees the device (HOST for host flows)
 * @param suppression   virtio: kicks and interrupts are suppressed while the other side is busy
 * @param flows         flows running at once
 * @param requestBytes  request payload
 * @param responseBytes response payload
 * @param serverPs      the guest's time to answer one request (and the remote peer's to send the next)
 * @param socket        socket of the VM's vCPUs (of the host cores)
 * @param vcpuCores     host cores the vCPUs are pinned to (the host cores running host flows), in that socket
 * @param exitPs        cost of an exit, by reason (the metamodel's ExitReason order)
 * @param posted        whether the device's interrupts reach the vCPUs as posted interrupts (no exit)
 * @param interruptPs   from an interrupt leaving the root complex to the guest's handler
 * @param backend       the back end of an emulated or virtio device
 * @param mapPerIo      host flows: each buffer is mapped through the device's IOMMU for its transfer
 * @param guest         what a VM's guest does besides its I/O
 * @param polling       kernel bypass: the application polls its completions; no interrupt is sent
 * @param ringEntries   buffers each connection uses in turn
 */
public record FlowConfig(String name, int device, int vm, Attachment attachment, boolean suppression, int flows,
        int requestBytes, int responseBytes, long serverPs, int socket, List<Integer> vcpuCores, List<Long> exitPs,
        boolean posted, long interruptPs, Backend backend, boolean mapPerIo, Guest guest, boolean polling,
        int ringEntries) {

    public FlowConfig {
        vcpuCores = List.copyOf(vcpuCores);
        exitPs = List.copyOf(exitPs);
    }

    /**
     * Flows {@code name} through device {@code device}, seen by their VM as {@code attachment} (HOST: on host
     * cores), to be described by name: one flow of empty messages answered at once, on no cores, outside any VM
     * with free exits, interrupts delivered in no time without posting, the back end on the vCPU's core with no work
     * of its own, no mapping per I/O, a quiet guest, no polling and one
     * buffer a connection, until told otherwise.
     */
    public static Builder of(String name, int device, Attachment attachment) {
        return new Builder(name, device, attachment);
    }

    /** Builds a {@link FlowConfig} field by field, from {@link FlowConfig#of}. */
    public static final class Builder {
        private final String name;
        private final int device;
        private final Attachment attachment;
        private int vm = -1;
        private List<Long> exitPs = Collections.nCopies(ExitReason.values().length, 0L);
        private boolean suppression;
        private int flows = 1;
        private int requestBytes;
        private int responseBytes;
        private long serverPs;
        private int socket;
        private List<Integer> vcpuCores = List.of();
        private boolean posted;
        private long interruptPs;
        private Backend backend = new Backend(-1, 0);
        private boolean mapPerIo;
        private Guest guest = Guest.QUIET;
        private boolean polling;
        private int ringEntries = 1;

        private Builder(String name, int device, Attachment attachment) {
            this.name = name;
            this.device = device;
            this.attachment = attachment;
        }

        /** They run in VM {@code index}, whose exits cost {@code costs} by reason (ExitReason's order). */
        public Builder vm(int index, List<Long> costs) {
            vm = index;
            exitPs = costs;
            return this;
        }

        /** {@code count} flows at once, each sending {@code request} bytes answered by {@code response} bytes. */
        public Builder flows(int count, int request, int response) {
            flows = count;
            requestBytes = request;
            responseBytes = response;
            return this;
        }

        /** The guest's time to answer a request (and the remote peer's to send the next). */
        public Builder server(long ps) {
            serverPs = ps;
            return this;
        }

        /** The host cores of socket {@code index} that run them (the vCPUs' cores in a VM). */
        public Builder cores(int index, List<Integer> cores) {
            socket = index;
            vcpuCores = cores;
            return this;
        }

        /** Interrupts reach the handler {@code ps} after leaving the root complex, posted or not. */
        public Builder interrupts(boolean postedToVcpus, long ps) {
            posted = postedToVcpus;
            interruptPs = ps;
            return this;
        }

        /** Virtio: kicks and interrupts are suppressed while the other side is busy. */
        public Builder suppression(boolean suppressed) {
            suppression = suppressed;
            return this;
        }

        /** The emulated or virtio device's back end. */
        public Builder backend(Backend end) {
            backend = end;
            return this;
        }

        /** Host flows: each buffer is mapped through the device's IOMMU for its transfer. */
        public Builder mapPerIo(boolean map) {
            mapPerIo = map;
            return this;
        }

        /** What the guest does besides its I/O. */
        public Builder guest(Guest besides) {
            guest = besides;
            return this;
        }

        /** Kernel bypass: the application polls its completion queue instead of taking interrupts. */
        public Builder polling(boolean polls) {
            polling = polls;
            return this;
        }

        /** Each connection uses {@code entries} buffers in turn. */
        public Builder ring(int entries) {
            ringEntries = entries;
            return this;
        }

        /** The flows. */
        public FlowConfig build() {
            return new FlowConfig(name, device, vm, attachment, suppression, flows, requestBytes, responseBytes,
                serverPs, socket, vcpuCores, exitPs, posted, interruptPs, backend, mapPerIo, guest, polling,
                ringEntries);
        }
    }

    /**
     * How a VM sees its network device (the metamodel's AttachmentMode); HOST: the flows run on the host, outside
     * any VM.
     */
    public enum Attachment {
        EMULATED, VIRTIO, PASSTHROUGH, PARAVIRTUAL, HOST;

        /** Whether the flows' own driver rings the device's doorbells: no device model or back end between. */
        public boolean direct() {
            return this == PASSTHROUGH || this == PARAVIRTUAL || this == HOST;
        }
    }

    /**
     * Where an emulated or virtio device's back end runs and what it costs besides copying each packet between
     * host and guest buffers.
     *
     * @param core      host core (in the flow's socket) of the device model or vhost thread; -1: the core of the
     *                  vCPU it serves
     * @param packetPs  work per packet besides the copy
     */
    public record Backend(int core, long packetPs) {
    }

    /**
     * What a flow's guest does besides its I/O, on each of its vCPUs: whether its APIC is virtualized (its EOIs do
     * not exit, interrupts and IPIs may be posted), and the intervals of its timer interrupts, of the IPIs it sends
     * to the next vCPU and of its hypercalls (0 for none).
     */
    public record Guest(boolean apicv, long timerPs, long ipiPs, long hypercallPs) {
        /** APICv on, nothing besides I/O. */
        public static final Guest QUIET = new Guest(true, 0, 0, 0);
    }
}
