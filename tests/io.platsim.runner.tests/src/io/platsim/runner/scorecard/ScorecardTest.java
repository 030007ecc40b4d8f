/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.runner.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.platsim.runner.cli.Cli;
import io.platsim.trace.analysis.RunSummary;

/** The validation suite run as {@code platsim scorecard} does it, and the verdicts it gives. */
class ScorecardTest {

    @TempDir
    Path temp;

    private static Path suite() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        return dir.resolve("examples/workspace/PlatSim Examples/validation");
    }

    @Test
    void theValidationSuiteIsGreenAndItsCalibratedFiguresAgree() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.execute(new String[] {"scorecard", suite().toString(), "--out", temp.toString()},
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(Cli.OK, code, printed + err.toString(StandardCharsets.UTF_8));
        JsonObject card = JsonParser.parseString(Files.readString(temp.resolve("scorecard.json"))).getAsJsonObject();
        assertTrue(card.get("green").getAsBoolean());
        int figures = 0;
        for (var element : card.getAsJsonArray("figures")) {
            JsonObject figure = element.getAsJsonObject();
            figures++;
            String verdict = figure.get("verdict").getAsString();
            if (figure.get("role").getAsString().equals("calibrated")) {
                assertEquals("PASS", verdict, figure.get("id").getAsString() + " is calibrated: it must agree");
            }
            if (!verdict.equals("PASS")) {
                assertTrue(figure.get("gap").getAsString().length() > 40, figure.get("id") + " explains its gap");
            }
        }
        assertTrue(figures >= 12, "figures: " + figures);
        for (var direction : card.getAsJsonArray("directions")) {
            assertTrue(direction.getAsJsonObject().get("holds").getAsBoolean(), direction.toString());
        }
        assertTrue(Files.readString(temp.resolve("scorecard.md")).contains("| figure | role | measured |"));
        assertTrue(printed.contains("pcie-rd64-bandwidth-iommu-64m"), printed);
        String first = Files.readString(temp.resolve("scorecard.md"));
        int again = Cli.execute(new String[] {"scorecard", suite().toString(), "--out", temp.toString()},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Cli.OK, again, "a second scorecard replaces the first one's runs: " + err);
        assertEquals(first, Files.readString(temp.resolve("scorecard.md")), "and gives the same scorecard");
    }

    /** A summary whose one device's upstream link was {@code percent} busy. */
    private static RunSummary utilisation(double percent) {
        return RunSummary.parse("{\"devices\": [{\"upstream_link_utilisation\": " + percent + "}]}");
    }

    @Test
    void aFigureOutsideItsToleranceWithoutAReasonFails() {
        JsonObject figures = JsonParser.parseString("""
            {"sources": {"s": "a source"},
             "figures": [{"id": "f", "figure": "a figure", "model": "m",
                          "metric": "devices/0/upstream_link_utilisation", "unit": "ns", "measured": 100,
                          "tolerance": 0.1, "source": "s", "where": "table 1", "role": "judged"}],
             "directions": []}""").getAsJsonObject();
        RunSummary near = utilisation(105);
        RunSummary far = utilisation(150);
        assertEquals(Scorecard.Status.PASS, Scorecard.of(figures, Map.of("m", near)).rows().get(0).status());
        Scorecard failing = Scorecard.of(figures, Map.of("m", far));
        assertEquals(Scorecard.Status.FAIL, failing.rows().get(0).status());
        assertTrue(!failing.green());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
            () -> Scorecard.of(figures, Map.of("m", RunSummary.parse("{}"))));
        assertTrue(missing.getMessage().contains("devices/0/upstream_link_utilisation")
            && missing.getMessage().contains("figure f"),
            missing.getMessage());
    }

    @Test
    void badFiguresAreRefusedWithTheFileAndTheFigureNamed() throws Exception {
        Path suite = Files.createDirectories(temp.resolve("suite"));
        Path file = suite.resolve("figures.json");
        Files.writeString(file, "{\"sources\": {}, \"figures\": [{\"id\": \"f\", \"model\": \"m.platsim\"}]}");
        Files.writeString(suite.resolve("m.platsim"), "not a model");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.execute(new String[] {"scorecard", suite.toString(), "--out", temp.resolve("o").toString()},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Cli.INVALID_MODEL, code, "a model that does not load");
        Files.writeString(file, "[1, 2]");
        code = Cli.execute(new String[] {"scorecard", suite.toString()}, new PrintStream(new ByteArrayOutputStream(),
            true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Cli.INVALID_MODEL, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("figures.json: not a JSON object"), err.toString());
        JsonObject noMetric = JsonParser.parseString("""
            {"sources": {}, "figures": [{"id": "f", "model": "m", "measured": 1}]}""").getAsJsonObject();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> Scorecard.of(noMetric, Map.of("m", RunSummary.parse("{}"))));
        assertEquals("figure f: no 'metric'", e.getMessage());
    }
}
