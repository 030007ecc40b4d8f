/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.validation.rules;

import static io.platsim.model.Fixtures.named;

import io.platsim.model.Accelerator;
import io.platsim.model.Cache;
import io.platsim.model.Core;
import io.platsim.model.DmaStream;
import io.platsim.model.HomeAgent;
import io.platsim.model.InterSocketLink;
import io.platsim.model.Iommu;
import io.platsim.model.MsiRoute;
import io.platsim.model.Nic;
import io.platsim.model.PcieLink;
import io.platsim.model.Platform;
import io.platsim.model.RequestResponseFlow;
import io.platsim.model.RootComplex;
import io.platsim.model.RootPort;
import io.platsim.model.Socket;
import io.platsim.model.VirtualCpu;
import io.platsim.model.VirtualMachine;
import io.platsim.model.WorkSubmission;

/** The elements of the two-socket example that rule cases break and mend, found by name. */
final class ModelElements {

    private ModelElements() {
    }

    static Socket sock(Platform p, String name) {
        return named(p, Socket.class, name);
    }

    static Core core(Platform p, String name) {
        return named(p, Core.class, name);
    }

    static Cache cache(Platform p, String name) {
        return named(p, Cache.class, name);
    }

    static HomeAgent home(Platform p) {
        return named(p, HomeAgent.class, "s0-home");
    }

    static InterSocketLink upi(Platform p) {
        return named(p, InterSocketLink.class, "upi0");
    }

    static PcieLink link(Platform p, String name) {
        return named(p, PcieLink.class, name);
    }

    static RootPort port(Platform p, String name) {
        return named(p, RootPort.class, name);
    }

    static RootComplex rc(Platform p, String name) {
        return named(p, RootComplex.class, name);
    }

    /** The virtio VM's flow moved to host core s0c2 and the NIC, its VM attachment left behind. */
    static RequestResponseFlow hostFlow(Platform p) {
        RequestResponseFlow flow = named(p, RequestResponseFlow.class, "vm-virtio-rr");
        flow.setVm(null);
        flow.setDevice(nic(p, "nic100g"));
        flow.getCores().add(core(p, "s0c2"));
        return flow;
    }

    static Nic nic(Platform p, String name) {
        return named(p, Nic.class, name);
    }

    static Accelerator dsa(Platform p) {
        return named(p, Accelerator.class, "dsa0");
    }

    static MsiRoute route(Platform p) {
        return named(p, MsiRoute.class, "nic100g-q0");
    }

    static Iommu iommu(Platform p) {
        return named(p, Iommu.class, "iommu0");
    }

    static VirtualMachine vm(Platform p, String name) {
        return named(p, VirtualMachine.class, name);
    }

    static VirtualCpu vcpu(Platform p, String name) {
        return named(p, VirtualCpu.class, name);
    }

    static DmaStream stream(Platform p, String name) {
        return named(p, DmaStream.class, name);
    }

    static WorkSubmission submission(Platform p) {
        return named(p, WorkSubmission.class, "dsa-copies");
    }
}
