/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;


/** Traces exported to CSV and to the Chrome/Perfetto trace-event format parse back to the same rows. */
class ExportersTest {

    @TempDir
    Path temp;

    private Path dma() throws IOException {
        Path file = temp.resolve("dma.pst");
        TraceSchema schema = new TraceSchema("dma", List.of(new TraceSchema.Column("track", ColumnType.LONG),
            new TraceSchema.Column("bytes", ColumnType.LONG),
            new TraceSchema.Column("duration_ps", ColumnType.LONG),
            new TraceSchema.Column("latency_ns", ColumnType.DOUBLE)));
        try (TraceWriter writer = new TraceWriter(file, schema, 3)) {
            for (int i = 0; i < 10; i++) {
                writer.set(1, i % 2).set(2, 64L * (i + 1)).set(3, 500_123L + i).setDouble(4, 500.123 + i);
                writer.append(1_000_000L * i + 7);
            }
        }
        return file;
    }

    private Path hazards() throws IOException {
        Path file = temp.resolve("hazard.pst");
        TraceSchema schema = new TraceSchema("hazard \"stale\"", List.of(
            new TraceSchema.Column("address", ColumnType.LONG)));
        try (TraceWriter writer = new TraceWriter(file, schema)) {
            writer.set(1, 0xdead_beef00L).append(2_500_001);
        }
        return file;
    }

    @Test
    void csvHasAHeaderAndOneLinePerRow() throws IOException {
        StringWriter out = new StringWriter();
        assertEquals(10, CsvExporter.export(dma(), out));
        String[] lines = out.toString().split("\n");
        assertEquals(11, lines.length);
        assertEquals("time_ps,track,bytes,duration_ps,latency_ns", lines[0]);
        assertEquals("7,0,64,500123,500.123", lines[1]);
        assertEquals("9000007,1,640,500132,509.123", lines[10]);
    }

    @Test
    void perfettoEventsCarryExactTimesTracksDurationsAndArguments() throws IOException {
        StringWriter out = new StringWriter();
        assertEquals(11, PerfettoExporter.export(List.of(dma(), hazards()), out));
        JsonObject document = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertEquals("ns", document.get("displayTimeUnit").getAsString());
        JsonArray events = document.getAsJsonArray("traceEvents");
        assertEquals(13, events.size(), "two process names and eleven events");

        JsonObject process = events.get(0).getAsJsonObject();
        assertEquals("M", process.get("ph").getAsString());
        assertEquals("dma", process.getAsJsonObject("args").get("name").getAsString());

        JsonObject last = events.get(10).getAsJsonObject();
        assertEquals("X", last.get("ph").getAsString());
        assertEquals(1, last.get("pid").getAsInt());
        assertEquals(1, last.get("tid").getAsInt());
        assertEquals("9.000007", last.get("ts").getAsBigDecimal().toPlainString());
        assertEquals("0.500132", last.get("dur").getAsBigDecimal().toPlainString());
        assertEquals(640, last.getAsJsonObject("args").get("bytes").getAsLong());
        assertEquals(509.123, last.getAsJsonObject("args").get("latency_ns").getAsDouble());
        assertFalse(last.getAsJsonObject("args").has("track"));

        JsonObject hazardProcess = events.get(11).getAsJsonObject();
        assertEquals("hazard \"stale\"", hazardProcess.getAsJsonObject("args").get("name").getAsString());
        JsonObject hazard = events.get(12).getAsJsonObject();
        assertEquals("i", hazard.get("ph").getAsString());
        assertEquals(2, hazard.get("pid").getAsInt());
        assertEquals("2.500001", hazard.get("ts").getAsBigDecimal().toPlainString());
        assertEquals(0xdead_beef00L, hazard.getAsJsonObject("args").get("address").getAsLong());
    }
}
