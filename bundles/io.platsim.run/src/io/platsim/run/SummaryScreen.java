/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.run;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

import io.platsim.compiler.CompiledPlatform;
import io.platsim.engine.config.DmaStreamConfig;
import io.platsim.engine.platform.PlatformSimulation;
import io.platsim.engine.stats.StreamStats;
import io.platsim.engine.trace.TraceSink;
import io.platsim.engine.workload.RequestResponseFlows;

/** The one-screen summary printed at the end of a run. */
public final class SummaryScreen {

    private SummaryScreen() {
    }

    public static void print(PrintStream out, Path model, CompiledPlatform compiled, Runner.Outcome outcome) {
        PlatformSimulation sim = outcome.simulation();
        long measured = Math.max(0, sim.nowPs() - compiled.config().warmupPs());
        out.printf("%s: %s %.1f µs simulated (after %.1f µs warm-up) in %.2f s, %,d engine events (%.2f M/s), "
            + "peak heap %.0f MiB%n", model.getFileName(),
            outcome.complete() ? "ran" : outcome.stopped() != null ? "STOPPED after" : "CANCELLED after",
            measured / 1e6, compiled.config().warmupPs() / 1e6, outcome.wallSeconds(), sim.eventsProcessed(),
            outcome.wallSeconds() > 0 ? sim.eventsProcessed() / outcome.wallSeconds() / 1e6 : 0.0,
            outcome.peakHeapMiB());
        out.printf("  %-22s %-5s %10s %9s %9s %9s %9s %8s%n", "DMA stream", "dir", "transfers", "Gb/s", "p50 ns",
            "p99 ns", "max ns", "MSIs");
        for (int s = 0; s < compiled.config().streams().size(); s++) {
            DmaStreamConfig config = compiled.config().streams().get(s);
            StreamStats stats = sim.stream(s);
            out.printf("  %-22s %-5s %,10d %9.2f %9.1f %9.1f %9.1f %,8d%n", compiled.streamNames().get(s),
                config.write() ? "write" : "read", stats.transfers(),
                measured == 0 ? 0.0 : stats.bytes() * 8.0 / (measured / 1000.0), stats.latency().percentile(0.5) / 1e3,
                stats.latency().percentile(0.99) / 1e3, stats.latency().max() / 1e3, stats.interrupts());
        }
        flows(out, compiled, sim, measured);
        out.printf("  DMA snoops: %,d misses, %,d clean hits, %,d modified hits   hazards: %,d MSI before data, "
            + "%,d stale reads, %,d stale writes%n", sim.snoops(TraceSink.SNOOP_MISS),
            sim.snoops(TraceSink.SNOOP_CLEAN), sim.snoops(TraceSink.SNOOP_MODIFIED),
            sim.hazards(TraceSink.HAZARD_MSI_BEFORE_DATA), sim.hazards(TraceSink.HAZARD_STALE_READ),
            sim.hazards(TraceSink.HAZARD_STALE_WRITE));
        if (outcome.stopped() != null) {
            out.println("  the run " + outcome.stopped());
        }
        out.println("  run folder: " + outcome.folder().toAbsolutePath());
    }

    /** Request/response flows, when the model has any: their rate, latency, exits and host-core costs. */
    private static void flows(PrintStream out, CompiledPlatform compiled, PlatformSimulation sim, long measured) {
        if (compiled.config().flows().isEmpty()) {
            return;
        }
        out.printf("  %-22s %-11s %14s %9s %9s %9s %13s%n", "request/response flow", "attachment", "transactions/s",
            "p50 ns", "exits/tx", "map µs/tx", "backend µs/tx");
        RequestResponseFlows flows = sim.flows();
        for (int f = 0; f < compiled.config().flows().size(); f++) {
            long done = flows.transactions(f);
            double perTx = Math.max(1, done);
            out.printf("  %-22s %-11s %,14.0f %9.1f %9.2f %9.3f %13.3f%n", compiled.config().flows().get(f).name(),
                compiled.config().flows().get(f).attachment().name().toLowerCase(Locale.ROOT),
                measured == 0 ? 0.0 : done / (measured / 1e12), flows.latency(f).percentile(0.5) / 1e3,
                flows.exits(f) / perTx, flows.mappingPs(f) / 1e6 / perTx, flows.backendPs(f) / 1e6 / perTx);
        }
    }
}
