/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.runner.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

import io.platsim.compiler.CompiledPlatform;
import io.platsim.compiler.ModelCompiler;
import io.platsim.compiler.RunOverrides;
import io.platsim.templates.Templates;

class EndToEndBenchTest {

    @TempDir
    Path temp;

    @Test
    void everyRunWritesItsOwnFolderAndTheFiguresMatchTheSummaries() throws Exception {
        CompiledPlatform compiled = ModelCompiler.compile(Templates.realistic("s"), new RunOverrides(200_000_000L,
            null));
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        double[] speeds = EndToEndBench.run("s.platsim", compiled, 3, temp,
            new PrintStream(text, true, StandardCharsets.UTF_8));
        String printed = text.toString(StandardCharsets.UTF_8);
        assertEquals(3, speeds.length);
        long events = -1;
        for (int run = 1; run <= 3; run++) {
            var summary = JsonParser.parseString(Files.readString(temp.resolve("run-" + run).resolve("summary.json")))
                .getAsJsonObject();
            long ran = summary.get("engine_events").getAsLong();
            assertTrue(ran > 10_000, "the realistic platform runs events in 200 us: " + ran);
            if (events >= 0) {
                assertEquals(events, ran, "same model and seed, same events");
            }
            events = ran;
            assertEquals(summary.get("engine_events_per_second").getAsDouble(), speeds[run - 1],
                speeds[run - 1] * 1e-6, "run " + run + " reports what its summary says");
            assertTrue(printed.contains(String.format("%,d", ran)), printed);
        }
        assertTrue(printed.contains("1 (cold)"), printed);
        assertTrue(printed.contains("warm (median of runs 2 to 3)"), printed);
        // ./platsim bench compares engines by reading this table back (EngineRatio): one cold run, two warm ones.
        Path table = Files.writeString(temp.resolve("table.txt"), printed);
        assertEquals(1, EngineRatio.rates(List.of(table), true).length, printed);
        double[] warm = EngineRatio.rates(List.of(table), false);
        assertEquals(2, warm.length, printed);
        assertTrue(warm[0] > 0 && warm[1] > 0, printed);
    }
}
