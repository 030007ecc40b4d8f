/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.config;

import java.util.ArrayList;
import java.util.List;

import io.platsim.engine.pcie.DeviceConfig;
import io.platsim.engine.pcie.LinkSpec;
import io.platsim.engine.socket.SocketConfig;

/**
 * Everything the engine needs to simulate a platform, in plain numbers: what the model compiler produces from
 * a validated PlatSim model. Times are picoseconds, sizes bytes, bandwidths bytes per second.
 *
 * @param seed         seed of every random choice
 * @param warmupPs     time simulated before statistics count
 * @param durationPs   time simulated after the warm-up
 * @param dmaCoherent  whether the platform snoops DMA at all
 * @param sockets      sockets, by index
 * @param interSocket  the link between sockets (null with one socket)
 * @param rootPorts    root ports and their sockets
 * @param links        PCIe links, by index
 * @param devices      DMA-capable devices, by index
 * @param streams      DMA streams, by index
 * @param cpuStreams   CPU access streams, by index
 * @param machineChecks machine checks injected during the run
 * @param flows        request/response flows inside VMs
 * @param work         descriptor submissions to accelerators' work queues
 * @param registrations cores registering memory regions with RDMA NICs
 */
public record PlatformConfig(long seed, long warmupPs, long durationPs, boolean dmaCoherent,
        List<SocketConfig> sockets, InterSocketConfig interSocket, List<RootPortConfig> rootPorts,
        List<LinkSpec> links, List<DeviceConfig> devices, List<DmaStreamConfig> streams,
        List<CpuStreamConfig> cpuStreams, List<MachineCheckConfig> machineChecks, List<FlowConfig> flows,
        List<WorkConfig> work, List<RegistrationConfig> registrations) {

    public PlatformConfig {
        machineChecks = List.copyOf(machineChecks);
        flows = List.copyOf(flows);
        work = List.copyOf(work);
        registrations = List.copyOf(registrations);
        sockets = List.copyOf(sockets);
        rootPorts = List.copyOf(rootPorts);
        links = List.copyOf(links);
        devices = List.copyOf(devices);
        streams = List.copyOf(streams);
        cpuStreams = List.copyOf(cpuStreams);
    }


    /**
     * A platform simulated for {@code durationPs} after {@code warmupPs} of warm-up, with every random choice drawn
     * from {@code seed}, to be described part by part: DMA is snooped, and there is nothing in it until told.
     */
    public static Builder of(long seed, long warmupPs, long durationPs) {
        return new Builder(seed, warmupPs, durationPs);
    }

    /** Builds a {@link PlatformConfig} part by part, from {@link PlatformConfig#of}; each call adds to a list. */
    public static final class Builder {
        private final long seed;
        private final long warmupPs;
        private final long durationPs;
        private boolean dmaCoherent = true;
        private InterSocketConfig interSocket;
        private final List<SocketConfig> sockets = new ArrayList<>();
        private final List<RootPortConfig> rootPorts = new ArrayList<>();
        private final List<LinkSpec> links = new ArrayList<>();
        private final List<DeviceConfig> devices = new ArrayList<>();
        private final List<DmaStreamConfig> streams = new ArrayList<>();
        private final List<CpuStreamConfig> cpuStreams = new ArrayList<>();
        private final List<MachineCheckConfig> machineChecks = new ArrayList<>();
        private final List<FlowConfig> flows = new ArrayList<>();
        private final List<WorkConfig> work = new ArrayList<>();
        private final List<RegistrationConfig> registrations = new ArrayList<>();

        private Builder(long seed, long warmupPs, long durationPs) {
            this.seed = seed;
            this.warmupPs = warmupPs;
            this.durationPs = durationPs;
        }

        /** Whether the platform snoops DMA at all. */
        public Builder dmaCoherent(boolean snooped) {
            dmaCoherent = snooped;
            return this;
        }

        /** Sockets, by index, and the link between them (null with one socket). */
        public Builder sockets(List<SocketConfig> added, InterSocketConfig between) {
            sockets.addAll(added);
            interSocket = between;
            return this;
        }

        /** Root ports. */
        public Builder rootPorts(List<RootPortConfig> added) {
            rootPorts.addAll(added);
            return this;
        }

        /** PCIe links, by index. */
        public Builder links(List<LinkSpec> added) {
            links.addAll(added);
            return this;
        }

        /** DMA-capable devices, by index. */
        public Builder devices(List<DeviceConfig> added) {
            devices.addAll(added);
            return this;
        }

        /** DMA streams, by index. */
        public Builder streams(List<DmaStreamConfig> added) {
            streams.addAll(added);
            return this;
        }

        /** CPU access streams, by index. */
        public Builder cpuStreams(List<CpuStreamConfig> added) {
            cpuStreams.addAll(added);
            return this;
        }

        /** Machine checks injected during the run. */
        public Builder machineChecks(List<MachineCheckConfig> added) {
            machineChecks.addAll(added);
            return this;
        }

        /** Request/response flows. */
        public Builder flows(List<FlowConfig> added) {
            flows.addAll(added);
            return this;
        }

        /** Descriptor submissions to accelerators' work queues. */
        public Builder work(List<WorkConfig> added) {
            work.addAll(added);
            return this;
        }

        /** Cores registering memory regions with RDMA NICs. */
        public Builder registrations(List<RegistrationConfig> added) {
            registrations.addAll(added);
            return this;
        }

        /** The platform. */
        public PlatformConfig build() {
            return new PlatformConfig(seed, warmupPs, durationPs, dmaCoherent, sockets, interSocket, rootPorts, links,
                devices, streams, cpuStreams, machineChecks, flows, work, registrations);
        }
    }
}
