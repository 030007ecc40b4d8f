/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.trace.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's summary.json, typed: written and read back alike, its figures found by path, damage refused. */
class RunSummaryTest {

    @TempDir
    Path run;

    private static RunSummary.Latency latency(double p50) {
        return new RunSummary.Latency(10, p50, p50, p50, p50, p50);
    }

    private static RunSummary summary() {
        RunSummary.Stream rx = new RunSummary.Stream("rx", "write", 10, 15_000, 19.92, latency(382.213),
            new RunSummary.Split(347.213, 0, 0, 35, 0), 0, 0, 0, 0, 0, 10, 0, latency(1182.213));
        return new RunSummary("nic.platsim", true, null, 1, 100, 100, 0.5, 10_335, 20_670, 200, 25, 5532, 55_320,
            List.of("dma"), List.of(new RunSummary.Device("nic0", List.of(rx), new RunSummary.Snoops(0, 0, 0), 0.386)),
            List.of(), new RunSummary.CoreSnoops(0, 0), 0, List.of(), new RunSummary.Hazards(0, 0, 0), List.of(),
            List.of(), List.of(new RunSummary.VmExits("vm0", Map.of("hlt", 3L), 3)), List.of(), List.of(), -1,
            List.of(), List.of("a warning"));
    }

    @Test
    void whatIsWrittenReadsBackTheSame() {
        RunSummary written = summary();
        String json = written.toJson();
        assertTrue(json.contains("\"throughput_gbps\": 19.92"), json);
        assertTrue(json.contains("\"latency_split_mean_ns\": {"), "keys are the file's snake case: " + json);
        assertTrue(!json.contains("\"stopped\""), "a run that did not stop itself says nothing of it");
        assertEquals(written.toJson(), RunSummary.parse(json).toJson());
    }

    @Test
    void aFigureIsFoundByItsPath() {
        RunSummary summary = summary();
        assertEquals(19.92, summary.figure("devices/0/streams/0/throughput_gbps"));
        assertEquals(3, summary.figure("vm_exits/0/by_reason/hlt"));
        assertTrue(Double.isNaN(summary.figure("devices/1/streams/0/throughput_gbps")), "no second device");
        assertTrue(Double.isNaN(summary.figure("model")), "not a number");
        assertEquals(382.213, summary.figures().get("devices/0/streams/0/latency_ns/p50"));
    }

    @Test
    void anOlderSummaryReadsWithWhatItHas() {
        RunSummary old = RunSummary.parse("{\"model\": \"old.platsim\", \"complete\": true}");
        assertEquals("old.platsim", old.model());
        assertEquals(List.of(), old.devices(), "lists it lacks read as empty");
        assertEquals(List.of(), old.traces());
    }

    @Test
    void aDamagedOrMissingSummaryReadsAsNone() throws IOException {
        assertNull(RunSummary.read(run), "no summary.json");
        Files.writeString(run.resolve("summary.json"), "{\"model\": [1, ");
        assertNull(RunSummary.read(run), "cut short");
        Files.writeString(run.resolve("summary.json"), "{\"seed\": \"not a number\"}");
        assertNull(RunSummary.read(run), "a field of the wrong type");
    }
}
