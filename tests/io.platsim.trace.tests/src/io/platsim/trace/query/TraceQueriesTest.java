/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.trace.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.platsim.trace.ColumnType;
import io.platsim.trace.TraceSchema;
import io.platsim.trace.TraceWriter;

/** The charts' data provider against brute force over the same rows, zoomed out (blocks) and in (rows). */
class TraceQueriesTest {

    private static final TraceSchema SCHEMA = new TraceSchema("test", List.of(
        new TraceSchema.Column("track", ColumnType.LONG),
        new TraceSchema.Column("write", ColumnType.LONG),
        new TraceSchema.Column("bytes", ColumnType.LONG),
        new TraceSchema.Column("ratio", ColumnType.DOUBLE)));
    private static final int ROWS = 60_000;

    @TempDir
    Path folder;

    private final List<long[]> rows = new ArrayList<>();
    private Path file;

    @BeforeEach
    void write() throws IOException {
        file = folder.resolve("test.pst");
        Random random = new Random(7);
        long time = 1_000;
        try (TraceWriter writer = new TraceWriter(file, SCHEMA, 700)) {
            for (int i = 0; i < ROWS; i++) {
                // Runs of equal times (up to 1,500 rows) test that no block splits a time between two buckets.
                time += i % 20_000 < 1_500 ? 0 : random.nextInt(4);
                long track = random.nextInt(3);
                long write = random.nextInt(2);
                long bytes = 64 + random.nextInt(4096);
                double ratio = random.nextDouble();
                writer.set(1, track).set(2, write).set(3, bytes).setDouble(4, ratio).append(time);
                rows.add(new long[] {time, track, write, bytes, Double.doubleToRawLongBits(ratio)});
            }
        }
    }

    @Test
    void everyBucketHoldsExactlyTheRowsOfItsTimeRange() throws IOException {
        Random random = new Random(11);
        long first = rows.get(0)[0];
        long end = rows.get(rows.size() - 1)[0] + 1;
        List<Series> series = List.of(Series.of(0), Series.of(3), Series.of(4), Series.where(3, 1, 1),
            Series.where(0, 1, 2), Series.where(3, 1, 0).and(2, 1));
        try (TraceQueries queries = new TraceQueries(file)) {
            for (int q = 0; q < 200; q++) {
                long from = first - 50 + (long) (random.nextDouble() * (end - first + 100));
                long to = q % 4 == 0 ? end + 10 : from + 1 + (long) (random.nextDouble() * (end + 50 - from));
                int pixels = 1 + random.nextInt(q % 2 == 0 ? 8 : 900);
                for (Series s : series) {
                    check(queries.query(s, from, to, pixels), s, from, to);
                }
            }
            check(queries.query(Series.of(3), first, end, 3), Series.of(3), first, end);
        }
    }

    @Test
    void bothWaysOfCountingAreUsedAndAgreeOnTheWholeTrace() throws IOException {
        long first = rows.get(0)[0];
        long end = rows.get(rows.size() - 1)[0] + 1;
        try (TraceQueries queries = new TraceQueries(file)) {
            List<Bucket> coarse = queries.query(Series.of(3), first, end, 4);
            List<Bucket> fine = queries.query(Series.of(3), first, end, 2_000);
            assertTrue(coarse.size() <= 4 && fine.size() > 500, coarse.size() + " and " + fine.size());
            assertEquals(ROWS, coarse.stream().mapToLong(Bucket::count).sum());
            assertEquals(ROWS, fine.stream().mapToLong(Bucket::count).sum());
            assertEquals(coarse.stream().mapToDouble(Bucket::sum).sum(), fine.stream().mapToDouble(Bucket::sum).sum());
            assertEquals(coarse.stream().mapToDouble(Bucket::max).max().orElseThrow(),
                fine.stream().mapToDouble(Bucket::max).max().orElseThrow());
        }
    }

    @Test
    void zoomedOutBucketsLeaveAGapWhereTheSeriesWasIdleAndOtherwiseMeet() throws IOException {
        // 40,000 rows 10 ps apart, an idle 600,000 ps, and 40,000 more: far more blocks than pixels.
        Path idle = folder.resolve("idle.pst");
        List<long[]> written = new ArrayList<>();
        try (TraceWriter writer = new TraceWriter(idle, SCHEMA, 700)) {
            long time = 0;
            for (int i = 0; i < 80_000; i++) {
                time += i == 40_000 ? 600_000 : 10;
                writer.set(1, 0).set(2, 0).set(3, 64).setDouble(4, 0).append(time);
                written.add(new long[] {time});
            }
        }
        long gapFrom = written.get(39_999)[0] + 1;
        long gapTo = written.get(40_000)[0];
        try (TraceQueries queries = new TraceQueries(idle)) {
            long end = written.get(written.size() - 1)[0] + 1;
            List<Bucket> buckets = queries.query(Series.of(3), 0, end, 40);
            long slot = end / 40;
            int gaps = 0;
            for (int k = 0; k < buckets.size(); k++) {
                Bucket bucket = buckets.get(k);
                assertTrue(bucket.toPs() <= gapFrom + slot || bucket.fromPs() >= gapTo - slot,
                    "no bucket is stretched across the idle time: " + bucket);
                if (k > 0 && bucket.fromPs() > buckets.get(k - 1).toPs()) {
                    gaps++;
                }
            }
            assertEquals(1, gaps, "one gap, where the series was idle; elsewhere the buckets meet");
            assertEquals(80_000, buckets.stream().mapToLong(Bucket::count).sum());
            double rate = (double) buckets.get(1).count() / (buckets.get(1).toPs() - buckets.get(1).fromPs());
            assertEquals(0.1, rate, 0.1 * 0.05, "a bucket's rows over its width: one row per 10 ps");
        }
    }

    @Test
    void emptyRangesAndRangesWithoutRowsGiveNoBuckets() throws IOException {
        long last = rows.get(rows.size() - 1)[0];
        try (TraceQueries queries = new TraceQueries(file)) {
            assertTrue(queries.query(Series.of(0), 5_000, 5_000, 100).isEmpty());
            assertTrue(queries.query(Series.of(0), 6_000, 5_000, 100).isEmpty());
            assertTrue(queries.query(Series.of(0), last + 1, last + 1_000_000, 100).isEmpty());
            assertTrue(queries.query(Series.of(0), 0, rows.get(0)[0], 100).isEmpty());
            assertTrue(queries.query(Series.where(0, 1, 7), 0, last + 1, 100).isEmpty(), "no row has track 7");
        }
    }

    @Test
    void histogramQuantilesAreTheTrueQuantilesToTheSummarysPrecision() throws IOException {
        long first = rows.get(0)[0];
        long end = rows.get(rows.size() - 1)[0] + 1;
        long from = first + (end - first) / 3;
        try (TraceQueries queries = new TraceQueries(file)) {
            io.platsim.trace.query.Histogram histogram = queries.histogram(Series.where(3, 1, 0), from, end);
            List<Long> values = new ArrayList<>();
            for (long[] row : rows) {
                if (row[0] >= from && row[1] == 0) {
                    values.add(row[3]);
                }
            }
            values.sort(null);
            assertEquals(values.size(), histogram.total());
            for (double p : new double[] {0.5, 0.9, 0.99}) {
                long truth = values.get((int) Math.ceil(p * values.size()) - 1);
                double upper = histogram.quantile(p);
                // As summary.json reports a percentile: at or above it by less than 1/64, never above the maximum.
                assertTrue(truth <= upper && upper <= truth * (1 + 1.0 / 64) + 1, p + ": " + truth + " vs " + upper);
                assertTrue(upper <= values.get(values.size() - 1), p + ": " + upper + " above the maximum");
            }
        }
    }

    private void check(List<Bucket> buckets, Series series, long from, long to) {
        long previousEnd = Long.MIN_VALUE;
        long total = 0;
        for (Bucket bucket : buckets) {
            assertTrue(bucket.fromPs() >= from && bucket.toPs() <= to && bucket.fromPs() < bucket.toPs(),
                bucket::toString);
            long end = previousEnd;
            assertTrue(bucket.fromPs() >= end, () -> "buckets overlap at " + end + ": " + bucket);
            previousEnd = bucket.toPs();
            Bucket brute = brute(series, bucket.fromPs(), bucket.toPs());
            assertEquals(brute.count(), bucket.count(), () -> "count of " + bucket + " for " + series);
            assertEquals(brute.sum(), bucket.sum(), Math.abs(brute.sum()) * 1e-9, () -> "sum of " + bucket);
            assertEquals(brute.min(), bucket.min(), () -> "min of " + bucket);
            assertEquals(brute.max(), bucket.max(), () -> "max of " + bucket);
            total += bucket.count();
        }
        assertEquals(brute(series, from, to).count(), total, () -> "rows in [" + from + ", " + to + ") for " + series);
    }

    private Bucket brute(Series series, long from, long to) {
        long count = 0;
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = firstAtOrAfter(from); i < rows.size() && rows.get(i)[0] < to; i++) {
            long[] row = rows.get(i);
            if (series.filters().stream().allMatch(f -> row[f.column()] == f.value())) {
                double value = series.column() == 0 ? 1 : series.column() == 4
                    ? Double.longBitsToDouble(row[4]) : row[series.column()];
                count++;
                sum += value;
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
        }
        return new Bucket(from, to, count, sum, min, max);
    }

    /** The index of the first row at or after {@code time} (the rows are in time order). */
    private int firstAtOrAfter(long time) {
        int lo = 0;
        int hi = rows.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (rows.get(mid)[0] < time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
