/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.validation.rules;

import static io.platsim.model.Fixtures.named;
import static io.platsim.model.validation.rules.ModelElements.core;
import static io.platsim.model.validation.rules.ModelElements.nic;

import java.util.List;

import io.platsim.model.AttachmentMode;
import io.platsim.model.Bar;
import io.platsim.model.BarMemoryType;
import io.platsim.model.CpuAccessStream;
import io.platsim.model.DmaStream;
import io.platsim.model.MemoryRegistration;
import io.platsim.model.Platform;
import io.platsim.model.VirtualMachine;
import io.platsim.model.PlatsimFactory;
import io.platsim.model.SharedMemoryDevice;

/** One failing and one passing case for each rule on BARs and the streams that read and write them. */
final class MmioRuleCases {

    private MmioRuleCases() {
    }

    static List<RuleCase> all() {
        return List.of(
            new RuleCase("bar-size", p -> bar(p).setSizeBytes(96 * 1024), "nic100g-bar0", "sizeBytes",
                p -> bar(p).setSizeBytes(16)),
            new RuleCase("bar-write-combining", p -> bar(p).setMemoryType(BarMemoryType.WRITE_COMBINING),
                "nic100g-bar0", "memoryType", p -> {
                    bar(p).setMemoryType(BarMemoryType.WRITE_COMBINING);
                    bar(p).setPrefetchable(true);
                }),
            new RuleCase("mmio-access", p -> stream(p).setAccessBytes(24), "registers", "accessBytes",
                p -> stream(p).setAccessBytes(64)),
            new RuleCase("mmio-fence-ignored", p -> stream(p).setFenceEvery(16), "registers", "fenceEvery", p -> {
                bar(p).setPrefetchable(true);
                bar(p).setMemoryType(BarMemoryType.WRITE_COMBINING);
                stream(p).setFenceEvery(16);
            }),
            new RuleCase("memory-translation-page", p -> nic(p, "nic100g").setMemoryTranslationPageBytes(3 * 4096),
                "nic100g", "memoryTranslationPageBytes",
                p -> nic(p, "nic100g").setMemoryTranslationPageBytes(2 << 20)),
            new RuleCase("shared-memory-bar", p -> bar(p).setMemoryType(BarMemoryType.WRITE_BACK), "nic100g-bar0",
                "memoryType", p -> {
                    bar(p).setMemoryType(BarMemoryType.WRITE_COMBINING);
                    bar(p).setPrefetchable(true);
                }),
            new RuleCase("shared-memory-bar", p -> sharedBar(p).setMemoryType(BarMemoryType.WRITE_COMBINING),
                "ivshmem0-bar2", "memoryType", p -> sharedBar(p).setMemoryType(BarMemoryType.WRITE_BACK)),
            new RuleCase("shared-memory-bar", p -> shared(p).setMemoryBaseAddress((512L << 30) - (1 << 19)),
                "ivshmem0", "memoryBaseAddress", p -> shared(p).setMemoryBaseAddress((512L << 30) - (1 << 20))),
            new RuleCase("cpu-shared-buffer", p -> stream(p).setSharedWith(nicRx(p)), "registers", "sharedWith",
                MmioRuleCases::sharer),
            new RuleCase("cpu-shared-buffer", p -> sharer(p).setBufferWindowBytes(4096), "consumer",
                "bufferWindowBytes", p -> sharer(p).setBufferWindowBytes(nicRx(p).getBufferWindowBytes())),
            new RuleCase("cpu-shared-buffer", p -> sharer(p).setBufferBaseAddress(1L << 30), "consumer",
                "bufferBaseAddress", p -> sharer(p).setBufferBaseAddress(nicRx(p).getBufferBaseAddress())),
            new RuleCase("registration-vm", p -> registration(p).setCore(core(p, "s0c1")), "guest-registrations",
                "core", MmioRuleCases::registration),
            new RuleCase("registration-vm", p -> vm(p).getAttachments().get(0).setMode(AttachmentMode.VIRTIO),
                "guest-registrations", "vm", p -> {
                    registration(p);
                    vm(p).getAttachments().get(0).setMode(AttachmentMode.PARAVIRTUAL);
                }));
    }

    private static DmaStream nicRx(Platform p) {
        return named(p, DmaStream.class, "nic-rx");
    }

    /** A core's stream reading what the NIC writes, sharing its buffer, added on first use. */
    private static CpuAccessStream sharer(Platform p) {
        for (var w : p.getWorkloads()) {
            if (w instanceof CpuAccessStream s && "consumer".equals(s.getName())) {
                return s;
            }
        }
        CpuAccessStream s = PlatsimFactory.eINSTANCE.createCpuAccessStream();
        s.setName("consumer");
        s.setCore(core(p, "s0c2"));
        s.setSharedWith(nicRx(p));
        p.getWorkloads().add(s);
        return s;
    }

    private static VirtualMachine vm(Platform p) {
        registration(p);
        return named(p, VirtualMachine.class, "vm-passthrough");
    }

    /** A shared-memory device with one 1 MiB BAR, added on first use. */
    private static SharedMemoryDevice shared(Platform p) {
        for (var d : p.getDevices()) {
            if (d instanceof SharedMemoryDevice s) {
                return s;
            }
        }
        SharedMemoryDevice s = PlatsimFactory.eINSTANCE.createSharedMemoryDevice();
        s.setName("ivshmem0");
        s.setMemoryBaseAddress(64L << 30);
        Bar bar = PlatsimFactory.eINSTANCE.createBar();
        bar.setName("ivshmem0-bar2");
        bar.setSizeBytes(1 << 20);
        bar.setPrefetchable(true);
        s.getBars().add(bar);
        p.getDevices().add(s);
        return s;
    }

    private static Bar sharedBar(Platform p) {
        return shared(p).getBars().get(0);
    }

    /** A registration by the passthrough VM's application, on its vCPU's core, added on first use. */
    private static MemoryRegistration registration(Platform p) {
        for (var w : p.getWorkloads()) {
            if (w instanceof MemoryRegistration r && "guest-registrations".equals(r.getName())) {
                return r;
            }
        }
        VirtualMachine vm = named(p, VirtualMachine.class, "vm-passthrough");
        MemoryRegistration r = PlatsimFactory.eINSTANCE.createMemoryRegistration();
        r.setName("guest-registrations");
        r.setVm(vm);
        r.setCore(vm.getVcpus().get(0).getPinnedTo());
        r.setNic(nic(p, "nic100g"));
        p.getWorkloads().add(r);
        return r;
    }

    private static Bar bar(Platform p) {
        return named(p, Bar.class, "nic100g-bar0");
    }

    /** The stream of a core reading and writing the NIC's registers, added on first use. */
    private static CpuAccessStream stream(Platform p) {
        for (var w : p.getWorkloads()) {
            if (w instanceof CpuAccessStream s && "registers".equals(s.getName())) {
                return s;
            }
        }
        CpuAccessStream s = PlatsimFactory.eINSTANCE.createCpuAccessStream();
        s.setName("registers");
        s.setCore(core(p, "s0c1"));
        s.setBar(bar(p));
        p.getWorkloads().add(s);
        return s;
    }
}
