/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.templates.scenarios;

import java.util.Map;

import io.platsim.templates.PlatformBuilder;
import io.platsim.model.AttachmentMode;
import io.platsim.model.Device;
import io.platsim.model.DeviceAttachment;
import io.platsim.model.ExitReason;
import io.platsim.model.MemoryRegistration;
import io.platsim.model.PageSize;
import io.platsim.model.Platform;
import io.platsim.model.RequestResponseFlow;
import io.platsim.model.SnoopMode;
import io.platsim.model.VirtualMachine;

/**
 * Seed scenario 11, kernel bypass in a VM: an RDMA NIC's virtual function passed through to a guest (the NIC's
 * table translates the guest's addresses to guest-physical ones, the IOMMU those to host-physical ones) against a
 * paravirtual RDMA device (the host registers the guest's memory with the NIC at host-physical addresses, each
 * registration a hypercall): the latency of an operation, and what registering costs and how often it exits.
 */
final class KernelBypassScenarios {

    static final String FOLDER = "11-kernel-bypass-vm";

    /** Entries of the NIC's translation cache: scenario 10's setting, as no RDMA NIC publishes it. */
    private static final int ENTRIES = 1024;
    /** Buffers each connection uses in turn: 4 connections x 1,024 x 8 KiB spread the operations over 32 MiB. */
    private static final int RING = 1024;

    private static final String COMMON = "A VM's application uses an RDMA NIC on a Gen4 x16 link with kernel bypass: "
        + "it posts work requests with a doorbell store to the NIC's page mapped into it and polls its completion "
        + "queue in memory, with no system call, no interrupt and, either way, no VM exit on the data path. The NIC "
        + "caches 1,024 translations of registered 4 KiB pages (scenario 10's setting). ";

    private static final String OPERATIONS = COMMON + "Four connections on the VM's two vCPUs answer 64-byte "
        + "requests with 64-byte responses after 0.5 µs of work, each request landing in the next of 1,024 buffers "
        + "of its connection (bufferRingEntries), so the operations touch 32 MiB, far beyond the NIC's cache and the "
        + "IOMMU's IOTLB. Compare flows[].transaction_ns and the iommu part of the NIC's transfers: "
        + "passthrough-vf-operations (the NIC's virtual function is the guest's own; the NIC's table holds "
        + "guest-physical addresses, and the IOMMU translates each of them, and the address of each table entry the "
        + "NIC reads on a miss, to host-physical ones: two stages, each missing), paravirtual-operations (the host "
        + "registered the guest's pages at their host-physical addresses and drives its NIC without DMA remapping: "
        + "one stage) and paravirtual-host-iommu-operations (the same, but the host's own DMA goes through the "
        + "IOMMU: the second stage is back, so it is the IOMMU's, not the VM's). Set bufferRingEntries to 1 and the "
        + "three take the same time. ";

    private static final String REGISTERING = COMMON + "The application registers 1 MiB and deregisters it again, "
        + "round after round. Compare the NIC's registration_ps and registration_exits in components[] and the "
        + "vm_exit trace: passthrough-vf-registering (the guest's driver pins its pages and writes guest-physical "
        + "addresses into the virtual function's table with no exit, and maps nothing: the VMM mapped all of guest "
        + "memory through the IOMMU when the VM started) and paravirtual-registering (each registration and "
        + "deregistration is a hypercall, a VMCALL exit at the VM's cost, and the host's driver pins the pages a "
        + "second time through the VMM's mapping before it registers them). Scenario 10's register-one-large and "
        + "register-one-large-iommu give the host's own figures. ";

    private KernelBypassScenarios() {
    }

    static void add(Map<String, Platform> models) {
        Scenarios.put(models, FOLDER, operations("passthrough-vf-operations", AttachmentMode.PASSTHROUGH, true,
            "This variant: a passed-through virtual function."));
        Scenarios.put(models, FOLDER, operations("paravirtual-operations", AttachmentMode.PARAVIRTUAL, false,
            "This variant: a paravirtual device, the host without DMA remapping."));
        Scenarios.put(models, FOLDER, operations("paravirtual-host-iommu-operations", AttachmentMode.PARAVIRTUAL, true,
            "This variant: a paravirtual device, the host's DMA through the IOMMU."));
        Scenarios.put(models, FOLDER, registering("passthrough-vf-registering", AttachmentMode.PASSTHROUGH,
            "This variant: a passed-through virtual function."));
        Scenarios.put(models, FOLDER, registering("paravirtual-registering", AttachmentMode.PARAVIRTUAL,
            "This variant: a paravirtual device."));
    }

    private static Platform operations(String name, AttachmentMode mode, boolean iommu, String variant) {
        ScenarioPlatform s = new ScenarioPlatform(name, OPERATIONS + variant, 1, SnoopMode.HOME_SNOOP, false);
        VirtualMachine vm = guest(s);
        DeviceAttachment attachment = attach(s, vm, mode, iommu);
        RequestResponseFlow rr = PlatformBuilder.F.createRequestResponseFlow();
        rr.setName("rdma-rr");
        rr.setVm(vm);
        rr.setAttachment(attachment);
        rr.setConcurrentFlows(4);
        rr.setRequestBytes(64);
        rr.setResponseBytes(64);
        rr.setServerTimeUs(0.5);
        rr.setPollCompletions(true);
        rr.setBufferRingEntries(RING);
        s.platform.getWorkloads().add(rr);
        return s.platform;
    }

    private static Platform registering(String name, AttachmentMode mode, String variant) {
        ScenarioPlatform s = new ScenarioPlatform(name, REGISTERING + variant, 1, SnoopMode.HOME_SNOOP, false);
        VirtualMachine vm = guest(s);
        attach(s, vm, mode, mode == AttachmentMode.PASSTHROUGH);
        MemoryRegistration registration = PlatformBuilder.F.createMemoryRegistration();
        registration.setName("registration");
        registration.setVm(vm);
        registration.setCore(vm.getVcpus().get(1).getPinnedTo());
        registration.setNic(s.nic);
        // The first round starts as the warm-up ends, so that it counts.
        registration.setStartUs(s.platform.getRunSettings().getWarmupUs());
        s.platform.getWorkloads().add(registration);
        return s.platform;
    }

    /** The VM, on cores 4 and 5, with scenario 2's exit costs; a hypercall costs the metamodel's default. */
    private static VirtualMachine guest(ScenarioPlatform s) {
        s.nic.setMemoryTranslationEntries(ENTRIES);
        VirtualMachine vm = s.builder.vm("guest", s.sockets[0].getCores().get(4), s.sockets[0].getCores().get(5));
        PlatformBuilder.exitCost(vm, ExitReason.EXTERNAL_INTERRUPT, 1500);
        PlatformBuilder.exitCost(vm, ExitReason.EPT_MISCONFIG, 4000);
        PlatformBuilder.exitCost(vm, ExitReason.MSR_ACCESS, 1200);
        return vm;
    }

    /**
     * The VM's RDMA device: the NIC's virtual function passed through (behind the IOMMU, which maps guest memory on
     * 4 KiB pages), or the NIC itself as a paravirtual device, behind the IOMMU or not.
     */
    private static DeviceAttachment attach(ScenarioPlatform s, VirtualMachine vm, AttachmentMode mode,
            boolean iommu) {
        Device device = s.nic;
        if (mode == AttachmentMode.PASSTHROUGH) {
            device = s.virtualFunction(vm, true);
        } else if (iommu) {
            s.iommu();
        }
        if (iommu) {
            s.platform.getIommus().get(0).setMappingPageSize(PageSize.SIZE_4K);
        }
        DeviceAttachment attachment = PlatformBuilder.F.createDeviceAttachment();
        attachment.setMode(mode);
        attachment.setDevice(device);
        vm.getAttachments().add(attachment);
        return attachment;
    }
}
