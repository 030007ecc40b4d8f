/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.platsim.compiler.ModelCompiler;
import io.platsim.compiler.RunOverrides;
import io.platsim.templates.Templates;
import io.platsim.trace.analysis.RunSummary;

/** The screen a run prints at its end shows the figures of the summary it wrote, not figures of its own. */
class SummaryScreenTest {

    @TempDir
    Path temp;

    @Test
    void theConsoleShowsTheThroughputSummaryJsonHolds() throws Exception {
        // The two-socket template's NIC writes at 80 Gb/s; over 100 us some of its transfers straddle the warm-up's
        // end, so the bytes of the transfers counted and the bytes delivered in the window differ.
        Path folder = temp.resolve("run");
        Runner.Outcome outcome = Runner.run("s", ModelCompiler.compile(Templates.realistic("s"),
            new RunOverrides(100_000_000L, null)), folder, Runner.KINDS, ps -> { }, () -> false);
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        SummaryScreen.print(new PrintStream(screen, true, StandardCharsets.UTF_8), Path.of("s.platsim"), outcome);
        String text = screen.toString(StandardCharsets.UTF_8);
        RunSummary written = RunSummary.read(folder);
        int rows = 0;
        for (RunSummary.Device device : written.devices()) {
            for (RunSummary.Stream stream : device.streams()) {
                String row = Arrays.stream(text.split("\n")).filter(line -> line.startsWith("  " + stream.name() + " "))
                    .findFirst().orElseThrow(() -> new AssertionError("no row for " + stream.name() + ":\n" + text));
                String[] cells = row.trim().split("\\s+");
                assertEquals(String.format(Locale.ROOT, "%.2f", stream.throughputGbps()), cells[3],
                    stream.name() + ": the screen's Gb/s is summary.json's\n" + text);
                assertEquals(String.format(Locale.ROOT, "%,d", stream.transfers()), cells[2], row);
                rows++;
            }
        }
        assertTrue(rows > 0, text);
    }
}
