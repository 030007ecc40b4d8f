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
import io.platsim.model.DmaDirection;
import io.platsim.model.DmaStream;
import io.platsim.model.InterSocketLink;
import io.platsim.model.InterruptController;
import io.platsim.model.Iommu;
import io.platsim.model.LoadMode;
import io.platsim.model.MsiRoute;
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

/**
 * The platforms PlatSim ships: the New Model wizard offers them and the example workspace holds them.
 * Figures beyond the component defaults are those of the parts named in each platform's description.
 */
public final class Templates {

    /** A template the New Model wizard offers. */
    public record Template(String id, String label, String description) {
    }

    public static final Template EMPTY = new Template("empty", "Empty platform",
        "A platform with run settings and nothing else.");
    public static final Template SMALL = new Template("small", "One-socket client",
        "One 4-core socket with private L1/L2, a shared LLC, one memory controller and a 25 Gb/s NIC on PCIe Gen3 x8 "
            + "writing packets into memory.");
    public static final Template REALISTIC = new Template("realistic", "Two-socket server",
        "2 x 28-core Ice Lake-SP-class sockets, UPI, two root complexes behind an IOMMU, a 100 Gb/s NIC on Gen4 x16 "
            + "with SR-IOV, an NVMe drive, an accelerator with a shared work queue, and two VMs (virtio and "
            + "passthrough VF).");

    public static final Template SOC = new Template("soc", "SoC with accelerators",
        "One 8-core socket with an IOMMU in scalable mode, two accelerators with shared and dedicated work queues "
            + "used through PASID, ATS and PRI, an NVMe drive and a 25 Gb/s NIC.");
    public static final Template VIRTUALIZED = new Template("virtualized", "Virtualized host",
        "One 16-core socket running three VMs on one 100 Gb/s NIC: emulated, virtio, and a passthrough VF with "
            + "posted interrupts, each answering request/response flows.");

    private Templates() {
    }

    public static List<Template> all() {
        return List.of(EMPTY, SMALL, REALISTIC, SOC, VIRTUALIZED);
    }

    /** A new platform made from the template {@code id}. */
    public static Platform create(String id, String name) {
        Platform platform = switch (id) {
            case "empty" -> new PlatformBuilder(name).platform();
            case "small" -> small(name);
            case "realistic" -> realistic(name);
            case "soc" -> HostTemplates.soc(name);
            case "virtualized" -> HostTemplates.virtualizedHost(name);
            default -> throw new IllegalArgumentException("no PlatSim template '" + id + "'");
        };
        platform.setName(name);
        return platform;
    }

    /** One socket, one NIC: the smallest platform that moves data. */
    public static Platform small(String name) {
        PlatformBuilder b = new PlatformBuilder(name);
        Platform p = b.platform();
        p.setDescription(SMALL.description());
        Socket s0 = b.socket(0, 4, PlatformBuilder.kib(1280), 20, PlatformBuilder.mib(6), 12);
        s0.getMemoryControllers().get(0).setChannels(2);
        s0.getMemoryControllers().get(0).setBandwidthGBps(46.9);
        b.numa(s0, 0, 32);
        RootComplex rc = b.rootComplex(s0, 1);
        Nic nic = F.createNic();
        nic.setName("nic0");
        nic.setLineRateGbps(25);
        nic.setInterruptVectors(8);
        p.getDevices().add(nic);
        b.link(rc.getRootPorts().get(0), nic, PcieGeneration.GEN3, 8);
        InterruptController apic = F.createInterruptController();
        apic.setName("apic");
        apic.getCores().addAll(s0.getCores());
        p.getInterruptControllers().add(apic);
        PlatformBuilder.route(p, "nic0-rx", nic, 0, s0.getCores().get(0), apic);
        DmaStream rx = F.createDmaStream();
        rx.setName("rx-packets");
        rx.setDevice(nic);
        rx.setDirection(DmaDirection.WRITE);
        rx.setRateGbps(20);
        p.getWorkloads().add(rx);
        return p;
    }

    /** The two-socket virtualized server of the example workspace. */
    public static Platform realistic(String name) {
        PlatformBuilder b = new PlatformBuilder(name);
        Platform p = b.platform();
        p.setDescription(REALISTIC.description());
        Socket s0 = b.socket(0, 28, PlatformBuilder.kib(1280), 20, PlatformBuilder.mib(42), 12);
        Socket s1 = b.socket(1, 28, PlatformBuilder.kib(1280), 20, PlatformBuilder.mib(42), 12);
        InterSocketLink upi = F.createInterSocketLink();
        upi.setName("upi0");
        upi.setSocketA(s0);
        upi.setSocketB(s1);
        p.getInterSocketLinks().add(upi);
        b.numa(s0, 0, 256);
        b.numa(s1, 256, 256);
        RootComplex rc0 = b.rootComplex(s0, 4);
        RootComplex rc1 = b.rootComplex(s1, 4);
        Iommu iommu = F.createIommu();
        iommu.setName("iommu0");
        iommu.setPostedInterrupts(true);
        iommu.setScalableMode(true);
        iommu.getCoveredRootComplexes().addAll(List.of(rc0, rc1));
        p.getIommus().add(iommu);

        Nic[] nics = b.sriovNic("nic100g", rc0.getRootPorts().get(0));
        Nic nic = nics[0];
        Nic vf = nics[1];
        NvmeDrive nvme = F.createNvmeDrive();
        nvme.setName("nvme0");
        p.getDevices().add(nvme);
        b.link(rc1.getRootPorts().get(0), nvme, PcieGeneration.GEN4, 4);
        Accelerator accel = F.createAccelerator();
        accel.setName("dsa0");
        accel.setPasidEnabled(true);
        accel.setAtsEnabled(true);
        accel.setPriEnabled(true);
        WorkQueue swq = F.createWorkQueue();
        swq.setName("dsa0-swq");
        swq.setMode(WorkQueueMode.SHARED);
        accel.getWorkQueues().add(swq);
        p.getDevices().add(accel);
        b.link(rc0.getRootPorts().get(1), accel, PcieGeneration.GEN4, 8);

        InterruptController apic = F.createInterruptController();
        apic.setName("x2apic");
        apic.getCores().addAll(s0.getCores());
        apic.getCores().addAll(s1.getCores());
        p.getInterruptControllers().add(apic);
        addVms(b, p, s0, nic, vf, apic);
        addWorkloads(p, s0, nic, nvme, swq);
        return p;
    }

    private static void addVms(PlatformBuilder b, Platform p, Socket s0, Nic nic, Nic vf, InterruptController apic) {
        List<Core> cores = s0.getCores();
        VirtualMachine web = b.vm("vm-virtio", cores.get(20), cores.get(21));
        DeviceAttachment virtio = attach(web, nic, AttachmentMode.VIRTIO);
        virtio.setBackendCore(cores.get(22));
        VirtualMachine db = b.vm("vm-passthrough", cores.get(24), cores.get(25));
        db.setPostedInterrupts(true);
        DeviceAttachment passthrough = attach(db, vf, AttachmentMode.PASSTHROUGH);
        PlatformBuilder.typicalExitCosts(web);
        PlatformBuilder.typicalExitCosts(db);
        PlatformBuilder.route(p, "nic100g-q0", nic, 0, cores.get(0), apic);
        MsiRoute vfRoute = PlatformBuilder.route(p, "nic100g-vf0-q0", vf, 0, null, apic);
        vfRoute.setTargetVcpu(db.getVcpus().get(0));
        for (VirtualMachine vm : List.of(web, db)) {
            RequestResponseFlow rr = F.createRequestResponseFlow();
            rr.setName(vm.getName() + "-rr");
            rr.setVm(vm);
            rr.setAttachment(vm == web ? virtio : passthrough);
            rr.setConcurrentFlows(16);
            p.getWorkloads().add(rr);
        }
    }

    private static void addWorkloads(Platform p, Socket s0, Nic nic, NvmeDrive nvme, WorkQueue swq) {
        DmaStream rx = F.createDmaStream();
        rx.setName("nic-rx");
        rx.setDevice(nic);
        rx.setRateGbps(80);
        p.getWorkloads().add(rx);
        DmaStream reads = F.createDmaStream();
        reads.setName("nvme-reads");
        reads.setDevice(nvme);
        reads.setDirection(DmaDirection.WRITE);
        reads.setSizeBytes(4096);
        reads.setMaxSizeBytes(4096);
        reads.setLoadMode(LoadMode.CLOSED_LOOP);
        reads.setOutstanding(32);
        // The drive sits on socket 1: its buffers in socket 1's memory, which starts at 256 GiB.
        reads.setBufferBaseAddress(256L << 30);
        p.getWorkloads().add(reads);
        Process app = F.createProcess();
        app.setName("copy-service");
        app.setPasid(42);
        p.getProcesses().add(app);
        WorkSubmission copies = F.createWorkSubmission();
        copies.setName("dsa-copies");
        copies.setWorkQueue(swq);
        copies.setProcess(app);
        copies.setSubmitters(8);
        p.getWorkloads().add(copies);
    }

    private static DeviceAttachment attach(VirtualMachine vm, Nic device, AttachmentMode mode) {
        DeviceAttachment attachment = F.createDeviceAttachment();
        attachment.setDevice(device);
        attachment.setMode(mode);
        vm.getAttachments().add(attachment);
        return attachment;
    }
}
