/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Writes a trace file as CSV: a header of column names, then one line per row. Whole numbers are written in
 * decimal, floating-point ones as Java prints them (always with a '.'), so the output does not depend on the
 * locale. Rows are streamed chunk by chunk.
 */
public final class CsvExporter {

    private CsvExporter() {
    }

    /** Writes {@code traceFile} to {@code out}; returns the number of rows written. */
    public static long export(Path traceFile, Writer out) throws IOException {
        try (TraceReader reader = new TraceReader(traceFile)) {
            TraceSchema schema = reader.schema();
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < schema.width(); c++) {
                line.append(c == 0 ? "" : ",").append(schema.name(c));
            }
            out.write(line.append('\n').toString());
            long[] count = new long[1];
            try {
                reader.scan(Long.MIN_VALUE, Long.MAX_VALUE, row -> {
                    line.setLength(0);
                    for (int c = 0; c < row.length; c++) {
                        if (c > 0) {
                            line.append(',');
                        }
                        if (schema.type(c) == ColumnType.DOUBLE) {
                            line.append(Double.longBitsToDouble(row[c]));
                        } else {
                            line.append(row[c]);
                        }
                    }
                    line.append('\n');
                    write(out, line);
                    count[0]++;
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            return count[0];
        }
    }

    static void write(Writer out, CharSequence text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
