/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.trace.analysis;

import java.util.List;
import java.util.Map;

import io.platsim.engine.trace.Coded;
import io.platsim.engine.trace.HazardKind;
import io.platsim.engine.trace.SnoopResult;
import io.platsim.engine.trace.TranslationResult;
import io.platsim.engine.vm.ExitReason;

/**
 * One chart over simulated time, as data: which trace, which column (null to count rows), one line per value of
 * {@code groupBy}, and how a bucket becomes a point. A new trace kind gets charts by adding specs, not view code.
 *
 * @param id a stable name, used in file names
 * @param title the chart's title
 * @param trace the trace kind ({@code dma}, {@code snoop}, ...)
 * @param column the column plotted, or null to count rows
 * @param groupBy the column whose values split the rows into lines, or null for one line
 * @param labels names of the group values; for the {@code track} column the run's device names are used
 * @param measure how a bucket becomes a point
 * @param axis the value axis label
 */
public record ChartSpec(String id, String title, String trace, String column, String groupBy,
        Map<Long, String> labels, Measure measure, String axis) {

    /** How a bucket of rows becomes a point. */
    public enum Measure {
        /** Bytes per bucket as Gb/s. */
        GBPS,
        /** Mean of a picosecond column, in ns. */
        MEAN_NS,
        /** Mean of a plain column. */
        MEAN,
        /** Rows per microsecond of simulated time. */
        PER_US
    }

    /** Every time chart PlatSim draws, by trace kind; a run shows those whose trace it has. */
    public static final List<ChartSpec> CATALOG = List.of(
        new ChartSpec("dma-throughput", "DMA throughput", "dma", "bytes", "track", Map.of(), Measure.GBPS, "Gb/s"),
        new ChartSpec("dma-direction", "DMA throughput by direction", "dma", "bytes", "write",
            Map.of(0L, "reads", 1L, "writes"), Measure.GBPS, "Gb/s"),
        new ChartSpec("dma-latency", "DMA latency over time (mean)", "dma", "duration_ps", "track", Map.of(),
            Measure.MEAN_NS, "ns"),
        new ChartSpec("snoops", "Snoops by result", "snoop", null, "result",
            Coded.labels(SnoopResult.class), Measure.PER_US, "snoops per µs"),
        new ChartSpec("snoops-by-agent", "Snoops by agent", "snoop", null, "track", Map.of(), Measure.PER_US,
            "snoops per µs"),
        new ChartSpec("msi-latency", "MSI to handler latency (mean)", "interrupt", "duration_ps", "track", Map.of(),
            Measure.MEAN_NS, "ns"),
        new ChartSpec("hazards", "Hazards by kind", "hazard", null, "kind", Coded.labels(HazardKind.class),
            Measure.PER_US, "hazards per µs"),
        new ChartSpec("iotlb", "IOMMU translations by result", "iommu", null, "result",
            Coded.labels(TranslationResult.class), Measure.PER_US, "translations per µs"),
        new ChartSpec("vm-exits", "VM exits by reason", "vm_exit", null, "reason", Coded.labels(ExitReason.class),
            Measure.PER_US, "exits per µs"),
        new ChartSpec("work-queue-occupancy", "Work-queue occupancy (mean)", "work_queue", "occupancy", "track",
            Map.of(), Measure.MEAN, "entries"),
        new ChartSpec("work-queue-retries", "Work-queue submissions and retries", "work_queue", null, "retry",
            Map.of(0L, "accepted", 1L, "retry"), Measure.PER_US, "submissions per µs"),
        new ChartSpec("ats-pri", "ATS and PRI latency (mean)", "ats_pri", "duration_ps", "page_request",
            Map.of(0L, "ATS translation", 1L, "PRI page request"), Measure.MEAN_NS, "ns"));
}
