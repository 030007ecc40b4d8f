/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.tests;

import static io.platsim.model.tests.Fixtures.named;
import static io.platsim.model.tests.ModelElements.core;
import static io.platsim.model.tests.ModelElements.nic;

import java.util.List;

import io.platsim.model.Bar;
import io.platsim.model.BarMemoryType;
import io.platsim.model.CpuAccessStream;
import io.platsim.model.MemoryRegistration;
import io.platsim.model.Platform;
import io.platsim.model.VirtualMachine;
import io.platsim.model.PlatsimFactory;

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
            new RuleCase("registration-vm", p -> registration(p).setCore(core(p, "s0c1")), "guest-registrations",
                "core", MmioRuleCases::registration));
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
