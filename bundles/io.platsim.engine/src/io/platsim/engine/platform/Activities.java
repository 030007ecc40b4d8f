/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.platform;

import io.platsim.engine.config.PlatformConfig;
import java.util.function.LongSupplier;

import io.platsim.engine.dma.DmaPath;
import io.platsim.engine.dma.DmaTransfers;
import io.platsim.engine.mmio.MmioPath;
import io.platsim.engine.kernel.EventHandler;
import io.platsim.engine.kernel.Simulator;
import io.platsim.engine.resource.HostCores;
import io.platsim.engine.socket.CpuAccessPath;
import io.platsim.engine.stats.MeasuredTime;
import io.platsim.engine.trace.TraceSink;
import io.platsim.engine.workload.GuestExits;
import io.platsim.engine.workload.MachineChecks;
import io.platsim.engine.workload.RequestResponseFlows;
import io.platsim.engine.workload.WorkQueues;

/**
 * The platform's activities beyond DMA and CPU streams, driven by their own kernel events: request/response
 * flows in VMs, submissions to accelerator work queues, and injected machine checks (which may end the run).
 */
final class Activities implements EventHandler {

    /** Event kinds. */
    static final int MACHINE_CHECK = 16;
    static final int FLOW = 17;
    static final int SUBMIT = 18;
    static final int ENGINE = 19;
    static final int PAGE_CHANGE = 20;
    static final int GUEST = 21;
    static final int KICK = 22;

    private final PlatformConfig config;
    final MachineChecks machineChecks;
    final RequestResponseFlows flows;
    final WorkQueues work;
    private final GuestExits guests;
    private Simulator sim;
    private int handler;

    Activities(PlatformConfig config, DmaPath[] paths, DmaTransfers transfers, CpuAccessPath cpu, MmioPath mmio,
            HostCores cores, TraceSink sink, LongSupplier clock, MeasuredTime measured) {
        this.config = config;
        machineChecks = new MachineChecks(config.machineChecks(), cores, sink);
        flows = new RequestResponseFlows(config.flows(), paths, transfers, cpu, mmio, cores, sink, measured, clock,
            new RequestResponseFlows.Events() {
                @Override
                public void request(int f, int conn, long atPs) {
                    sim.scheduleAt(atPs, 0, handler, FLOW, ((long) f << 32) | conn);
                }

                @Override
                public void kick(int f, int conn, long atPs) {
                    sim.scheduleAt(atPs, 0, handler, KICK, ((long) f << 32) | conn);
                }
            });
        guests = new GuestExits(config.flows(), flows, cores);
        work = new WorkQueues(config.work(), paths, transfers, sink, measured, config.seed() ^ 0x5DEECE66DL,
            (w, atPs) -> sim.scheduleAt(atPs, 0, handler, ENGINE, w));
    }

    /** Registers with {@code simulator} and schedules the first events there. */
    void start(Simulator simulator) {
        sim = simulator;
        handler = simulator.register(this);
        for (int f = 0; f < config.flows().size(); f++) {
            for (int conn = 0; conn < config.flows().get(f).flows(); conn++) {
                sim.scheduleAt(0, 0, handler, FLOW, ((long) f << 32) | conn);
            }
        }
        for (int f = 0; f < config.flows().size(); f++) {
            for (int kind = GuestExits.TIMER; kind <= GuestExits.HYPERCALL; kind++) {
                long interval = guests.intervalPs(f, kind);
                int vcpus = config.flows().get(f).vcpuCores().size();
                for (int v = 0; interval > 0 && v < vcpus; v++) {
                    // The vCPUs' events spread over the interval, each kind's phase apart from the others'.
                    long phase = interval * v / vcpus + interval * kind / (3L * vcpus);
                    sim.scheduleAt(phase, 0, handler, GUEST, (long) f << 32 | (long) v << 8 | kind);
                }
            }
        }
        for (int w = 0; w < config.work().size(); w++) {
            long interval = work.intervalPs(w);
            int submitters = Math.max(1, config.work().get(w).submitters());
            for (int s = 0; s < submitters; s++) {
                sim.scheduleAt(interval * s / submitters, 0, handler, SUBMIT, ((long) w << 32) | s);
            }
        }
        for (int w = 0; w < config.work().size(); w++) {
            long first = work.nextPageChangePs(w, 0);
            if (first >= 0) {
                sim.scheduleAt(first, 0, handler, PAGE_CHANGE, w);
            }
        }
        for (int i = 0; i < config.machineChecks().size(); i++) {
            sim.scheduleAt(config.machineChecks().get(i).atPs(), -2, handler, MACHINE_CHECK, i);
        }
    }

    /** Runs an event of one of this class's kinds. */
    @Override
    public void handle(int kind, long payload) {
        long now = sim.now();
        int first = (int) (payload >>> 32);
        switch (kind) {
            case FLOW -> flows.transact(first, (int) payload, now);
            case KICK -> flows.kicked(first, (int) payload, now);
            case SUBMIT -> {
                sim.scheduleAt(work.submit(first, (int) payload, now), 0, handler, SUBMIT, payload);
                dispatch(first, now);
            }
            case ENGINE -> dispatch((int) payload, now);
            case GUEST -> {
                int guestKind = (int) (payload & 0xFF);
                guests.fire(first, (int) (payload >>> 8 & 0xFFFFFF), guestKind, now);
                sim.scheduleAt(now + guests.intervalPs(first, guestKind), 0, handler, GUEST, payload);
            }
            case PAGE_CHANGE -> sim.scheduleAt(work.pageChange((int) payload, now), 0, handler, PAGE_CHANGE,
                payload);
            case MACHINE_CHECK -> {
                if (machineChecks.arrive((int) payload, now)) {
                    sim.stop();
                }
            }
            default -> throw new IllegalStateException("no activity event of kind " + kind);
        }
    }

    /** Idle engines of submission {@code w} take queued descriptors; each says when it is free again. */
    private void dispatch(int w, long now) {
        while (work.dispatch(w, now)) {
            continue;
        }
    }
}
