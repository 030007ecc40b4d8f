/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.runner.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine-against-reference ratios read the benchmark's tables and tell a real difference from noise. */
class EngineRatioTest {

    @TempDir
    Path dir;

    /** One JVM's table, as {@link EndToEndBench} prints it: a cold run, then warm ones. */
    private Path table(String name, double cold, double... warm) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("  run         wall s  engine events   M events/s    sim ms per wall s  peak heap MiB");
        lines.add(String.format("  %-9s %8.3f %,14d %12.2f %20.2f %14.0f", "1 (cold)", 10 / cold, 4_030_465, 2.8, cold,
            38.0));
        for (int i = 0; i < warm.length; i++) {
            lines.add(String.format("  %-9s %8.3f %,14d %12.2f %20.2f %14.0f", i + 2, 10 / warm[i], 4_030_465, 4.8,
                warm[i], 40.0));
        }
        lines.add("  cold (run 1): 2.80 M engine events/s; warm (median of runs 2 to 3): 4.80 M engine events/s");
        return Files.write(dir.resolve(name), lines);
    }

    private String print(List<Path> engine, List<Path> reference) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EngineRatio.print(engine, reference, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theRatesAreTheSimulatedTimePerWallSecondOfTheColdOrTheWarmRuns() throws IOException {
        Path a = table("a.txt", 7.0, 12.0, 13.5);
        Path b = table("b.txt", 6.5, 11.0);
        assertArrayEquals(new double[] {7.0, 6.5}, EngineRatio.rates(List.of(a, b), true));
        assertArrayEquals(new double[] {12.0, 13.5, 11.0}, EngineRatio.rates(List.of(a, b), false));
    }

    @Test
    void anEngineSlowerInEveryColdRunIsReportedSlowerAndNotWithinTheNoise() throws IOException {
        List<Path> engine = new ArrayList<>();
        List<Path> reference = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            engine.add(table("e" + i, 6.0 + i * 0.05, 12.0 + i * 0.1));
            reference.add(table("r" + i, 7.0 + i * 0.05, 12.05 + i * 0.1));
        }
        String printed = print(engine, reference);
        assertTrue(printed.contains("cold, this engine / the reference: 0.86x"),
            printed);
        assertTrue(printed.lines().filter(line -> line.contains("cold")).allMatch(line -> line.endsWith("slower)")),
            printed);
        assertTrue(printed.lines().filter(line -> line.contains("warm")).allMatch(
            line -> line.endsWith("within the noise)")), printed);
    }
}
