/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.run;

import java.util.List;
import java.util.Set;
import java.util.Locale;

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

/** Writes {@code summary.json}: the headline figures of a run (documented in docs/run-folder.md). */
final class Summary {

    private Summary() {
    }

    static String json(String model, CompiledPlatform compiled, PlatformSimulation sim, long[][] snoopsByDevice,
            boolean complete, double wallSeconds, double peakHeapMiB, long traceBytes, String stopped,
            Set<String> traceKinds) {
        Json json = new Json().open(null);
        long measuredPs = Math.max(0, sim.nowPs() - compiled.config().warmupPs());
        json.put("model", model).put("complete", complete);
        if (stopped != null) {
            json.put("stopped", stopped);
        }
        json.put("seed", compiled.config().seed())
            .put("warmup_us", compiled.config().warmupPs() / 1e6).put("simulated_us", measuredPs / 1e6)
            .put("wall_seconds", wallSeconds).put("engine_events", sim.eventsProcessed())
            .put("engine_events_per_second", wallSeconds > 0 ? sim.eventsProcessed() / wallSeconds : 0)
            .put("simulated_us_per_wall_second", wallSeconds > 0 ? measuredPs / 1e6 / wallSeconds : 0)
            .put("peak_heap_mib", peakHeapMiB).put("trace_bytes", traceBytes)
            .put("trace_bytes_per_simulated_ms", measuredPs > 0 ? traceBytes / (measuredPs / 1e9) : 0);
        json.array("traces");
        traceKinds.stream().sorted().forEach(kind -> json.put(null, kind));
        json.close();
        json.array("devices");
        for (int d = 0; d < compiled.deviceNames().size(); d++) {
            json.open(null).put("name", compiled.deviceNames().get(d));
            json.array("streams");
            List<DmaStreamConfig> streams = compiled.config().streams();
            for (int s = 0; s < streams.size(); s++) {
                if (streams.get(s).device() == d) {
                    stream(json, compiled.streamNames().get(s), streams.get(s), sim.stream(s), measuredPs);
                }
            }
            json.close();
            json.open("snoops").put("miss", snoopsByDevice[d][TraceSink.SNOOP_MISS])
                .put("clean_hit", snoopsByDevice[d][TraceSink.SNOOP_CLEAN])
                .put("modified_hit", snoopsByDevice[d][TraceSink.SNOOP_MODIFIED]).close();
            json.put("upstream_link_utilisation", sim.upstreamUtilisation(d));
            json.close();
        }
        json.close();
        json.array("cpu_streams");
        for (int c = 0; c < compiled.config().cpuStreams().size(); c++) {
            StreamStats stats = sim.cpuStream(c);
            json.open(null).put("name", compiled.config().cpuStreams().get(c).name())
                .put("accesses", stats.transfers());
            latency(json, "latency_ns", stats.latency());
            json.close();
        }
        json.close();
        json.open("core_snoops").put("clean_hit", sim.coreSnoops(TraceSink.SNOOP_CLEAN))
            .put("modified_hit", sim.coreSnoops(TraceSink.SNOOP_MODIFIED)).close();
        json.put("inter_socket_bytes", sim.interSocketBytes());
        json.array("pcie_links");
        for (int l = 0; l < compiled.config().links().size(); l++) {
            json.open(null).put("name", compiled.config().links().get(l).name())
                .put("upstream_utilisation", sim.linkUtilisation(l))
                .put("downstream_utilisation", sim.linkDownstreamUtilisation(l))
                .put("upstream_wire_bytes", sim.linkBytes(l, true))
                .put("downstream_wire_bytes", sim.linkBytes(l, false))
                .put("upstream_stalled_ns", sim.linkStalledPs(l) / 1000.0).close();
        }
        json.close();
        json.open("hazards").put("msi_before_data", sim.hazards(TraceSink.HAZARD_MSI_BEFORE_DATA))
            .put("stale_read", sim.hazards(TraceSink.HAZARD_STALE_READ))
            .put("stale_write", sim.hazards(TraceSink.HAZARD_STALE_WRITE)).close();
        json.array("memory");
        for (int s = 0; s < compiled.socketNames().size(); s++) {
            long hits = sim.llcDmaHits(s);
            long allocations = sim.llcDmaAllocations(s);
            json.open(null).put("socket", compiled.socketNames().get(s)).put("line_reads", sim.memoryReads(s))
                .put("line_writes", sim.memoryWrites(s)).put("queued_ns", sim.memoryQueuedPs(s) / 1000.0)
                .put("llc_dma_hits", hits).put("llc_dma_allocations", allocations)
                .put("llc_dma_hit_fraction", hits + allocations > 0 ? hits / (double) (hits + allocations) : 0)
                .put("llc_writebacks", sim.llcWritebacks(s)).put("core_writebacks", sim.coreWritebacks(s))
                .put("back_invalidations", sim.backInvalidations(s)).close();
        }
        json.close();
        json.array("flows");
        RequestResponseFlows flows = sim.flows();
        for (int f = 0; f < compiled.config().flows().size(); f++) {
            var flow = compiled.config().flows().get(f);
            long done = flows.transactions(f);
            json.open(null).put("name", flow.name())
                .put("attachment", flow.attachment().name().toLowerCase(Locale.ROOT)).put("transactions", done)
                .put("transactions_per_second", measuredPs == 0 ? 0 : done / (measuredPs / 1e12));
            latency(json, "transaction_ns", flows.latency(f));
            json.open("exits");
            for (ExitReason reason : ExitReason.values()) {
                if (flows.exits(f, reason) > 0) {
                    json.put(reason.key(), flows.exits(f, reason));
                }
            }
            json.close().put("exits_per_transaction", done == 0 ? 0 : (double) flows.exits(f) / done)
                .put("backend_us_per_transaction", done == 0 ? 0 : flows.backendPs(f) / 1e6 / done)
                .put("mapping_us_per_transaction", done == 0 ? 0 : flows.mappingPs(f) / 1e6 / done).close();
        }
        json.close();
        vmExits(json, compiled, sim);
        json.array("work_queues");
        WorkQueues work = sim.work();
        for (int w = 0; w < compiled.config().work().size(); w++) {
            json.open(null).put("name", compiled.config().work().get(w).name())
                .put("submitted", work.submitted(w)).put("retries", work.retried(w))
                .put("completed", work.completed(w))
                .put("descriptors_per_second", measuredPs == 0 ? 0 : work.completed(w) / (measuredPs / 1e12))
                .put("ats_misses", work.atsMisses(w)).put("page_requests", work.pageRequests(w))
                .put("device_tlb_invalidations", work.invalidations(w));
            latency(json, "descriptor_ns", work.latency(w));
            json.close();
        }
        json.close();
        json.array("machine_checks");
        for (int m = 0; m < compiled.config().machineChecks().size(); m++) {
            var check = compiled.config().machineChecks().get(m);
            json.open(null).put("name", check.name()).put("at_us", check.atPs() / 1e6)
                .put("outcome", sim.machineCheckOutcome(m).toLowerCase(Locale.ROOT)).close();
        }
        json.close();
        json.put("shutdown_at_us", sim.shutdownPs() < 0 ? -1 : sim.shutdownPs() / 1e6);
        json.array("components");
        for (Component component : sim.netlist().components()) {
            ComponentSpec spec = component.spec();
            json.open(null).put("kind", spec.kind()).put("name", spec.name()).open("params");
            for (ComponentSpec.Param param : spec.params()) {
                json.put(param.name(), param.display());
            }
            json.close().open("stats");
            for (ComponentSpec.Stat stat : spec.stats()) {
                json.put(stat.name(), sim.statistic(stat));
            }
            json.close().close();
        }
        json.close();
        json.array("warnings");
        for (String warning : compiled.warnings()) {
            json.put(null, warning);
        }
        json.close();
        return json.close().toString();
    }

    private static void stream(Json json, String name, DmaStreamConfig config, StreamStats stats, long measuredPs) {
        json.open(null).put("name", name).put("direction", config.write() ? "write" : "read")
            .put("transfers", stats.transfers()).put("bytes", stats.bytes())
            .put("throughput_gbps", measuredPs == 0 ? 0 : stats.deliveredBytes() * 8.0 / (measuredPs / 1000.0));
        latency(json, "latency_ns", stats.latency());
        json.open("latency_split_mean_ns").put("link", stats.meanLinkPs() / 1000)
            .put("iommu", stats.meanIommuPs() / 1000).put("coherence", stats.meanCoherencePs() / 1000)
            .put("memory", stats.meanMemoryPs() / 1000).close();
        json.put("flushed_lines", stats.flushes()).put("flush_write_back_ns", stats.flushPs() / 1000.0);
        json.put("iommu_faults", stats.faults());
        json.put("bounced", stats.bounced()).put("bounce_copy_ns", stats.bouncePs() / 1000.0);
        json.put("interrupts", stats.interrupts());
        // The share of its driver cores' time their own work on its transfers took (mapping aside).
        json.put("driver_work_fraction", measuredPs == 0 || config.driverWorkPs() == 0 ? 0
            : stats.driverPs() / ((double) measuredPs * Math.max(1, config.mapCores())));
        latency(json, "msi_to_handler_ns", stats.interruptLatency());
        json.close();
    }

    private static void latency(Json json, String key, LatencyHistogram h) {
        json.open(key).put("count", h.count()).put("mean", h.mean() / 1000).put("p50", h.percentile(0.5) / 1000.0)
            .put("p90", h.percentile(0.9) / 1000.0).put("p99", h.percentile(0.99) / 1000.0)
            .put("max", h.max() / 1000.0).close();
    }

    /** Every VM's exits after warm-up by reason: its flows' and a machine check taken as a VM exit. */
    private static void vmExits(Json json, CompiledPlatform compiled, PlatformSimulation sim) {
        int reasons = ExitReason.values().length;
        long[][] exits = new long[compiled.vmNames().size()][reasons];
        for (int f = 0; f < compiled.config().flows().size(); f++) {
            int vm = compiled.config().flows().get(f).vm();
            for (int r = 0; vm >= 0 && r < reasons; r++) {
                exits[vm][r] += sim.flows().exits(f, ExitReason.of(r));
            }
        }
        for (int m = 0; m < compiled.config().machineChecks().size(); m++) {
            int vm = compiled.config().machineChecks().get(m).vm();
            if (vm >= 0 && "VM_EXIT".equals(sim.machineCheckOutcome(m))
                    && compiled.config().machineChecks().get(m).atPs() >= compiled.config().warmupPs()) {
                exits[vm][ExitReason.MACHINE_CHECK.ordinal()]++;
            }
        }
        json.array("vm_exits");
        for (int vm = 0; vm < exits.length; vm++) {
            json.open(null).put("vm", compiled.vmNames().get(vm));
            long total = 0;
            json.open("by_reason");
            for (int r = 0; r < reasons; r++) {
                total += exits[vm][r];
                if (exits[vm][r] > 0) {
                    json.put(ExitReason.of(r).key(), exits[vm][r]);
                }
            }
            json.close().put("total", total).close();
        }
        json.close();
    }
}
