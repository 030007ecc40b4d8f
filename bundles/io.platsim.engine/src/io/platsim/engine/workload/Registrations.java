/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.workload;

import java.util.List;

import io.platsim.engine.config.FlowConfig.Attachment;
import io.platsim.engine.config.RegistrationConfig;
import io.platsim.engine.dma.DmaPath;
import io.platsim.engine.iommu.Iommu;
import io.platsim.engine.kernel.EventHandler;
import io.platsim.engine.kernel.Simulator;
import io.platsim.engine.resource.HostCore;
import io.platsim.engine.resource.HostCores;
import io.platsim.engine.socket.CpuAccessPath;
import io.platsim.engine.stats.MeasuredTime;
import io.platsim.engine.trace.TraceSink;
import io.platsim.engine.vm.ExitReason;

/**
 * Cores registering memory regions with RDMA NICs and deregistering them, round after round, as a registration
 * benchmark does. A registration takes its fixed time (the system call, the NIC's command) and pins each 4 KiB
 * page; the core then writes one 8-byte entry per NIC page into the NIC's translation table in its socket's memory,
 * line by line through its caches, and on a platform without DMA coherence flushes each line to memory so that the
 * NIC reads what was written; when an IOMMU covers the NIC, the region is mapped through it (without one the
 * entries hold the pages' physical addresses). A deregistration takes its fixed time, unpins each page and, with an
 * IOMMU, unmaps the region. A round is booked on the core's calendar; the NIC counts its regions and their time.
 * <p>
 * In a VM the attachment of the NIC decides who does the work. A passed-through virtual function is the guest's
 * own: its driver pins and writes guest-physical addresses, with no exit, and maps nothing (the VMM mapped all of
 * guest memory through the IOMMU when the VM started; the device's DMA then goes through that second stage). A
 * paravirtual device leaves the work to the host: the guest pins its pages and makes a hypercall (a VMCALL exit,
 * traced, and counted by the NIC), and the host's driver pins them again through the VMM's mapping and registers
 * them as a host registration does; deregistering is a hypercall too, the host unpinning before the guest does.
 */
public final class Registrations implements EventHandler {

    private static final int ROUND = 0;
    private static final long BASE_PAGE = 4096;

    private final List<RegistrationConfig> configs;
    private final Simulator sim;
    private final int handler;
    private final DmaPath[] paths;
    private final CpuAccessPath cpu;
    private final HostCores cores;
    private final boolean coherent;
    private final TraceSink sink;
    private final MeasuredTime measured;
    /** Each registration's hypercalls in the measured time. */
    private final long[] hypercalls;

    /** {@code coherent}: whether the platform snoops DMA at all. */
    public Registrations(List<RegistrationConfig> configs, Simulator sim, DmaPath[] paths, CpuAccessPath cpu,
            HostCores cores, boolean coherent, TraceSink sink, MeasuredTime measured) {
        this.sink = sink;
        this.measured = measured;
        hypercalls = new long[configs.size()];
        this.configs = configs;
        this.sim = sim;
        this.paths = paths;
        this.cpu = cpu;
        this.cores = cores;
        this.coherent = coherent;
        handler = sim.register(this);
    }

    /** The hypercalls of registration {@code index}'s rounds done in the measured time (VMCALL exits of its VM). */
    public long hypercalls(int index) {
        return hypercalls[index];
    }

    /** Schedules every registration's first round at its start. */
    public void start() {
        for (int i = 0; i < configs.size(); i++) {
            sim.scheduleAt(configs.get(i).rounds().startPs(), 1, handler, ROUND, i);
        }
    }

    @Override
    public void handle(int kind, long payload) {
        int index = (int) payload;
        RegistrationConfig c = configs.get(index);
        HostCore core = cores.core(c.registrar().socket(), c.registrar().core());
        long now = sim.now();
        long begin = core.startFor(now, 1);
        long t = begin;
        for (int r = 0; r < c.rounds().regions(); r++) {
            t = register(c, core, t, r);
        }
        for (int r = 0; r < c.rounds().regions(); r++) {
            t = deregister(c, core, t, r);
        }
        long end = core.booked(now, begin, t);
        // A paravirtual guest makes a hypercall to register each region and one to deregister it. The round's
        // rows and counts go as a transfer's do: a round the end cuts short has none (its work is not done).
        int exits = c.registrar().attachment() == Attachment.PARAVIRTUAL ? 2 * c.rounds().regions() : 0;
        if (end <= measured.endPs()) {
            for (int e = 0; e < exits; e++) {
                sink.vmExit(now, c.registrar().vm(), core.socket(), core.index(), ExitReason.VMCALL.ordinal(),
                    c.registrar().hypercallPs());
            }
        }
        if (measured.counts(now, end)) {
            paths[c.device()].node().registered(c.rounds().regions(), t - begin, exits);
            hypercalls[index] += exits;
        }
        sim.scheduleAt(Math.max(end, now + 1), 1, handler, ROUND, payload);
    }

    private long register(RegistrationConfig c, HostCore core, long atPs, int region) {
        DmaPath nic = paths[c.device()];
        long bytes = c.rounds().regionBytes();
        long pinning = bytes / BASE_PAGE * c.costs().pinPs();
        long t = atPs;
        if (c.registrar().attachment() == Attachment.PARAVIRTUAL) {
            // The guest pins its pages and hands them to the host; the host pins them again below.
            t = hypercall(c, t + pinning);
        }
        t += c.costs().registerPs() + pinning;
        int home = nic.rootSocket();
        boolean flushed = !coherent || !nic.device().coherent();
        long firstPage = nic.node().page(address(c, region));
        long lastPage = nic.node().page(address(c, region) + bytes - 1);
        for (long line = nic.entryLine(firstPage); line <= nic.entryLine(lastPage); line++) {
            t = cpu.access(t, core.socket(), core.index(), line, true, home);
            if (flushed) {
                // Cleaned to memory for the device (a driver's sync for a device that does not snoop): the dirty
                // line goes back to memory, and its copies stay, clean.
                t = nic.cacheMaintenance().clean(line, home, t);
            }
        }
        Iommu iommu = nic.iommu();
        return iommu != null && !iommu.identity() && !passedThrough(c) ? iommu.mapAt(t, core, bytes) : t;
    }

    private long deregister(RegistrationConfig c, HostCore core, long atPs, int region) {
        DmaPath nic = paths[c.device()];
        long bytes = c.rounds().regionBytes();
        long unpinning = bytes / BASE_PAGE * c.costs().unpinPs();
        boolean paravirtual = c.registrar().attachment() == Attachment.PARAVIRTUAL;
        long t = (paravirtual ? hypercall(c, atPs) : atPs) + c.costs().deregisterPs() + unpinning;
        Iommu iommu = nic.iommu();
        if (iommu != null && !iommu.identity() && !passedThrough(c)) {
            t = iommu.unmapAt(t, core, address(c, region), bytes, 0);
        }
        // The guest unpins its own pages once the host has let go of them.
        return paravirtual ? t + unpinning : t;
    }

    /** The VM's guest drives a passed-through virtual function itself: its memory is mapped once, at start. */
    private static boolean passedThrough(RegistrationConfig c) {
        return c.registrar().attachment() == Attachment.PASSTHROUGH;
    }

    /** The guest's hypercall to the host at {@code atPs}, a VMCALL exit on its core: returns when it is over. */
    private static long hypercall(RegistrationConfig c, long atPs) {
        return atPs + c.registrar().hypercallPs();
    }

    /** Where region {@code region} lies: the regions one after another from address 0. */
    private static long address(RegistrationConfig c, int region) {
        return region * c.rounds().regionBytes();
    }
}
