/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.templates;

import static io.platsim.templates.PlatformBuilder.F;

import java.util.List;

import io.platsim.model.Accelerator;
import io.platsim.model.AttachmentMode;
import io.platsim.model.Core;
import io.platsim.model.DeviceAttachment;
import io.platsim.model.InterruptController;
import io.platsim.model.Iommu;
import io.platsim.model.Nic;
import io.platsim.model.NvmeDrive;
import io.platsim.model.PcieGeneration;
import io.platsim.model.Platform;
import io.platsim.model.Process;
import io.platsim.model.RequestResponseFlow;
import io.platsim.model.RootComplex;
import io.platsim.model.Socket;
import io.platsim.model.VirtualMachine;
import io.platsim.model.WorkQueue;
import io.platsim.model.WorkQueueMode;
import io.platsim.model.WorkSubmission;

/** The New Model wizard's SoC with accelerators and virtualized host. */
final class HostTemplates {

    private HostTemplates() {
    }

    /**
     * One 8-core socket whose IOMMU runs in scalable mode, two accelerators sharing the host's address space
     * (PASID, ATS, PRI) with a shared and a dedicated work queue each, an NVMe drive and a 25 Gb/s NIC.
     */
    static Platform soc(String name) {
        PlatformBuilder b = new PlatformBuilder(name);
        Platform p = b.platform();
        p.setDescription(Templates.SOC.description());
        // Per core as the two-socket template: 1.25 MiB of L2 and 1.5 MiB of LLC (Ice Lake-SP, 3rd Gen Xeon).
        Socket s0 = b.socket(0, 8, PlatformBuilder.kib(1280), 20, PlatformBuilder.mib(12), 12);
        b.numa(s0, 0, 64);
        RootComplex rc = b.rootComplex(s0, 4);
        Iommu iommu = F.createIommu();
        iommu.setName("iommu0");
        iommu.setScalableMode(true);
        iommu.getCoveredRootComplexes().add(rc);
        p.getIommus().add(iommu);
        Process app = F.createProcess();
        app.setName("app");
        app.setPasid(7);
        p.getProcesses().add(app);
        for (int i = 0; i < 2; i++) {
            Accelerator accel = F.createAccelerator();
            accel.setName("accel" + i);
            accel.setPasidEnabled(true);
            accel.setAtsEnabled(true);
            accel.setPriEnabled(true);
            WorkQueue shared = queue(accel, "accel" + i + "-swq", WorkQueueMode.SHARED);
            queue(accel, "accel" + i + "-dwq", WorkQueueMode.DEDICATED);
            p.getDevices().add(accel);
            b.link(rc.getRootPorts().get(i), accel, PcieGeneration.GEN4, 8);
            WorkSubmission submissions = F.createWorkSubmission();
            submissions.setName("accel" + i + "-jobs");
            submissions.setWorkQueue(shared);
            submissions.setProcess(app);
            submissions.setSubmitters(4);
            p.getWorkloads().add(submissions);
        }
        NvmeDrive nvme = F.createNvmeDrive();
        nvme.setName("nvme0");
        p.getDevices().add(nvme);
        b.link(rc.getRootPorts().get(2), nvme, PcieGeneration.GEN4, 4);
        Nic nic = F.createNic();
        nic.setName("nic25g");
        nic.setLineRateGbps(25);
        p.getDevices().add(nic);
        b.link(rc.getRootPorts().get(3), nic, PcieGeneration.GEN3, 8);
        InterruptController apic = F.createInterruptController();
        apic.setName("apic");
        apic.getCores().addAll(s0.getCores());
        p.getInterruptControllers().add(apic);
        PlatformBuilder.route(p, "nic25g-q0", nic, 0, s0.getCores().get(0), apic);
        return p;
    }

    private static WorkQueue queue(Accelerator accel, String name, WorkQueueMode mode) {
        WorkQueue queue = F.createWorkQueue();
        queue.setName(name);
        queue.setMode(mode);
        accel.getWorkQueues().add(queue);
        return queue;
    }

    /**
     * One 16-core socket running three VMs that reach one 100 Gb/s NIC in the three ways a guest can: an emulated
     * NIC, virtio, and a passthrough VF with posted interrupts, each answering a request/response flow.
     */
    static Platform virtualizedHost(String name) {
        PlatformBuilder b = new PlatformBuilder(name);
        Platform p = b.platform();
        p.setDescription(Templates.VIRTUALIZED.description());
        Socket s0 = b.socket(0, 16, PlatformBuilder.kib(1280), 20, PlatformBuilder.mib(24), 12);
        b.numa(s0, 0, 128);
        RootComplex rc = b.rootComplex(s0, 2);
        Iommu iommu = F.createIommu();
        iommu.setName("iommu0");
        iommu.setInterruptRemapping(true);
        iommu.setPostedInterrupts(true);
        iommu.getCoveredRootComplexes().add(rc);
        p.getIommus().add(iommu);
        Nic[] nics = b.sriovNic("nic100g", rc.getRootPorts().get(0));
        Nic nic = nics[0];
        Nic vf = nics[1];
        InterruptController apic = F.createInterruptController();
        apic.setName("x2apic");
        apic.getCores().addAll(s0.getCores());
        p.getInterruptControllers().add(apic);
        PlatformBuilder.route(p, "nic100g-q0", nic, 0, s0.getCores().get(0), apic);
        List<Core> cores = s0.getCores();
        guest(b, p, "vm-emulated", nic, AttachmentMode.EMULATED, cores.get(8), cores.get(9));
        guest(b, p, "vm-virtio", nic, AttachmentMode.VIRTIO, cores.get(10), cores.get(11));
        VirtualMachine passthrough = guest(b, p, "vm-passthrough", vf, AttachmentMode.PASSTHROUGH, cores.get(12),
            cores.get(13));
        passthrough.setPostedInterrupts(true);
        PlatformBuilder.route(p, "nic100g-vf0-q0", vf, 0, null, apic).setTargetVcpu(passthrough.getVcpus().get(0));
        return p;
    }

    private static VirtualMachine guest(PlatformBuilder b, Platform p, String name, Nic nic, AttachmentMode mode,
            Core... cores) {
        VirtualMachine vm = b.vm(name, cores);
        PlatformBuilder.typicalExitCosts(vm);
        DeviceAttachment attachment = F.createDeviceAttachment();
        attachment.setDevice(nic);
        attachment.setMode(mode);
        vm.getAttachments().add(attachment);
        RequestResponseFlow rr = F.createRequestResponseFlow();
        rr.setName(name + "-rr");
        rr.setVm(vm);
        rr.setAttachment(attachment);
        rr.setConcurrentFlows(16);
        p.getWorkloads().add(rr);
        return vm;
    }
}
