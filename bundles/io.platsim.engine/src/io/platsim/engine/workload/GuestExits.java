/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.workload;

import java.util.List;

import io.platsim.engine.config.FlowConfig;
import io.platsim.engine.config.FlowConfig.Guest;
import io.platsim.engine.resource.HostCores;
import io.platsim.engine.vm.ExitReason;

/**
 * The exits a guest takes besides its I/O, on each vCPU of a flow's VM, each on the vCPU's core between its
 * transactions' work:
 * <ul>
 * <li>a timer interrupt: the preemption timer standing for the guest's TSC deadline expires (PREEMPTION_TIMER),
 * and the guest's write re-arming it exits (MSR_ACCESS);</li>
 * <li>an IPI to the next vCPU: the sender's ICR write exits (MSR_ACCESS); the target takes it posted with APIC
 * virtualization, else it exits for the interrupt (EXTERNAL_INTERRUPT);</li>
 * <li>a hypercall (VMCALL).</li>
 * </ul>
 * Without APIC virtualization, every interrupt the guest takes ends with an EOI write that exits (MSR_ACCESS).
 * Each kind comes at its own fixed interval, the vCPUs' phases spread over it, so runs stay deterministic. Exits
 * count, and are traced, with the exits of the VM's first flow.
 */
public final class GuestExits {

    /** Kinds of guest events. */
    public static final int TIMER = 0;
    static final int IPI = 1;
    public static final int HYPERCALL = 2;

    private final List<FlowConfig> flows;
    private final RequestResponseFlows exits;
    private final HostCores cores;

    public GuestExits(List<FlowConfig> flows, RequestResponseFlows exits, HostCores cores) {
        this.cores = cores;
        this.flows = flows;
        this.exits = exits;
    }

    /** The interval of guest events of {@code kind} on flow {@code f}'s vCPUs, 0 for none. */
    public long intervalPs(int f, int kind) {
        FlowConfig c = flows.get(f);
        if (c.vm() < 0 || c.vcpuCores().isEmpty() || !firstOfItsVm(f)) {
            return 0;
        }
        Guest g = c.guest();
        return switch (kind) {
            case TIMER -> g.timerPs();
            case IPI -> c.vcpuCores().size() > 1 ? g.ipiPs() : 0;
            case HYPERCALL -> g.hypercallPs();
            default -> throw new IllegalArgumentException("no guest event of kind " + kind);
        };
    }

    /** Only a VM's first flow drives its guest's own exits: its vCPUs are the same for every flow. */
    private boolean firstOfItsVm(int f) {
        for (int other = 0; other < f; other++) {
            if (flows.get(other).vm() == flows.get(f).vm()) {
                return false;
            }
        }
        return true;
    }

    /** A guest event of {@code kind} on vCPU {@code vcpu} of flow {@code f}'s VM at {@code nowPs}. */
    public void fire(int f, int vcpu, int kind, long nowPs) {
        FlowConfig c = flows.get(f);
        boolean apicv = c.guest().apicv();
        int core = c.vcpuCores().get(vcpu);
        switch (kind) {
            case TIMER -> {
                long begin = onCore(c, core, nowPs);
                long t = exits.exit(f, ExitReason.PREEMPTION_TIMER, core, begin);
                t = exits.exit(f, ExitReason.MSR_ACCESS, core, t);
                finish(c, core, nowPs, begin, apicv ? t : exits.exit(f, ExitReason.MSR_ACCESS, core, t));
            }
            case IPI -> {
                long begin = onCore(c, core, nowPs);
                long sent = finish(c, core, nowPs, begin, exits.exit(f, ExitReason.MSR_ACCESS, core, begin));
                if (!apicv) {
                    // The target is told once the sender's ICR write is done.
                    int target = c.vcpuCores().get((vcpu + 1) % c.vcpuCores().size());
                    long u = onCore(c, target, sent);
                    long taken = exits.exit(f, ExitReason.EXTERNAL_INTERRUPT, target, u);
                    finish(c, target, sent, u, exits.exit(f, ExitReason.MSR_ACCESS, target, taken));
                }
            }
            case HYPERCALL -> {
                long t = onCore(c, core, nowPs);
                finish(c, core, nowPs, t, exits.exit(f, ExitReason.VMCALL, core, t));
            }
            default -> throw new IllegalArgumentException("no guest event of kind " + kind);
        }
    }

    /** When vCPU core {@code core} of the flow's socket is free to take an event ready at {@code readyPs}. */
    private long onCore(FlowConfig c, int core, long readyPs) {
        return cores.core(c.socket(), core).startFor(readyPs, 1);
    }

    /** Books the core for the work from {@code begin} to {@code end}, ready at {@code readyPs}; returns its end. */
    private long finish(FlowConfig c, int core, long readyPs, long begin, long end) {
        return cores.core(c.socket(), core).booked(readyPs, begin, end);
    }
}
