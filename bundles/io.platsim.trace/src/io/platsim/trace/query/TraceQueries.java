/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.trace.query;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.platsim.trace.ChunkInfo;
import io.platsim.trace.ColumnType;
import io.platsim.trace.TraceReader;
import io.platsim.trace.TraceSchema;

/**
 * The data provider behind the charts: asked for a series over a time range at a pixel width, it answers with
 * aggregated buckets (count, sum, min, max), never with rows. Zoomed out, buckets are made of whole
 * {@link Blocks} (built once per series in one pass, then kept), with the rows of the two blocks the range cuts
 * read from the file, and cover the equal slice of the range their blocks start in (more where a block runs past
 * it); zoomed in far enough that the range holds few blocks, buckets are equal slices of the range counted from
 * the rows themselves. Either way a bucket holds exactly the rows of its {@code [fromPs, toPs)}, and a slice or more
 * without rows is a gap between buckets.
 * Safe to use from several threads; meant to run off the UI thread.
 */
public final class TraceQueries implements AutoCloseable {

    /** Below this many blocks per pixel, a query counts rows instead of blocks. */
    static final int RAW_BLOCKS_PER_PIXEL = 1;

    private final TraceReader reader;
    private final Map<Series, Blocks> blocks = new ConcurrentHashMap<>();

    public TraceQueries(Path file) throws IOException {
        reader = new TraceReader(file);
    }

    public TraceSchema schema() {
        return reader.schema();
    }

    /** The time of the first row, or 0 for an empty trace. */
    public long firstTime() {
        List<ChunkInfo> chunks = reader.chunks();
        return chunks.isEmpty() ? 0 : chunks.get(0).firstTime();
    }

    /** One past the time of the last row, or 0 for an empty trace. */
    public long endTime() {
        List<ChunkInfo> chunks = reader.chunks();
        return chunks.isEmpty() ? 0 : chunks.get(chunks.size() - 1).lastTime() + 1;
    }

    /** Bytes held by the block summaries built so far. */
    public long summaryBytes() {
        return blocks.values().stream().mapToLong(Blocks::bytes).sum();
    }

    /**
     * The non-empty buckets of {@code series} over {@code [fromPs, toPs)} for a chart {@code pixels} wide, in time
     * order; buckets meet where rows continue and leave a gap where the series was idle for a slice or more; an
     * empty range or trace gives none.
     */
    public List<Bucket> query(Series series, long fromPs, long toPs, int pixels) throws IOException {
        if (fromPs >= toPs || pixels <= 0) {
            return List.of();
        }
        Blocks b = blocks(series);
        int lo = b.firstEndingAtOrAfter(fromPs);
        int hi = b.endStartingBefore(toPs);
        if (hi - lo <= (long) RAW_BLOCKS_PER_PIXEL * pixels) {
            return rows(series, fromPs, toPs, pixels);
        }
        // Each slot of the range takes the whole blocks whose first row falls in it. A block the range cuts, or one
        // longer than a slot (the series idled inside it), is read row by row into the slots its rows fall in.
        Accumulator[] slots = new Accumulator[pixels];
        Slicer slicer = new Slicer(fromPs, toPs, pixels, slots);
        double slotPs = (double) (toPs - fromPs) / pixels;
        for (int i = lo; i < hi; i++) {
            long first = b.first(i);
            long last = b.last(i);
            if (first < fromPs || last >= toPs || last - first > slotPs) {
                scan(series, Math.max(first, fromPs), Math.min(last + 1, toPs), null, slicer);
            } else {
                slicer.slice(first).add(b.count(i), b.sum(i), b.min(i), b.max(i)).spans(first, last);
            }
        }
        // A bucket covers its slot, stretched to its rows where a block runs past the slot's end, and never into the
        // next bucket's rows: buckets hold exactly their rows, meet where rows continue, and leave a gap where the
        // series was idle for a slot or more, so a rate drops to zero there instead of being averaged across it.
        List<Bucket> buckets = new ArrayList<>();
        long previousEnd = fromPs;
        for (int k = 0; k < pixels; k++) {
            Accumulator slot = slots[k];
            if (slot == null) {
                continue;
            }
            int next = k + 1;
            while (next < pixels && slots[next] == null) {
                next++;
            }
            long from = Math.max(previousEnd, Math.min(slot.firstPs, slicer.edge(k)));
            long nextRows = next < pixels ? slots[next].firstPs : toPs;
            long to = Math.min(Math.max(slot.lastPs + 1, slicer.edge(k + 1)), nextRows);
            add(buckets, slot, from, to);
            previousEnd = to;
        }
        return buckets;
    }

    /** How the values of {@code series} spread over {@code [fromPs, toPs)}, counted from the rows. */
    public Histogram histogram(Series series, long fromPs, long toPs) throws IOException {
        Histogram histogram = new Histogram();
        boolean doubles = reader.schema().type(series.column()) == ColumnType.DOUBLE;
        List<ChunkInfo> chunks = reader.chunks();
        for (int c = 0; c < chunks.size(); c++) {
            if (chunks.get(c).overlaps(fromPs, toPs)) {
                long[][] columns = reader.readColumns(c, series.columns());
                for (int r = 0; r < columns[0].length; r++) {
                    if (columns[0][r] >= fromPs && columns[0][r] < toPs && series.keeps(columns, r)) {
                        histogram.add(Blocks.value(columns[1][r], series.column(), doubles));
                    }
                }
            }
        }
        return histogram;
    }

    private Blocks blocks(Series series) throws IOException {
        Blocks built = blocks.get(series);
        if (built == null) {
            built = Blocks.build(reader, series);
            Blocks raced = blocks.putIfAbsent(series, built);
            built = raced != null ? raced : built;
        }
        return built;
    }

    /** Equal slices of the range, counted row by row: bucket k holds the times from edge(k) to edge(k + 1). */
    private List<Bucket> rows(Series series, long fromPs, long toPs, int pixels) throws IOException {
        Accumulator[] slices = new Accumulator[pixels];
        scan(series, fromPs, toPs, null, new Slicer(fromPs, toPs, pixels, slices));
        List<Bucket> buckets = new ArrayList<>();
        Slicer edges = new Slicer(fromPs, toPs, pixels, slices);
        for (int k = 0; k < pixels; k++) {
            if (slices[k] != null) {
                add(buckets, slices[k], edges.edge(k), edges.edge(k + 1));
            }
        }
        return buckets;
    }

    /** Adds the rows of {@code series} with times in {@code [fromPs, toPs)} to {@code into}, or to their slices. */
    private void scan(Series series, long fromPs, long toPs, Accumulator into, Slicer slicer) throws IOException {
        boolean doubles = reader.schema().type(series.column()) == ColumnType.DOUBLE;
        List<ChunkInfo> chunks = reader.chunks();
        for (int c = 0; c < chunks.size(); c++) {
            if (!chunks.get(c).overlaps(fromPs, toPs)) {
                continue;
            }
            long[][] columns = reader.readColumns(c, series.columns());
            long[] times = columns[0];
            for (int r = 0; r < times.length; r++) {
                long time = times[r];
                if (time >= fromPs && time < toPs && series.keeps(columns, r)) {
                    double value = Blocks.value(columns[1][r], series.column(), doubles);
                    (into != null ? into : slicer.slice(time)).add(1, value, value, value).spans(time, time);
                }
            }
        }
    }

    private static void add(List<Bucket> buckets, Accumulator sums, long fromPs, long toPs) {
        if (sums.count > 0) {
            buckets.add(new Bucket(fromPs, toPs, sums.count, sums.sum, sums.min, sums.max));
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** Count, sum, least and greatest of the rows added so far, and the times of the first and last of them. */
    private static final class Accumulator {
        long count;
        double sum;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        long firstPs = Long.MAX_VALUE;
        long lastPs = Long.MIN_VALUE;

        Accumulator add(long rows, double total, double least, double greatest) {
            count += rows;
            sum += total;
            min = Math.min(min, least);
            max = Math.max(max, greatest);
            return this;
        }

        void spans(long first, long last) {
            firstPs = Math.min(firstPs, first);
            lastPs = Math.max(lastPs, last);
        }
    }

    /** Equal slices of {@code [from, to)}: slice k starts at from + ceil(k * (to - from) / pixels). */
    private record Slicer(long from, long to, int pixels, Accumulator[] slices) {

        long edge(int k) {
            if (k >= pixels) {
                return to;
            }
            long span = to - from;
            return from + (span <= Long.MAX_VALUE / pixels ? Math.ceilDiv(span * k, pixels)
                : (long) Math.ceil((double) span * k / pixels));
        }

        /** The slice holding {@code time}. */
        int index(long time) {
            long span = to - from;
            int k = (int) (span <= Long.MAX_VALUE / pixels ? (time - from) * pixels / span
                : (long) ((double) (time - from) * pixels / span));
            k = Math.max(0, Math.min(pixels - 1, k));
            while (k + 1 < pixels && time >= edge(k + 1)) {
                k++;
            }
            while (k > 0 && time < edge(k)) {
                k--;
            }
            return k;
        }

        Accumulator slice(long time) {
            int k = index(time);
            if (slices[k] == null) {
                slices[k] = new Accumulator();
            }
            return slices[k];
        }
    }
}
