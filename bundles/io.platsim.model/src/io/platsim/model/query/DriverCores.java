/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.query;

import java.util.ArrayList;
import java.util.List;

import io.platsim.model.AttachmentMode;
import io.platsim.model.Core;
import io.platsim.model.Device;
import io.platsim.model.DeviceAttachment;
import io.platsim.model.DmaStream;
import io.platsim.model.Nic;
import io.platsim.model.NvmeDrive;
import io.platsim.model.Platform;
import io.platsim.model.RequestResponseFlow;
import io.platsim.model.RootComplex;
import io.platsim.model.Socket;
import io.platsim.model.VirtualCpu;
import io.platsim.model.VirtualMachine;

/** Which host cores do a workload's software side: a driver's per-I/O mappings, a flow's answers. */
public final class DriverCores {

    private DriverCores() {
    }

    /**
     * The driver cores that share a stream's per-I/O mappings, one per queue (a NIC's queue pairs, an NVMe drive's
     * I/O queues): the first cores of the socket its device's root complex sits in, at most all of them. Empty
     * when the device reaches no root complex.
     */
    public static List<Core> mappingCores(Platform platform, DmaStream stream) {
        Device device = stream.getDevice();
        int queues = device instanceof Nic nic ? nic.getQueuePairs()
            : device instanceof NvmeDrive drive ? drive.getIoQueues() : 1;
        RootComplex complex = Fabric.rootComplexOf(platform, physical(device));
        if (complex == null) {
            return List.of();
        }
        List<Core> cores = ((Socket) complex.eContainer()).getCores();
        return cores.subList(0, Math.max(0, Math.min(queues, cores.size())));
    }

    /**
     * The buffers of a stream's ring that its driver hands back one by one: one ring per driver core (queue), each
     * of the device's ring entries (a NIC's receive ring, an NVMe drive's queue depth; 1 for other devices).
     */
    public static int ringBuffers(Platform platform, DmaStream stream) {
        Device device = stream.getDevice();
        int entries = device instanceof Nic nic ? nic.getRxRingEntries()
            : device instanceof NvmeDrive drive ? drive.getQueueDepth() : 1;
        return Math.max(1, mappingCores(platform, stream).size()) * entries;
    }

    /** The cores a flow's work runs on: its host cores, or its VM's pinned vCPUs and the device's back end. */
    public static List<Core> flowCores(RequestResponseFlow flow) {
        if (flow.getVm() == null) {
            return flow.getCores();
        }
        List<Core> cores = new ArrayList<>(pinnedCores(flow.getVm()));
        Core backend = flow.getAttachment() == null ? null : backendCore(flow.getAttachment());
        if (backend != null && !cores.contains(backend)) {
            cores.add(backend);
        }
        return cores;
    }

    /** The host cores a VM's vCPUs are pinned to, in vCPU order (unpinned vCPUs left out). */
    public static List<Core> pinnedCores(VirtualMachine vm) {
        List<Core> cores = new ArrayList<>();
        for (VirtualCpu vcpu : vm.getVcpus()) {
            if (vcpu.getPinnedTo() != null) {
                cores.add(vcpu.getPinnedTo());
            }
        }
        return cores;
    }

    /** The host core that runs a device's back end (vhost, or an emulated device's VMM thread), or null. */
    public static Core backendCore(DeviceAttachment attachment) {
        return attachment.isVhost() || attachment.getMode() == AttachmentMode.EMULATED
            ? attachment.getBackendCore() : null;
    }

    private static Device physical(Device device) {
        return device.getPhysicalFunction() != null ? device.getPhysicalFunction() : device;
    }
}
