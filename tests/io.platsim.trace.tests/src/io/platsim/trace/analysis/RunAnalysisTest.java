/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.trace.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.platsim.engine.trace.TraceKind;
import io.platsim.trace.ColumnType;
import io.platsim.trace.TraceSchema;
import io.platsim.trace.TraceWriter;

/**
 * The charts' analyses over a run folder whose dma trace is known: a NIC writes 1,000 bytes every µs for 100 µs,
 * pauses 100 µs, and goes on for 100 µs more, each transfer taking 200 ns on the link and 300 ns in memory; the
 * SSD beside it does nothing.
 */
class RunAnalysisTest {

    private static final long US = 1_000_000;
    private static final ChartSpec THROUGHPUT = ChartSpec.CATALOG.stream()
        .filter(spec -> spec.id().equals("dma-throughput")).findFirst().orElseThrow();

    @TempDir
    Path run;

    private static final TraceSchema DMA = new TraceSchema("dma", TraceKind.DMA.columns().stream()
        .map(column -> new TraceSchema.Column(column, ColumnType.LONG)).toList());

    /** A run folder in {@code folder} of {@code model} with a NIC and an SSD; returns the writer of its dma trace. */
    private static TraceWriter dmaRun(Path folder, String model) throws IOException {
        Path traces = Files.createDirectories(folder.resolve("traces"));
        Files.writeString(traces.resolve("tracks.txt"), "nic\nssd\n");
        Files.writeString(folder.resolve("summary.json"), "{\"model\": \"" + model + "\", \"traces\": [\"dma\"]}");
        return new TraceWriter(traces.resolve("dma.pst"), DMA);
    }

    @BeforeEach
    void write() throws IOException {
        TraceSchema schema = DMA;
        try (TraceWriter writer = dmaRun(run, "nic.platsim")) {
            for (long us = 0; us < 300; us++) {
                if (us < 100 || us >= 200) {
                    writer.set(schema.indexOf("track"), 0).set(schema.indexOf("write"), 1)
                        .set(schema.indexOf("bytes"), 1000).set(schema.indexOf("link_ps"), 200_000)
                        .set(schema.indexOf("memory_ps"), 300_000).set(schema.indexOf("duration_ps"), 500_000)
                        .append(us * US);
                }
            }
        }
    }

    @Test
    void throughputIsARatePerBinThatDropsToZeroAcrossAGap() throws IOException {
        try (RunTraces traces = new RunTraces(run)) {
            assertEquals("nic.platsim", traces.model());
            TimeLines lines = TimeAnalysis.lines(traces, THROUGHPUT, 0, 300 * US, 120);
            assertEquals(25 * US, lines.binPs(), "200 rows fill 12 bins of 16 rows or more over 300 µs");
            assertEquals(List.of("nic"), lines.lines().stream().map(Line::name).toList(), "the idle SSD has no line");
            Line nic = lines.lines().get(0);
            assertEquals(8.0, nic.ys()[0], 1e-9, "1,000 bytes a µs is 8 Gb/s");
            boolean zeroInGap = false;
            for (int i = 0; i < nic.size(); i++) {
                zeroInGap |= nic.xs()[i] >= 100 && nic.xs()[i] <= 200 && nic.ys()[i] == 0;
            }
            assertTrue(zeroInGap, "the rate is 0 while the NIC pauses, not a line drawn across the gap");
            assertTrue(lines.marks().isEmpty(), "only the interrupt chart has marks");
        }
    }

    @Test
    void aSparseLinesRateIsOverTheTimeItWasMeasured(@TempDir Path sparse) throws IOException {
        // Four transfers of 1,000 bytes in a run measured from 100 to 300 us: 32,000 bits over 200 us.
        Path traces = Files.createDirectories(sparse.resolve("traces"));
        Files.writeString(traces.resolve("tracks.txt"), "nic\n");
        Files.writeString(sparse.resolve("summary.json"),
            "{\"model\": \"sparse.platsim\", \"warmup_us\": 100.0, \"simulated_us\": 200.0, \"traces\": [\"dma\"]}");
        try (TraceWriter writer = new TraceWriter(traces.resolve("dma.pst"), DMA)) {
            for (long us = 150; us < 154; us++) {
                writer.set(DMA.indexOf("track"), 0).set(DMA.indexOf("bytes"), 1000).append(us * US);
            }
        }
        try (RunTraces run = new RunTraces(sparse)) {
            long[] span = run.span();
            assertArrayEquals(new long[] {100 * US, 300 * US + 1}, span, "the measured time, not the rows' 3 us");
            Line nic = TimeAnalysis.lines(run, THROUGHPUT, span[0], span[1], 400).lines().get(0);
            assertEquals(100, nic.xs()[0], 1e-6, "the line starts where the measured time does");
            assertEquals(300, nic.xs()[nic.size() - 1], 1e-3, "and ends with it");
            double bits = 0;
            for (int i = 1; i < nic.size(); i++) {
                bits += (nic.xs()[i] - nic.xs()[i - 1]) * 1e3 * (nic.ys()[i] + nic.ys()[i - 1]) / 2;
            }
            assertEquals(32_000, bits, 1, "its area is the bits the transfers moved: a step, not a ramp");
        }
    }

    @Test
    void aTraceWrittenBeforeTheDriverPartReadsItAsNone(@TempDir Path old) throws IOException {
        // The dma trace's columns before driver_ps came in (December 2026).
        TraceSchema before = new TraceSchema("dma", TraceKind.DMA.columns().stream()
            .filter(column -> !column.equals("driver_ps")).map(c -> new TraceSchema.Column(c, ColumnType.LONG))
            .toList());
        Path traces = Files.createDirectories(old.resolve("traces"));
        Files.writeString(traces.resolve("tracks.txt"), "nic\n");
        Files.writeString(old.resolve("summary.json"), "{\"model\": \"old.platsim\", \"traces\": [\"dma\"]}");
        try (TraceWriter writer = new TraceWriter(traces.resolve("dma.pst"), before)) {
            writer.set(before.indexOf("track"), 0).set(before.indexOf("link_ps"), 200_000)
                .set(before.indexOf("memory_ps"), 300_000).set(before.indexOf("duration_ps"), 500_000).append(US);
        }
        try (RunTraces run = new RunTraces(old)) {
            assertArrayEquals(new double[] {200, 0, 0, 300, 0},
                LatencyAnalysis.breakdown(run, 0, 2 * US).meanNsByDevice().get("nic"), 1e-9);
        }
    }

    @Test
    void periodicRowsAreNotDrawnAsAComb() throws IOException {
        try (RunTraces traces = new RunTraces(run)) {
            TimeLines lines = TimeAnalysis.lines(traces, THROUGHPUT, 0, 100 * US, 400);
            Line nic = lines.lines().get(0);
            assertTrue(lines.binPs() >= 16 * US, "a bin holds 16 of the rows a µs apart, not one or none: "
                + lines.binPs() + " ps");
            for (int i = 0; i < nic.size(); i++) {
                assertEquals(8.0, nic.ys()[i], 8.0 / 16, "every bin shows the steady 8 Gb/s, at " + nic.xs()[i]);
            }
            assertEquals(100, TimeAnalysis.bins(400, 1_000_000, 1), "a chart 400 pixels wide: 100 bins at most");
            assertEquals(1, TimeAnalysis.bins(400, 3, 2), "a handful of rows: one bin");
        }
    }

    @Test
    void theLatencyDistributionAndItsSplit() throws IOException {
        try (RunTraces traces = new RunTraces(run)) {
            LatencyDistribution distribution = LatencyAnalysis.distribution(traces, 0, 300 * US);
            assertEquals(200, distribution.total());
            assertEquals(1.0, distribution.bins().get(distribution.bins().size() - 1).cumulative(), 1e-12);
            assertEquals(List.of("p50", "p90", "p99"),
                distribution.percentiles().stream().map(LatencyDistribution.Percentile::label).toList());
            for (LatencyDistribution.Percentile p : distribution.percentiles()) {
                assertEquals(500, p.ns(), 500 * 0.05, p.label() + " of transfers that all take 500 ns");
            }
            LatencyBreakdown breakdown = LatencyAnalysis.breakdown(traces, 0, 300 * US);
            assertEquals(List.of("nic"), List.copyOf(breakdown.meanNsByDevice().keySet()));
            assertArrayEquals(new double[] {200, 0, 0, 300, 0}, breakdown.meanNsByDevice().get("nic"), 1e-9,
                "link, IOMMU, coherence, memory and driver means, in ns");
        }
    }

    @Test
    void theLatencyChartsKeepTheFilteredDevicesTransfersAndIgnoreAFilterTheTraceCannotApply() throws IOException {
        try (RunTraces traces = new RunTraces(run)) {
            assertEquals(200, LatencyAnalysis.distribution(traces, 0, 300 * US, Map.of("track", 0L)).total());
            LatencyDistribution ssd = LatencyAnalysis.distribution(traces, 0, 300 * US, Map.of("track", 1L));
            assertEquals(0, ssd.total(), "the SSD made no transfers");
            assertEquals(List.of(), ssd.bins());
            assertEquals(Map.of(), LatencyAnalysis.breakdown(traces, 0, 300 * US, Map.of("track", 1L))
                .meanNsByDevice());
            assertEquals(List.of("nic"), List.copyOf(LatencyAnalysis.breakdown(traces, 0, 300 * US,
                Map.of("track", 0L)).meanNsByDevice().keySet()));
            assertTrue(!RowFilter.narrows(traces, "dma", Map.of("vm", 1L)), "the dma trace does not record VMs");
            assertEquals(200, LatencyAnalysis.distribution(traces, 0, 300 * US, Map.of("vm", 1L)).total(),
                "so a VM filter leaves the distribution whole");
        }
    }

    @Test
    void aSparseLineBesideADenseOneKeepsBinsItsOwnRowsFill(@TempDir Path other) throws IOException {
        TraceSchema schema = DMA;
        try (TraceWriter writer = dmaRun(other, "two.platsim")) {
            // The NIC writes 1,000 bytes every 0.1 µs, the SSD every 10 µs, for 300 µs.
            for (long tenth = 0; tenth < 3000; tenth++) {
                writer.set(schema.indexOf("track"), 0).set(schema.indexOf("bytes"), 1000).append(tenth * US / 10);
                if (tenth % 100 == 0) {
                    writer.set(schema.indexOf("track"), 1).set(schema.indexOf("bytes"), 1000).append(tenth * US / 10);
                }
            }
        }
        try (RunTraces run = new RunTraces(other)) {
            TimeLines lines = TimeAnalysis.lines(run, THROUGHPUT, 0, 300 * US, 480);
            Line ssd = lines.lines().stream().filter(l -> l.name().equals("ssd")).findFirst().orElseThrow();
            for (int i = 0; i < ssd.size(); i++) {
                assertEquals(0.8, ssd.ys()[i], 0.8 / 4, "the SSD's steady 0.8 Gb/s, not a comb, at " + ssd.xs()[i]);
            }
            assertTrue(ssd.binPs() > lines.binPs(), "the NIC's line keeps its finer bins");
            assertEquals(lines.binPs(), lines.lines().get(0).binPs());
            assertEquals(ssd.binPs(), lines.widestBinPs());
        }
    }
}
