/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.trace.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import io.platsim.trace.ColumnType;
import io.platsim.trace.TraceReader;

/**
 * A series summarised in blocks of about {@value #ROWS} consecutive rows: each block's first and last time and the
 * count, sum, least and greatest value of its rows. A block ends only where the time changes, so a bucket made
 * of whole blocks holds exactly the rows of its time range. Built in one pass that decodes only the time, value
 * and filter columns; about 48 bytes per block, whatever the rows' width.
 */
final class Blocks {

    static final int ROWS = 512;

    private long[] first = new long[1024];
    private long[] last = new long[1024];
    private long[] count = new long[1024];
    private double[] sum = new double[1024];
    private double[] min = new double[1024];
    private double[] max = new double[1024];
    private int size;

    /** Builds the blocks of {@code series}, reading the file's chunks in parallel on every core. */
    static Blocks build(TraceReader reader, Series series) throws IOException {
        int chunks = reader.chunks().size();
        int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), chunks / 16));
        List<Blocks> built;
        try {
            built = IntStream.range(0, parts).parallel().mapToObj(part -> {
                try {
                    return build(reader, series, chunks * part / parts, chunks * (part + 1) / parts);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Blocks blocks = built.get(0);
        for (Blocks next : built.subList(1, built.size())) {
            blocks.append(next);
        }
        blocks.trim();
        return blocks;
    }

    private static Blocks build(TraceReader reader, Series series, int fromChunk, int toChunk) throws IOException {
        Blocks blocks = new Blocks();
        boolean doubles = reader.schema().type(series.column()) == ColumnType.DOUBLE;
        for (int chunk = fromChunk; chunk < toChunk; chunk++) {
            long[][] columns = reader.readColumns(chunk, series.columns());
            long[] times = columns[0];
            for (int r = 0; r < times.length; r++) {
                if (series.keeps(columns, r)) {
                    blocks.add(times[r], value(columns[1][r], series.column(), doubles));
                }
            }
        }
        return blocks;
    }

    /** Appends the blocks of the rows after these; a first block that starts at this last block's time joins it. */
    private void append(Blocks next) {
        for (int b = 0; b < next.size; b++) {
            if (b == 0 && size > 0 && next.first[0] == last[size - 1]) {
                int joined = size - 1;
                last[joined] = next.last[0];
                count[joined] += next.count[0];
                sum[joined] += next.sum[0];
                min[joined] = Math.min(min[joined], next.min[0]);
                max[joined] = Math.max(max[joined], next.max[0]);
                continue;
            }
            if (size == first.length) {
                grow();
            }
            first[size] = next.first[b];
            last[size] = next.last[b];
            count[size] = next.count[b];
            sum[size] = next.sum[b];
            min[size] = next.min[b];
            max[size] = next.max[b];
            size++;
        }
    }

    /** A row's value: 1 when counting rows (column 0), the column's number otherwise. */
    static double value(long raw, int column, boolean doubles) {
        return column == 0 ? 1 : doubles ? Double.longBitsToDouble(raw) : raw;
    }

    private void add(long time, double value) {
        boolean open = size > 0 && (count[size - 1] < ROWS || time == last[size - 1]);
        if (!open) {
            if (size == first.length) {
                grow();
            }
            first[size] = time;
            min[size] = Double.POSITIVE_INFINITY;
            max[size] = Double.NEGATIVE_INFINITY;
            size++;
        }
        int b = size - 1;
        last[b] = time;
        count[b]++;
        sum[b] += value;
        min[b] = Math.min(min[b], value);
        max[b] = Math.max(max[b], value);
    }

    private void grow() {
        int length = first.length * 2;
        first = Arrays.copyOf(first, length);
        last = Arrays.copyOf(last, length);
        count = Arrays.copyOf(count, length);
        sum = Arrays.copyOf(sum, length);
        min = Arrays.copyOf(min, length);
        max = Arrays.copyOf(max, length);
    }

    private void trim() {
        first = Arrays.copyOf(first, size);
        last = Arrays.copyOf(last, size);
        count = Arrays.copyOf(count, size);
        sum = Arrays.copyOf(sum, size);
        min = Arrays.copyOf(min, size);
        max = Arrays.copyOf(max, size);
    }

    int size() {
        return size;
    }

    long first(int block) {
        return first[block];
    }

    long last(int block) {
        return last[block];
    }

    long count(int block) {
        return count[block];
    }

    double sum(int block) {
        return sum[block];
    }

    double min(int block) {
        return min[block];
    }

    double max(int block) {
        return max[block];
    }

    /** The first block whose last time is at or after {@code time}; {@link #size()} when there is none. */
    int firstEndingAtOrAfter(long time) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (last[mid] < time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** One past the last block that starts before {@code time}. */
    int endStartingBefore(long time) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (first[mid] < time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    long bytes() {
        return 6L * 8 * first.length;
    }
}
