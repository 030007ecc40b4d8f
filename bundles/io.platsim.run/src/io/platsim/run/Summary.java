/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.run;

import static io.platsim.trace.analysis.RunSummary.rounded;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.platsim.compiler.CompiledPlatform;
import io.platsim.engine.component.Component;
import io.platsim.engine.component.ComponentSpec;
import io.platsim.engine.config.DmaStreamConfig;
import io.platsim.engine.platform.PlatformSimulation;
import io.platsim.engine.stats.LatencyHistogram;
import io.platsim.engine.stats.StreamStats;
import io.platsim.engine.trace.TraceSink;
import io.platsim.engine.vm.ExitReason;
import io.platsim.engine.workload.RequestResponseFlows;
import io.platsim.engine.workload.WorkQueues;
import io.platsim.trace.analysis.RunSummary;

/** Builds a run's {@link RunSummary} from its simulation: the headline figures (documented in docs/run-folder.md). */
final class Summary {

    private Summary() {
    }

    /** What the run in {@code sim} of {@code compiled} gave. */
    static RunSummary of(String model, CompiledPlatform compiled, PlatformSimulation sim, long[][] snoopsByDevice,
            boolean complete, double wallSeconds, double peakHeapMiB, long traceBytes, String stopped,
            Set<String> traceKinds) {
        long measuredPs = Math.max(0, sim.nowPs() - compiled.config().warmupPs());
        double measuredUs = measuredPs / 1e6;
        List<RunSummary.Device> devices = new ArrayList<>();
        for (int d = 0; d < compiled.deviceNames().size(); d++) {
            List<RunSummary.Stream> streams = new ArrayList<>();
            List<DmaStreamConfig> configs = compiled.config().streams();
            for (int s = 0; s < configs.size(); s++) {
                if (configs.get(s).device() == d) {
                    streams.add(stream(compiled.streamNames().get(s), configs.get(s), sim.stream(s), measuredPs));
                }
            }
            devices.add(new RunSummary.Device(compiled.deviceNames().get(d), streams, new RunSummary.Snoops(
                snoopsByDevice[d][TraceSink.SNOOP_MISS], snoopsByDevice[d][TraceSink.SNOOP_CLEAN],
                snoopsByDevice[d][TraceSink.SNOOP_MODIFIED]), rounded(sim.upstreamUtilisation(d))));
        }
        List<RunSummary.CpuStream> cpuStreams = new ArrayList<>();
        for (int c = 0; c < compiled.config().cpuStreams().size(); c++) {
            StreamStats stats = sim.cpuStream(c);
            cpuStreams.add(new RunSummary.CpuStream(compiled.config().cpuStreams().get(c).name(), stats.transfers(),
                stats.bytes(), rounded(measuredPs == 0 ? 0 : stats.bytes() * 8.0 / (measuredPs / 1000.0)),
                latency(stats.latency())));
        }
        List<RunSummary.PcieLink> links = new ArrayList<>();
        for (int l = 0; l < compiled.config().links().size(); l++) {
            links.add(new RunSummary.PcieLink(compiled.config().links().get(l).name(),
                rounded(sim.linkUtilisation(l)), rounded(sim.linkDownstreamUtilisation(l)), sim.linkBytes(l, true),
                sim.linkBytes(l, false), rounded(sim.linkStalledPs(l) / 1000.0)));
        }
        List<RunSummary.Memory> memory = new ArrayList<>();
        for (int s = 0; s < compiled.socketNames().size(); s++) {
            long hits = sim.llcDmaHits(s);
            long allocations = sim.llcDmaAllocations(s);
            memory.add(new RunSummary.Memory(compiled.socketNames().get(s), sim.memoryReads(s), sim.memoryWrites(s),
                rounded(sim.memoryQueuedPs(s) / 1000.0), hits, allocations,
                rounded(hits + allocations > 0 ? hits / (double) (hits + allocations) : 0), sim.llcWritebacks(s),
                sim.coreWritebacks(s), sim.backInvalidations(s)));
        }
        List<RunSummary.MachineCheck> checks = new ArrayList<>();
        for (int m = 0; m < compiled.config().machineChecks().size(); m++) {
            var check = compiled.config().machineChecks().get(m);
            checks.add(new RunSummary.MachineCheck(check.name(), rounded(check.atPs() / 1e6),
                sim.machineCheckOutcome(m).toLowerCase(Locale.ROOT)));
        }
        return new RunSummary(model, complete, stopped, compiled.config().seed(),
            rounded(compiled.config().warmupPs() / 1e6), rounded(measuredUs), rounded(wallSeconds),
            sim.eventsProcessed(), rounded(wallSeconds > 0 ? sim.eventsProcessed() / wallSeconds : 0),
            // The engine's speed: all the time it simulated, the warm-up's too, as its events and wall time are.
            rounded(wallSeconds > 0 ? sim.nowPs() / 1e6 / wallSeconds : 0), rounded(peakHeapMiB), traceBytes,
            rounded(measuredPs > 0 ? traceBytes / (measuredPs / 1e9) : 0), traceKinds.stream().sorted().toList(),
            devices, cpuStreams, new RunSummary.CoreSnoops(sim.coreSnoops(TraceSink.SNOOP_CLEAN),
                sim.coreSnoops(TraceSink.SNOOP_MODIFIED)), sim.interSocketBytes(), links,
            new RunSummary.Hazards(sim.hazards(TraceSink.HAZARD_MSI_BEFORE_DATA),
                sim.hazards(TraceSink.HAZARD_STALE_READ), sim.hazards(TraceSink.HAZARD_STALE_WRITE)),
            memory, flows(compiled, sim, measuredPs), vmExits(compiled, sim), workQueues(compiled, sim, measuredPs),
            checks, rounded(sim.shutdownPs() < 0 ? -1 : sim.shutdownPs() / 1e6), components(sim),
            List.copyOf(compiled.warnings()));
    }

    private static RunSummary.Stream stream(String name, DmaStreamConfig config, StreamStats stats, long measuredPs) {
        return new RunSummary.Stream(name, config.write() ? "write" : "read", stats.transfers(), stats.bytes(),
            rounded(measuredPs == 0 ? 0 : stats.deliveredBytes() * 8.0 / (measuredPs / 1000.0)),
            latency(stats.latency()), new RunSummary.Split(rounded(stats.meanLinkPs() / 1000),
                rounded(stats.meanIommuPs() / 1000), rounded(stats.meanCoherencePs() / 1000),
                rounded(stats.meanMemoryPs() / 1000), rounded(stats.meanDriverWaitPs() / 1000)),
            stats.flushes(), rounded(stats.flushPs() / 1000.0), stats.faults(), stats.bounced(),
            rounded(stats.bouncePs() / 1000.0), stats.interrupts(),
            // The share of its driver cores' time their own work and copies on its transfers took (mapping aside).
            rounded(measuredPs == 0 ? 0 : stats.driverPs() / ((double) measuredPs * Math.max(1, config.mapCores()))),
            latency(stats.interruptLatency()));
    }

    private static RunSummary.Latency latency(LatencyHistogram h) {
        return new RunSummary.Latency(h.count(), rounded(h.mean() / 1000), rounded(h.percentile(0.5) / 1000.0),
            rounded(h.percentile(0.9) / 1000.0), rounded(h.percentile(0.99) / 1000.0), rounded(h.max() / 1000.0));
    }

    private static List<RunSummary.Flow> flows(CompiledPlatform compiled, PlatformSimulation sim, long measuredPs) {
        List<RunSummary.Flow> list = new ArrayList<>();
        RequestResponseFlows flows = sim.flows();
        for (int f = 0; f < compiled.config().flows().size(); f++) {
            var flow = compiled.config().flows().get(f);
            long done = flows.transactions(f);
            Map<String, Long> exits = new LinkedHashMap<>();
            for (ExitReason reason : ExitReason.values()) {
                if (flows.exits(f, reason) > 0) {
                    exits.put(reason.key(), flows.exits(f, reason));
                }
            }
            list.add(new RunSummary.Flow(flow.name(), flow.attachment().name().toLowerCase(Locale.ROOT), done,
                rounded(measuredPs == 0 ? 0 : done / (measuredPs / 1e12)), latency(flows.latency(f)), exits,
                rounded(done == 0 ? 0 : (double) flows.exits(f) / done),
                rounded(done == 0 ? 0 : flows.backendPs(f) / 1e6 / done),
                rounded(done == 0 ? 0 : flows.mappingPs(f) / 1e6 / done)));
        }
        return list;
    }

    private static List<RunSummary.WorkQueue> workQueues(CompiledPlatform compiled, PlatformSimulation sim,
            long measuredPs) {
        List<RunSummary.WorkQueue> list = new ArrayList<>();
        WorkQueues work = sim.work();
        for (int w = 0; w < compiled.config().work().size(); w++) {
            list.add(new RunSummary.WorkQueue(compiled.config().work().get(w).name(), work.submitted(w),
                work.retried(w), work.completed(w),
                rounded(measuredPs == 0 ? 0 : work.completed(w) / (measuredPs / 1e12)), work.atsMisses(w),
                work.pageRequests(w), work.invalidations(w), latency(work.latency(w))));
        }
        return list;
    }

    private static List<RunSummary.Component> components(PlatformSimulation sim) {
        List<RunSummary.Component> list = new ArrayList<>();
        for (Component component : sim.netlist().components()) {
            ComponentSpec spec = component.spec();
            Map<String, String> params = new LinkedHashMap<>();
            for (ComponentSpec.Param param : spec.params()) {
                params.put(param.name(), param.display());
            }
            Map<String, Long> stats = new LinkedHashMap<>();
            for (ComponentSpec.Stat stat : spec.stats()) {
                stats.put(stat.name(), sim.statistic(stat));
            }
            list.add(new RunSummary.Component(spec.kind(), spec.name(), params, stats));
        }
        return list;
    }

    /**
     * Every VM's exits after warm-up by reason: its flows', its registrations' hypercalls, and a machine check taken as
     * a VM exit.
     */
    private static List<RunSummary.VmExits> vmExits(CompiledPlatform compiled, PlatformSimulation sim) {
        int reasons = ExitReason.values().length;
        long[][] exits = new long[compiled.vmNames().size()][reasons];
        for (int f = 0; f < compiled.config().flows().size(); f++) {
            int vm = compiled.config().flows().get(f).vm();
            for (int r = 0; vm >= 0 && r < reasons; r++) {
                exits[vm][r] += sim.flows().exits(f, ExitReason.of(r));
            }
        }
        for (int r = 0; r < compiled.config().registrations().size(); r++) {
            int vm = compiled.config().registrations().get(r).registrar().vm();
            if (vm >= 0) {
                exits[vm][ExitReason.VMCALL.ordinal()] += sim.registrationHypercalls(r);
            }
        }
        for (int m = 0; m < compiled.config().machineChecks().size(); m++) {
            int vm = compiled.config().machineChecks().get(m).vm();
            if (vm >= 0 && "VM_EXIT".equals(sim.machineCheckOutcome(m))
                    && compiled.config().machineChecks().get(m).atPs() >= compiled.config().warmupPs()) {
                exits[vm][ExitReason.MACHINE_CHECK.ordinal()]++;
            }
        }
        List<RunSummary.VmExits> list = new ArrayList<>();
        for (int vm = 0; vm < exits.length; vm++) {
            long total = 0;
            Map<String, Long> byReason = new LinkedHashMap<>();
            for (int r = 0; r < reasons; r++) {
                total += exits[vm][r];
                if (exits[vm][r] > 0) {
                    byReason.put(ExitReason.of(r).key(), exits[vm][r]);
                }
            }
            list.add(new RunSummary.VmExits(compiled.vmNames().get(vm), byReason, total));
        }
        return list;
    }
}
