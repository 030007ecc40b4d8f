/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.templates.scenarios;

import java.util.Map;

import io.platsim.templates.PlatformBuilder;
import io.platsim.model.AttachmentMode;
import io.platsim.model.Bar;
import io.platsim.model.BarMemoryType;
import io.platsim.model.Core;
import io.platsim.model.CpuAccessKind;
import io.platsim.model.CpuAccessStream;
import io.platsim.model.DeviceAttachment;
import io.platsim.model.DmaDirection;
import io.platsim.model.DmaStream;
import io.platsim.model.Platform;
import io.platsim.model.SharedMemoryDevice;
import io.platsim.model.SnoopMode;
import io.platsim.model.VirtualMachine;

/**
 * Seed scenario 12, zero copy: a NIC receiving into the application's buffers against a kernel ring whose packets
 * a core copies out, and a VM and its host sharing memory through a shared-memory device's BAR.
 */
final class ZeroCopyScenarios {

    static final String FOLDER = "12-zero-copy";

    /** The neighbour's working set: what the LLC's other ways hold beside the NIC's ring. */
    private static final long NEIGHBOUR_BYTES = 18L << 20;

    private static final String RECEIVE = "A 100 Gb/s NIC receives 1500-byte packets at 100 Gb/s on 8 queues of 256 "
        + "buffers (a 4 MiB ring), each queue's core running the stack's receive work on each packet, 200 ns (what "
        + "Linux took to receive and drop a packet on one core of a Xeon E5-1650 v4: Hoiland-Jorgensen et al., 'The "
        + "eXpress Data Path', CoNEXT 2018). Core 12 meanwhile reads an 18 MiB working set at random, as fast as its "
        + "ten fill buffers let it (a thousand loads a microsecond offered; the 4 ms warm-up lets it bring the set "
        + "in): with the ring in the LLC's two DMA ways, the other ten ways (20 MiB) hold it. "
        + "Compare zero-copy (the NIC writes into the application's buffers: the cores only run the stack's work) "
        + "and kernel-ring-copy (the NIC writes into the kernel's ring and each packet's core copies it into the "
        + "application's 4 MiB of buffers, as a socket read does, line by line through its caches: "
        + "streams[].driver_work_fraction doubles, and the application's lines in the LLC push the neighbour's "
        + "out, so memory[].reads climb and cpu_streams[].latency_ns with them). ";

    private static final String SHARED = "A VM and its host share 1 MiB of host memory through a VMM's "
        + "shared-memory device (QEMU's ivshmem-plain): its BAR maps the memory into the guest, and the host maps the "
        + "same memory write-back. The guest, on core 4, writes 4-byte values at random places in it, 20 a "
        + "microsecond offered, and a host thread on core 8 reads them, 20 a microsecond. The guest's stores go "
        + "through its page tables straight to host memory: no exit and nothing on the bus. Compare "
        + "cpu_streams[] (latency_ns, throughput_gbps) and the core-to-core snoops: shared-bar-uncached (the guest's "
        + "driver maps the BAR uncached, as a PCI resource is by default, and the hypervisor honors it "
        + "(honorsGuestMemoryTypes; KVM on Intel does not by default, and makes the mapping write-back): each store is "
        + "a memory round trip, one at a time, that first takes away the host's cached copy, so the guest moves a "
        + "fraction of what it offers and the host's reads find memory's copy) and shared-bar-write-back (mapped "
        + "write-back: the guest's stores stay in its caches, and the host's reads take the lines from the guest's "
        + "core by modified snoops). ";

    private ZeroCopyScenarios() {
    }

    static void add(Map<String, Platform> models) {
        Scenarios.put(models, FOLDER, receive("zero-copy", false, "This variant: zero copy."));
        Scenarios.put(models, FOLDER, receive("kernel-ring-copy", true, "This variant: a copy out of the kernel's "
            + "ring."));
        Scenarios.put(models, FOLDER, shared("shared-bar-uncached", BarMemoryType.UNCACHED,
            "This variant: the guest maps the BAR uncached."));
        Scenarios.put(models, FOLDER, shared("shared-bar-write-back", BarMemoryType.WRITE_BACK,
            "This variant: the guest maps the BAR write-back."));
    }

    private static Platform shared(String name, BarMemoryType type, String variant) {
        ScenarioPlatform s = new ScenarioPlatform(name, SHARED + variant, 1, SnoopMode.HOME_SNOOP, false);
        VirtualMachine vm = s.builder.vm("guest", s.sockets[0].getCores().get(4));
        vm.setHonorsGuestMemoryTypes(type == BarMemoryType.UNCACHED);
        SharedMemoryDevice ivshmem = PlatformBuilder.F.createSharedMemoryDevice();
        ivshmem.setName("ivshmem0");
        ivshmem.setMemoryBaseAddress(64L << 30);
        Bar bar = PlatformBuilder.F.createBar();
        bar.setName("ivshmem0-bar2");
        bar.setSizeBytes(1L << 20);
        bar.setPrefetchable(true);
        bar.setMemoryType(type);
        ivshmem.getBars().add(bar);
        s.platform.getDevices().add(ivshmem);
        DeviceAttachment attachment = PlatformBuilder.F.createDeviceAttachment();
        attachment.setMode(AttachmentMode.EMULATED);
        attachment.setDevice(ivshmem);
        vm.getAttachments().add(attachment);
        s.platform.getWorkloads().add(sharedStream("guest-writes", s.sockets[0].getCores().get(4), bar,
            CpuAccessKind.WRITE));
        s.platform.getWorkloads().add(sharedStream("host-reads", s.sockets[0].getCores().get(8), bar,
            CpuAccessKind.READ));
        return s.platform;
    }

    private static CpuAccessStream sharedStream(String name, Core core, Bar bar, CpuAccessKind kind) {
        CpuAccessStream stream = PlatformBuilder.F.createCpuAccessStream();
        stream.setName(name);
        stream.setCore(core);
        stream.setBar(bar);
        stream.setKind(kind);
        stream.setAccessesPerUs(20);
        return stream;
    }

    private static Platform receive(String name, boolean copy, String variant) {
        ScenarioPlatform s = new ScenarioPlatform(name, RECEIVE + variant, 1, SnoopMode.HOME_SNOOP, false);
        s.nic.setQueuePairs(8);
        s.nic.setRxRingEntries(256);
        s.platform.getRunSettings().setWarmupUs(4000);
        DmaStream rx = s.nicStream("rx", DmaDirection.WRITE, 1500, 100, 0);
        rx.setBufferWindowBytes(4L << 20);
        rx.setDriverWorkNs(200);
        rx.setApplicationCopy(copy);
        rx.setInterruptEvery(0);
        CpuAccessStream neighbour = PlatformBuilder.F.createCpuAccessStream();
        neighbour.setName("neighbour");
        neighbour.setCore(s.sockets[0].getCores().get(12));
        neighbour.setKind(CpuAccessKind.READ);
        neighbour.setAccessesPerUs(1000);
        neighbour.setBufferBaseAddress(1L << 30);
        neighbour.setBufferWindowBytes(NEIGHBOUR_BYTES);
        s.platform.getWorkloads().add(neighbour);
        return s.platform;
    }
}
