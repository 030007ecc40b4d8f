/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.platform;

import io.platsim.engine.config.PlatformConfig;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

import io.platsim.engine.component.ComponentSpec;
import io.platsim.engine.component.Netlist;
import io.platsim.engine.dma.DmaPath;
import io.platsim.engine.dma.DmaTransfers;
import io.platsim.engine.kernel.Simulator;
import io.platsim.engine.mmio.MmioPath;
import io.platsim.engine.pcie.DeviceConfig;
import io.platsim.engine.pcie.PcieFabric;
import io.platsim.engine.resource.HostCores;
import io.platsim.engine.socket.CpuAccessPath;
import io.platsim.engine.socket.HomeAgents;
import io.platsim.engine.socket.SocketModel;
import io.platsim.engine.stats.MeasuredTime;
import io.platsim.engine.stats.StreamStats;
import io.platsim.engine.trace.TraceSink;
import io.platsim.engine.workload.CpuStreams;
import io.platsim.engine.workload.DmaStreams;
import io.platsim.engine.workload.Registrations;
import io.platsim.engine.workload.RequestResponseFlows;
import io.platsim.engine.workload.WorkQueues;

/**
 * A platform under simulation: builds the models from a {@link PlatformConfig}, drives its DMA and CPU streams
 * on the kernel, and keeps statistics from the end of the warm-up on. Runs are deterministic: the same
 * configuration (seed included) gives the same records in the same order.
 */
public final class PlatformSimulation {

    private final PlatformConfig config;
    private final Simulator sim = new Simulator();
    private final SocketModel[] sockets;
    private final PlatformNetlist netlist;
    private final PcieFabric fabric;
    private final DmaPath[] paths;
    private final DmaTransfers transfers;
    private final DmaStreams streams;
    final long[] snoops = new long[3];
    final long[] hazards = new long[5];
    private final TraceSink sink;
    private final long warmupPs;
    /** The measured time: what counts, and where it ends when the run stops early. */
    private final MeasuredTime measured;
    private final CpuStreams cpuStreams;
    private final Registrations registrations;
    private final RunCounters counters;
    private final Activities activities;

    public PlatformSimulation(PlatformConfig config, TraceSink sink) {
        this.config = config;
        this.warmupPs = config.warmupPs();
        measured = new MeasuredTime(warmupPs, warmupPs + config.durationPs());
        this.sink = new WarmupGate(sink, warmupPs, this);
        sockets = new SocketModel[config.sockets().size()];
        for (int i = 0; i < sockets.length; i++) {
            sockets[i] = new SocketModel(i, config.sockets().get(i), sim.clock(), config.seed());
        }
        HostCores cores = new HostCores(sim.clock());
        netlist = new PlatformNetlist(config, sockets, sim.clock());
        fabric = new PcieFabric(config.links(), netlist.up, netlist.down);
        HomeAgents homes = new HomeAgents(sockets, netlist.interSocket);
        paths = new DmaPath[config.devices().size()];
        for (int i = 0; i < paths.length; i++) {
            paths[i] = new DmaPath(i, config.devices().get(i), netlist.devices[i], netlist.paths[i],
                netlist.deviceSockets[i], netlist.deviceIommus[i], fabric, sockets, netlist.interSocket,
                homes, config.dmaCoherent(), this.sink);
        }
        CpuAccessPath cpuPath = new CpuAccessPath(sockets, netlist.interSocket, homes);
        long[] rootComplexPs = config.devices().stream().mapToLong(DeviceConfig::rootComplexPs).toArray();
        MmioPath mmio = new MmioPath(sockets, netlist.interSocket, fabric, netlist.paths, netlist.deviceSockets,
            rootComplexPs);
        counters = new RunCounters(sockets, fabric, config.links().size(), cpuPath, netlist.netlist.components());
        transfers = new DmaTransfers(sim);
        // At the end of warm-up the run's counters take their starting values.
        sim.scheduleAt(warmupPs, -1, sim.register((kind, payload) -> counters.snapshot(sim.now())), 0, 0);
        activities = new Activities(config, paths, transfers, cpuPath, mmio, cores, this.sink, sim.clock(),
            measured);
        activities.start(sim);
        SplittableRandom seeds = new SplittableRandom(config.seed());
        streams = new DmaStreams(config, sim, transfers, paths, cpuPath, mmio, cores, this.sink, seeds,
            measured);
        cpuStreams = new CpuStreams(config.cpuStreams(), sim, cpuPath, mmio, cores,
            new SplittableRandom(seeds.nextLong()), measured);
        cpuStreams.start();
        registrations = new Registrations(config.registrations(), sim, paths, cpuPath, cores,
            config.dmaCoherent(), this.sink, measured);
        registrations.start();
    }

    /** Simulates warm-up and duration; reports progress (simulated ps) and stops early when cancelled. */
    public boolean run(LongConsumer progress, BooleanSupplier cancelled) {
        long end = warmupPs + config.durationPs();
        long slice = Math.max(1, end / 200);
        for (long until = Math.min(slice, end); ; until = Math.min(until + slice, end)) {
            sim.run(until);
            progress.accept(until);
            boolean ended = until >= end || activities.machineChecks.shutdownPs() >= 0;
            if (ended || cancelled.getAsBoolean()) {
                // What is done after the run stopped does not count, nor is it traced.
                measured.stoppedAt(sim.now());
                streams.ended();
                transfers.retireAll();
                counters.ended(sim.now());
                return ended;
            }
        }
    }

    // ---- results

    /** The platform's components (with their parameters, ports and statistics) and the links between them. */
    public Netlist netlist() {
        return netlist.netlist;
    }

    /** The request/response flows inside VMs, with their transactions and exits in the measured time. */
    public RequestResponseFlows flows() {
        return activities.flows;
    }

    /** The submissions to accelerator work queues, with their descriptors, retries and latencies. */
    public WorkQueues work() {
        return activities.work;
    }

    /** What became of machine check {@code index}: PENDING, HOST_HANDLED, VM_EXIT or SHUTDOWN. */
    public String machineCheckOutcome(int index) {
        return activities.machineChecks.outcome(index).name();
    }

    /** When a machine check shut the platform down, in ps; -1 when it did not. */
    public long shutdownPs() {
        return activities.machineChecks.shutdownPs();
    }

    /** How much a component's count grew after warm-up, like every other figure of the run; a level as it stands. */
    public long statistic(ComponentSpec.Stat stat) {
        return counters.statDelta(stat);
    }

    /** Index of the socket device {@code device} is attached to, found along its PCIe path. */
    public int deviceSocket(int device) {
        return netlist.deviceSockets[device];
    }

    /** The PCIe links from device {@code device} up to its root port, by index. */
    public int[] devicePath(int device) {
        return netlist.paths[device].clone();
    }

    public long eventsProcessed() {
        return sim.processed();
    }

    public long nowPs() {
        return sim.now();
    }

    public StreamStats stream(int index) {
        return streams.stats(index);
    }

    /**
     * A CPU access stream's accesses (as transfers of the stream's access size) and their latencies: those issued
     * after the warm-up and done by the end.
     */
    public StreamStats cpuStream(int index) {
        return cpuStreams.stats(index);
    }

    /** The hypercalls of registration {@code index}'s rounds done in the measured time (VMCALL exits of its VM). */
    public long registrationHypercalls(int index) {
        return registrations.hypercalls(index);
    }

    /** Snoops of one core by another core's access, by result, after warm-up. */
    public long coreSnoops(int result) {
        return counters.coreSnoops(result);
    }

    /** Bytes that crossed the inter-socket link after warm-up. */
    public long interSocketBytes() {
        return counters.interSocketBytes();
    }

    /** Snoops after warm-up by result ({@link TraceSink#SNOOP_CLEAN}, {@link TraceSink#SNOOP_MODIFIED}). */
    public long snoops(int result) {
        return snoops[result];
    }

    /** Hazards after warm-up by kind. */
    public long hazards(int kind) {
        return hazards[kind];
    }

    /** Memory line writes of a socket after warm-up (DMA, evictions from the DMA ways, flushes). */
    public long memoryWrites(int socket) {
        return counters.socketDelta(socket, 1);
    }

    /** Memory line reads of a socket after warm-up (DMA, CPU misses, directory reads). */
    public long memoryReads(int socket) {
        return counters.socketDelta(socket, 0);
    }

    /** Time a socket's memory accesses waited for a busy channel after warm-up, in ps. */
    public long memoryQueuedPs(int socket) {
        return counters.socketDelta(socket, 2);
    }

    /** LLC DMA ways of a socket after warm-up: writes that hit a line already there. */
    public long llcDmaHits(int socket) {
        return counters.socketDelta(socket, 3);
    }

    /** LLC DMA ways of a socket after warm-up: lines allocated. */
    public long llcDmaAllocations(int socket) {
        return counters.socketDelta(socket, 4);
    }

    /** Dirty lines a socket's LLC pushed out to memory after warm-up (DMA allocations and core victims alike). */
    public long llcWritebacks(int socket) {
        return counters.socketDelta(socket, 5);
    }

    /**
     * Lines a socket's private caches wrote back after warm-up: dirty victims, and modified lines another agent
     * read under MESI or MESIF (MOESI shares them Owned instead).
     */
    public long coreWritebacks(int socket) {
        return counters.socketDelta(socket, 6);
    }

    /** Lines an inclusive LLC took away from a socket's cores when it pushed them out, after warm-up. */
    public long backInvalidations(int socket) {
        return counters.socketDelta(socket, 7);
    }

    /** Utilisation of the upstream direction of a device's own link after warm-up, 0 to 1. */
    public double upstreamUtilisation(int device) {
        return counters.utilisation(paths[device].firstLink(), true, sim.now());
    }

    /** Utilisation of the upstream direction of link {@code link} after warm-up, 0 to 1. */
    public double linkUtilisation(int link) {
        return counters.utilisation(link, true, sim.now());
    }

    /** Utilisation of the downstream direction of link {@code link} after warm-up, 0 to 1. */
    public double linkDownstreamUtilisation(int link) {
        return counters.utilisation(link, false, sim.now());
    }

    /**
     * Time device-to-host TLPs were held back from link {@code link} after warm-up, waiting for the receiver's
     * flow-control credits or behind an earlier posted write they may not pass, in ps (summed over TLPs).
     */
    public long linkStalledPs(int link) {
        return counters.linkDelta(link, 4);
    }

    /** Bytes on the wire (TLPs with their overheads) a link carried up ({@code true}) or down after warm-up. */
    public long linkBytes(int link, boolean upstream) {
        return counters.linkDelta(link, upstream ? 2 : 3);
    }
}
