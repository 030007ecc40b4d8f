/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes trace files in the Chrome trace-event JSON format, which the Perfetto UI and chrome://tracing open.
 * Each trace kind becomes a process named after it; a row becomes an event at its time, on the thread given
 * by its {@code track} column (0 without one), as a complete event lasting {@code duration_ps} when the kind
 * has that column and an instant otherwise; the other columns become the event's arguments. Timestamps are
 * microseconds with six decimals, so picoseconds survive. Rows are streamed chunk by chunk.
 */
public final class PerfettoExporter {

    /** Column that names the thread (track) of an event. */
    public static final String TRACK = "track";
    /** Column that gives an event its duration, in ps. */
    public static final String DURATION = "duration_ps";

    private PerfettoExporter() {
    }

    /** Writes the given trace files as one JSON document; returns the number of events written. */
    public static long export(List<Path> traceFiles, Writer out) throws IOException {
        return export(traceFiles, List.of(), out);
    }

    /**
     * As {@link #export(List, Writer)}, naming thread (track) N of every process {@code trackNames.get(N)}
     * where there is such a name.
     */
    public static long export(List<Path> traceFiles, List<String> trackNames, Writer out) throws IOException {
        out.write("{\"displayTimeUnit\":\"ns\",\"traceEvents\":[\n");
        long events = 0;
        boolean[] first = {true};
        for (int i = 0; i < traceFiles.size(); i++) {
            try (TraceReader reader = new TraceReader(traceFiles.get(i))) {
                events += exportOne(reader, i + 1, out, first);
                for (int track = 0; track < trackNames.size(); track++) {
                    out.write(",\n{\"ph\":\"M\",\"name\":\"thread_name\",\"pid\":" + (i + 1) + ",\"tid\":" + track
                        + ",\"args\":{\"name\":" + quote(trackNames.get(track)) + "}}");
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        out.write("\n]}\n");
        return events;
    }

    private static long exportOne(TraceReader reader, int pid, Writer out, boolean[] first) throws IOException {
        TraceSchema schema = reader.schema();
        separator(out, first);
        out.write("{\"ph\":\"M\",\"name\":\"process_name\",\"pid\":" + pid + ",\"tid\":0,\"args\":{\"name\":"
            + quote(schema.kind()) + "}}");
        int track = find(schema, TRACK);
        int duration = find(schema, DURATION);
        String name = quote(schema.kind());
        StringBuilder event = new StringBuilder(256);
        long[] count = new long[1];
        reader.scan(Long.MIN_VALUE, Long.MAX_VALUE, row -> {
            event.setLength(0);
            event.append(",\n{\"name\":").append(name).append(",\"ph\":\"").append(duration > 0 ? 'X' : 'i')
                .append("\",\"pid\":").append(pid).append(",\"tid\":").append(track > 0 ? row[track] : 0)
                .append(",\"ts\":");
            micros(event, row[0]);
            if (duration > 0) {
                event.append(",\"dur\":");
                micros(event, row[duration]);
            } else {
                event.append(",\"s\":\"t\"");
            }
            event.append(",\"args\":{");
            boolean firstArg = true;
            for (int c = 1; c < row.length; c++) {
                if (c == track || c == duration) {
                    continue;
                }
                event.append(firstArg ? "" : ",").append(quote(schema.name(c))).append(':');
                firstArg = false;
                if (schema.type(c) == ColumnType.DOUBLE) {
                    double value = Double.longBitsToDouble(row[c]);
                    event.append(Double.isFinite(value) ? Double.toString(value) : quote(Double.toString(value)));
                } else {
                    event.append(row[c]);
                }
            }
            event.append("}}");
            CsvExporter.write(out, event);
            count[0]++;
        });
        return count[0];
    }

    private static void separator(Writer out, boolean[] first) throws IOException {
        if (!first[0]) {
            out.write(",\n");
        }
        first[0] = false;
    }

    private static int find(TraceSchema schema, String column) {
        for (int c = 1; c < schema.width(); c++) {
            if (schema.name(c).equals(column)) {
                return c;
            }
        }
        return -1;
    }

    /** Appends {@code ps} as microseconds with six decimals, exactly. */
    static void micros(StringBuilder out, long ps) {
        if (ps < 0) {
            out.append('-');
            ps = -ps;
        }
        long fraction = ps % 1_000_000;
        out.append(ps / 1_000_000).append('.');
        String digits = Long.toString(fraction);
        out.append("000000", 0, 6 - digits.length()).append(digits);
    }

    private static String quote(String text) {
        return JsonText.quote(text);
    }
}
