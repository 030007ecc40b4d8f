/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.templates.scenarios;

import static io.platsim.templates.PlatformBuilder.F;

import io.platsim.templates.PlatformBuilder;
import io.platsim.model.DmaDirection;
import io.platsim.model.DmaStream;
import io.platsim.model.HomeAgent;
import io.platsim.model.InterSocketLink;
import io.platsim.model.InterruptController;
import io.platsim.model.Iommu;
import io.platsim.model.Nic;
import io.platsim.model.PcieGeneration;
import io.platsim.model.PcieLink;
import io.platsim.model.Platform;
import io.platsim.model.RootComplex;
import io.platsim.model.SnoopMode;
import io.platsim.model.Socket;
import io.platsim.model.VirtualMachine;

/**
 * The platform the seed scenarios share: one or two 16-core Ice Lake-SP-class sockets (1.25 MiB L2 per core, a
 * 24 MiB 12-way LLC, the metamodel's memory controller), UPI between them, and a 100 Gb/s NIC on a Gen4 x16 root
 * port of socket 0 whose MSIs go to core 0; the root complex's second port is free for another device. Each
 * scenario adds its workloads and changes what it compares.
 */
final class ScenarioPlatform {

    /** Socket 1's memory starts here (NUMA ranges of 256 GiB each). */
    static final long SOCKET1_BASE = 256L << 30;

    final PlatformBuilder builder;
    final Platform platform;
    final Socket[] sockets;
    final RootComplex rootComplex;
    final Nic nic;
    final PcieLink nicLink;
    final InterruptController apic;

    ScenarioPlatform(String name, String description, int socketCount, SnoopMode mode, boolean ioDirectoryCache) {
        builder = new PlatformBuilder(name);
        platform = builder.platform();
        platform.setDescription(description);
        sockets = new Socket[socketCount];
        for (int s = 0; s < socketCount; s++) {
            sockets[s] = builder.socket(s, 16, PlatformBuilder.kib(1280), 20, PlatformBuilder.mib(24), 12);
            HomeAgent home = sockets[s].getHomeAgents().get(0);
            home.setSnoopMode(mode);
            home.setIoDirectoryCache(ioDirectoryCache && mode == SnoopMode.DIRECTORY);
            builder.numa(sockets[s], 256L * s, 256);
        }
        if (socketCount > 1) {
            InterSocketLink upi = F.createInterSocketLink();
            upi.setName("upi0");
            upi.setSocketA(sockets[0]);
            upi.setSocketB(sockets[1]);
            platform.getInterSocketLinks().add(upi);
        }
        rootComplex = builder.rootComplex(sockets[0], 2);
        nic = F.createNic();
        nic.setName("nic0");
        platform.getDevices().add(nic);
        nicLink = builder.link(rootComplex.getRootPorts().get(0), nic, PcieGeneration.GEN4, 16);
        apic = F.createInterruptController();
        apic.setName("apic");
        for (Socket socket : sockets) {
            apic.getCores().addAll(socket.getCores());
        }
        platform.getInterruptControllers().add(apic);
        PlatformBuilder.route(platform, "nic0-q0", nic, 0, sockets[0].getCores().get(0), apic);
    }

    /** A stream of the NIC: {@code size}-byte transfers at {@code gbps}, into or out of a buffer at {@code base}. */
    DmaStream nicStream(String name, DmaDirection direction, int size, double gbps, long base) {
        DmaStream stream = F.createDmaStream();
        stream.setName(name);
        stream.setDevice(nic);
        stream.setDirection(direction);
        stream.setSizeBytes(size);
        stream.setMaxSizeBytes(size);
        stream.setRateGbps(gbps);
        stream.setBufferBaseAddress(base);
        platform.getWorkloads().add(stream);
        return stream;
    }

    /**
     * The NIC's virtual function for {@code vm}, behind an IOMMU: its MSIs go to the VM's first vCPU, posted to it
     * when {@code posted} (the IOMMU and the VM both then post interrupts).
     */
    Nic virtualFunction(VirtualMachine vm, boolean posted) {
        Nic vf = F.createNic();
        vf.setName("nic0-vf0");
        vf.setPhysicalFunction(nic);
        nic.setVirtualFunctions(1);
        platform.getDevices().add(vf);
        iommu().setPostedInterrupts(posted);
        vm.setPostedInterrupts(posted);
        PlatformBuilder.route(platform, "nic0-vf0-q0", vf, 0, null, apic).setTargetVcpu(vm.getVcpus().get(0));
        return vf;
    }

    /** An IOMMU translating the NIC's root complex. */
    Iommu iommu() {
        Iommu iommu = F.createIommu();
        iommu.setName("iommu0");
        iommu.getCoveredRootComplexes().add(rootComplex);
        platform.getIommus().add(iommu);
        return iommu;
    }
}
