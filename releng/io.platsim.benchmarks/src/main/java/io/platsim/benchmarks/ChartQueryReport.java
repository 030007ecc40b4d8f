/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import io.platsim.trace.ColumnType;
import io.platsim.trace.TraceReader;
import io.platsim.trace.TraceSchema;
import io.platsim.trace.TraceWriter;
import io.platsim.trace.query.Series;
import io.platsim.trace.query.TraceQueries;

/**
 * The charts' data provider on a generated DMA trace of 10^8 rows: time to the first chart (building the block
 * summaries included), time per zoom and pan step, and the heap it holds, against a plain scan of the same file
 * measured in the same run.
 */
public final class ChartQueryReport {

    private static final int PIXELS = 1_000;

    private ChartQueryReport() {
    }

    public static void main(String[] args) throws IOException {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 100_000_000L;
        Path folder = Files.createTempDirectory("platsim-chart-bench");
        Path file = folder.resolve("dma.pst");
        try {
            long written = System.nanoTime();
            long end = write(file, rows);
            double writeSeconds = (System.nanoTime() - written) / 1e9;
            double scanMs = scan(file);
            long heapBefore = usedHeap();
            try (TraceQueries queries = new TraceQueries(file)) {
                Series latency = Series.of(queries.schema().indexOf("duration_ps"));
                long first = System.nanoTime();
                int points = queries.query(latency, 0, end, PIXELS).size();
                double firstMs = (System.nanoTime() - first) / 1e6;
                double[] steps = new double[20];
                long from = 0;
                long to = end;
                for (int i = 0; i < steps.length; i++) {
                    long width = to - from;
                    if (i < 10) {
                        from += width / 4;
                        to -= width / 4;
                    } else {
                        from += width / 2;
                        to += width / 2;
                    }
                    long start = System.nanoTime();
                    queries.query(latency, from, to, PIXELS);
                    steps[i] = (System.nanoTime() - start) / 1e6;
                }
                long heap = usedHeap() - heapBefore;
                Arrays.sort(steps);
                System.out.printf(Locale.ROOT, """
                    %,d DMA rows (%.1f GB file, written in %.0f s); a plain scan of every row took %.0f ms.
                      first chart (%d px, %d points, block summaries built): %.0f ms (%.2fx the scan), target 2,000 ms
                      zoom and pan steps: median %.1f ms, worst %.1f ms (%.3fx the scan), target 200 ms
                      heap held by the provider: %d MiB (summaries %d MiB), target 512 MiB
                    """, rows, Files.size(file) / 1e9, writeSeconds, scanMs, PIXELS, points, firstMs, firstMs / scanMs,
                    steps[steps.length / 2], steps[steps.length - 1], steps[steps.length - 1] / scanMs, heap >> 20,
                    queries.summaryBytes() >> 20);
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }

    /** A DMA trace with the engine's columns: transfers every 50 ps on average from 4 devices. */
    private static long write(Path file, long rows) throws IOException {
        TraceSchema schema = new TraceSchema("dma", List.of(
            new TraceSchema.Column("track", ColumnType.LONG), new TraceSchema.Column("stream", ColumnType.LONG),
            new TraceSchema.Column("write", ColumnType.LONG), new TraceSchema.Column("address", ColumnType.LONG),
            new TraceSchema.Column("bytes", ColumnType.LONG), new TraceSchema.Column("duration_ps", ColumnType.LONG)));
        Random random = new Random(1);
        long time = 0;
        try (TraceWriter writer = new TraceWriter(file, schema)) {
            for (long i = 0; i < rows; i++) {
                time += random.nextInt(100);
                int track = random.nextInt(4);
                writer.set(1, track).set(2, track).set(3, track & 1).set(4, 0x1000_0000L + (i & 0xFFFFF) * 64)
                    .set(5, 1500).set(6, 300_000 + random.nextInt(200_000)).append(time);
            }
        }
        return time + 1;
    }

    private static double scan(Path file) throws IOException {
        long start = System.nanoTime();
        long[] sum = new long[1];
        try (TraceReader reader = new TraceReader(file)) {
            reader.scan(Long.MIN_VALUE, Long.MAX_VALUE, row -> sum[0] += row[6]);
        }
        if (sum[0] == 42) {
            System.out.println();
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static long usedHeap() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
