/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.validation.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;

import io.platsim.model.AttachmentMode;
import io.platsim.model.Core;
import io.platsim.model.Device;
import io.platsim.model.DeviceAttachment;
import io.platsim.model.ExitCost;
import io.platsim.model.ExitReason;
import io.platsim.model.Iommu;
import io.platsim.model.MemoryRegistration;
import io.platsim.model.Platform;
import io.platsim.model.PlatsimPackage.Literals;
import io.platsim.model.VirtualCpu;
import io.platsim.model.VirtualMachine;
import io.platsim.model.Workload;
import io.platsim.model.query.Fabric;
import io.platsim.model.validation.Problems;
import io.platsim.model.validation.Rule;

/** Rules on VMs, vCPUs, device assignment, exit costs and registrations made from VMs. */
public final class VirtualizationRules {

    private VirtualizationRules() {
    }

    public static List<Rule> rules() {
        return List.of(
            Rule.error("vcpu-pinned", "Every vCPU is pinned to a core of this platform.", (p, out) -> {
                for (VirtualMachine vm : p.getVms()) {
                    for (VirtualCpu v : vm.getVcpus()) {
                        if (!Checks.inPlatform(p, v.getPinnedTo())) {
                            out.report(v, Literals.VIRTUAL_CPU__PINNED_TO, "is not pinned to a core of this platform");
                        }
                    }
                }
            }),
            Rule.error("vcpu-core-exclusive", "No core runs vCPUs of two VMs, or two vCPUs.",
                VirtualizationRules::exclusiveCores),
            Rule.error("exit-costs", "A VM gives each exit reason one cost, of 0 ns or more.", (p, out) -> {
                for (VirtualMachine vm : p.getVms()) {
                    Checks.unique(vm.getExitCosts(), ExitCost::getReason, Literals.EXIT_COST__REASON, out,
                        "exit reason");
                    vm.getExitCosts().stream().filter(c -> c.getCostNs() < 0).forEach(c -> out.report(c,
                        Literals.EXIT_COST__COST_NS, "an exit cannot cost less than 0 ns"));
                }
            }),
            Rule.error("guest-rates", "A guest's timer, IPIs and hypercalls come 0, or 0.001 to 1,000,000 times a "
                + "second, and their exits take less than all of a vCPU's time.", VirtualizationRules::guestRates),
            Rule.error("posted-needs-apicv", "Posted interrupts need APIC virtualization.", (p, out) ->
                p.getVms().stream().filter(vm -> vm.isPostedInterrupts() && !vm.isApicVirtualization())
                    .forEach(vm -> out.report(vm, Literals.VIRTUAL_MACHINE__POSTED_INTERRUPTS, "posted interrupts "
                        + "are delivered through the virtual APIC; turn APIC virtualization on or posting off"))),
            Rule.error("attachment-device", "An attachment names a device of this platform, passed through once.",
                VirtualizationRules::attachments),
            Rule.warning("posted-interrupts-support", "A VM asking for posted interrupts has an IOMMU that posts.",
                VirtualizationRules::postedSupport),
            Rule.error("registration-vm", "A registration in a VM runs on a core one of its vCPUs is pinned to, "
                + "and the VM has the NIC (or a virtual function of it) passed through or paravirtual.",
                VirtualizationRules::registrations));
    }

    private static void exclusiveCores(Platform p, Problems out) {
        Map<Core, VirtualCpu> owner = new HashMap<>();
        for (VirtualMachine vm : p.getVms()) {
            for (VirtualCpu v : vm.getVcpus()) {
                if (v.getPinnedTo() == null) {
                    continue;
                }
                VirtualCpu first = owner.putIfAbsent(v.getPinnedTo(), v);
                if (first != null) {
                    out.report(v, Literals.VIRTUAL_CPU__PINNED_TO, Checks.name(v.getPinnedTo())
                        + " already runs " + Checks.name(first) + " of " + Checks.name(first.eContainer()));
                }
            }
        }
    }

    private static void attachments(Platform p, Problems out) {
        Map<Device, DeviceAttachment> passedThrough = new HashMap<>();
        for (VirtualMachine vm : p.getVms()) {
            for (DeviceAttachment a : vm.getAttachments()) {
                if (!Checks.inPlatform(p, a.getDevice())) {
                    out.report(a, Literals.DEVICE_ATTACHMENT__DEVICE, "names no device of this platform");
                } else if (a.getMode() == AttachmentMode.PASSTHROUGH) {
                    DeviceAttachment first = passedThrough.putIfAbsent(a.getDevice(), a);
                    if (first != null) {
                        out.report(a, Literals.DEVICE_ATTACHMENT__DEVICE, Checks.name(a.getDevice())
                            + " is already passed through to " + Checks.name(first.eContainer()));
                    }
                }
            }
        }
    }

    private static void registrations(Platform p, Problems out) {
        for (Workload w : p.getWorkloads()) {
            if (!(w instanceof MemoryRegistration r) || r.getVm() == null || r.getNic() == null) {
                continue;
            }
            VirtualMachine vm = r.getVm();
            if (!Checks.inPlatform(p, vm)) {
                out.report(r, Literals.MEMORY_REGISTRATION__VM, "names no VM of this platform");
            } else if (vm.getVcpus().stream().noneMatch(v -> v.getPinnedTo() == r.getCore())) {
                out.report(r, Literals.MEMORY_REGISTRATION__CORE, Checks.name(r.getCore()) + " runs no vCPU of "
                    + Checks.name(vm) + "; name a core one of its vCPUs is pinned to");
            } else if (vm.getAttachments().stream().noneMatch(a -> rdma(a, r.getNic()))) {
                out.report(r, Literals.MEMORY_REGISTRATION__VM, Checks.name(vm) + " has " + Checks.name(r.getNic())
                    + " neither passed through (itself or a virtual function of it) nor paravirtual; an emulated or "
                    + "virtio device registers no memory with the NIC");
            }
        }
    }

    /** Whether attachment {@code a} gives its VM RDMA on {@code nic}: passed through, or paravirtual. */
    private static boolean rdma(DeviceAttachment a, Device nic) {
        Device d = a.getDevice();
        boolean same = d == nic || d != null && d.getPhysicalFunction() == nic;
        return same && (a.getMode() == AttachmentMode.PASSTHROUGH || a.getMode() == AttachmentMode.PARAVIRTUAL);
    }

    private static void postedSupport(Platform p, Problems out) {
        for (VirtualMachine vm : p.getVms()) {
            if (!vm.isPostedInterrupts()) {
                continue;
            }
            for (DeviceAttachment a : vm.getAttachments()) {
                if (a.getMode() != AttachmentMode.PASSTHROUGH || !Checks.inPlatform(p, a.getDevice())) {
                    continue;
                }
                List<Iommu> iommus = Fabric.iommusOf(p, a.getDevice());
                if (!iommus.isEmpty() && iommus.stream().noneMatch(Iommu::isPostedInterrupts)) {
                    out.report(vm, Literals.VIRTUAL_MACHINE__POSTED_INTERRUPTS, "asks for posted interrupts but "
                        + Checks.name(iommus.get(0)) + " in front of " + Checks.name(a.getDevice())
                        + " does not post them; interrupts will exit");
                }
            }
        }
    }

    private static void guestRates(Platform p, Problems out) {
        for (VirtualMachine vm : p.getVms()) {
            boolean ok = rate(vm, vm.getTimerHz(), Literals.VIRTUAL_MACHINE__TIMER_HZ, "timer interrupts", out)
                & rate(vm, vm.getIpisPerSecond(), Literals.VIRTUAL_MACHINE__IPIS_PER_SECOND, "IPIs", out)
                & rate(vm, vm.getHypercallsPerSecond(), Literals.VIRTUAL_MACHINE__HYPERCALLS_PER_SECOND,
                    "hypercalls", out);
            if (!ok) {
                continue;
            }
            // The busiest vCPU's share of time in these exits: a tick's two (three without APICv), an IPI's sender's
            // one and, without APICv, its target's two, a hypercall's one.
            boolean apicv = vm.isApicVirtualization();
            double busy = vm.getTimerHz() * (cost(vm, ExitReason.PREEMPTION_TIMER)
                + cost(vm, ExitReason.MSR_ACCESS) * (apicv ? 1 : 2))
                + vm.getIpisPerSecond() * (cost(vm, ExitReason.MSR_ACCESS) * (apicv ? 1 : 2)
                    + (apicv ? 0 : cost(vm, ExitReason.EXTERNAL_INTERRUPT)))
                + vm.getHypercallsPerSecond() * cost(vm, ExitReason.VMCALL);
            if (busy >= 1) {
                out.report(vm, Literals.VIRTUAL_MACHINE__TIMER_HZ, String.format(Locale.ROOT, "the guest's timer, "
                    + "IPIs and hypercalls would keep each vCPU in exits %.0f%% of the time; lower their rates",
                    100 * busy));
            }
        }
    }

    /** What an exit for {@code reason} costs {@code vm}, in seconds (the metamodel's default when not given). */
    private static double cost(VirtualMachine vm, ExitReason reason) {
        return vm.getExitCosts().stream().filter(c -> c.getReason() == reason).mapToDouble(ExitCost::getCostNs)
            .findFirst().orElse((Double) Literals.EXIT_COST__COST_NS.getDefaultValue()) * 1e-9;
    }

    private static boolean rate(VirtualMachine vm, double perSecond, EAttribute field, String what, Problems out) {
        if (!(perSecond == 0 || perSecond >= 1e-3 && perSecond <= 1e6)) {
            out.report(vm, field, perSecond + " " + what + " a second per vCPU is outside 0.001 to 1,000,000 (or 0)");
            return false;
        }
        return true;
    }
}
