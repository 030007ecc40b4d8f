/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.run;

import java.io.PrintStream;
import java.nio.file.Path;

import io.platsim.trace.analysis.RunSummary;

/**
 * The one-screen summary printed at the end of a run: the figures of the summary the run wrote to its folder, so
 * the console and summary.json never disagree.
 */
public final class SummaryScreen {

    private SummaryScreen() {
    }

    public static void print(PrintStream out, Path model, Runner.Outcome outcome) {
        RunSummary summary = outcome.summary();
        out.printf("%s: %s %.1f µs simulated (after %.1f µs warm-up) in %.2f s, %,d engine events (%.2f M/s), "
            + "peak heap %.0f MiB%n", model.getFileName(),
            outcome.complete() ? "ran" : outcome.stopped() != null ? "STOPPED after" : "CANCELLED after",
            summary.simulatedUs(), summary.warmupUs(), outcome.wallSeconds(), summary.engineEvents(),
            summary.engineEventsPerSecond() / 1e6, outcome.peakHeapMiB());
        out.printf("  %-22s %-5s %10s %9s %9s %9s %9s %8s%n", "DMA stream", "dir", "transfers", "Gb/s", "p50 ns",
            "p99 ns", "max ns", "MSIs");
        long misses = 0;
        long clean = 0;
        long modified = 0;
        for (RunSummary.Device device : summary.devices()) {
            for (RunSummary.Stream s : device.streams()) {
                out.printf("  %-22s %-5s %,10d %9.2f %9.1f %9.1f %9.1f %,8d%n", s.name(), s.direction(),
                    s.transfers(), s.throughputGbps(), s.latencyNs().p50(), s.latencyNs().p99(), s.latencyNs().max(),
                    s.interrupts());
            }
            misses += device.snoops().miss();
            clean += device.snoops().cleanHit();
            modified += device.snoops().modifiedHit();
        }
        flows(out, summary);
        RunSummary.Hazards hazards = summary.hazards();
        out.printf("  DMA snoops: %,d misses, %,d clean hits, %,d modified hits   hazards: %,d MSI before data, "
            + "%,d stale reads, %,d stale writes%n", misses, clean, modified, hazards.msiBeforeData(),
            hazards.staleRead(), hazards.staleWrite());
        if (outcome.stopped() != null) {
            out.println("  the run " + outcome.stopped());
        }
        out.println("  run folder: " + outcome.folder().toAbsolutePath());
    }

    /** Request/response flows, when the model has any: their rate, latency, exits and host-core costs. */
    private static void flows(PrintStream out, RunSummary summary) {
        if (summary.flows().isEmpty()) {
            return;
        }
        out.printf("  %-22s %-11s %14s %9s %9s %9s %13s%n", "request/response flow", "attachment", "transactions/s",
            "p50 ns", "exits/tx", "map µs/tx", "backend µs/tx");
        for (RunSummary.Flow f : summary.flows()) {
            out.printf("  %-22s %-11s %,14.0f %9.1f %9.2f %9.3f %13.3f%n", f.name(), f.attachment(),
                f.transactionsPerSecond(), f.transactionNs().p50(), f.exitsPerTransaction(),
                f.mappingUsPerTransaction(), f.backendUsPerTransaction());
        }
    }
}
