/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.platsim.compiler.CompiledPlatform;
import io.platsim.compiler.ModelCompiler;
import io.platsim.compiler.RunOverrides;
import io.platsim.model.persistence.LoadResult;
import io.platsim.model.persistence.ModelFiles;
import io.platsim.run.Runner;

/**
 * Every model of the example workspace (examples, seed scenarios, validation suite), run for 100 us after its
 * warm-up (a model that registers memory for its own length: a registration round takes 110 us to 1.5 ms, so 100 us
 * would record none) with every trace, against the golden record of its summary (wall-clock figures aside) and the
 * SHA-256 of each trace file. A change to the engine that moves any number or any trace byte fails here, naming the
 * model and the figures that moved; one that is meant is recorded again (delete the model's file under
 * {@code golden/}, run the tests, commit what they write) and explained in its commit and in the scenario's
 * documentation.
 */
class GoldenRunsTest {

    private static final long SIMULATED_PS = 100_000_000L;
    /** Figures of a summary that depend on the machine, not the model. */
    private static final List<String> WALL_CLOCK = List.of("wall_seconds", "engine_events_per_second",
        "simulated_us_per_wall_second", "peak_heap_mib");

    @TempDir
    Path temp;

    @Test
    void everyExampleRunsAsRecorded() throws Exception {
        Path top = top();
        Path examples = top.resolve("examples/workspace/PlatSim Examples");
        Path golden = top.resolve("tests/io.platsim.runner.tests/golden");
        List<Path> models;
        try (Stream<Path> files = Files.walk(examples)) {
            models = files.filter(p -> p.toString().endsWith(".platsim")).sorted().toList();
        }
        List<String> written = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        for (Path model : models) {
            String name = examples.relativize(model).toString().replaceFirst("\\.platsim$", "").replace('/', '_');
            String record = record(model, temp.resolve(name));
            Path file = golden.resolve(name + ".json");
            if (!Files.exists(file)) {
                Files.createDirectories(golden);
                Files.writeString(file, record, StandardCharsets.UTF_8);
                written.add(name);
            } else {
                String before = Files.readString(file, StandardCharsets.UTF_8);
                if (!before.equals(record)) {
                    moved.add(name + ": " + differences(JsonParser.parseString(before), JsonParser.parseString(record),
                        ""));
                }
            }
        }
        assertTrue(models.size() > 40, "the example workspace is where it should be: " + models.size());
        assertEquals(List.of(), moved, moved.size() + " models no longer run as recorded; if the change is meant, "
            + "delete their files under golden/, run the tests again and commit what they write");
        if (!written.isEmpty()) {
            fail(written + " had no golden record and have been recorded; commit them");
        }
    }

    /** The golden record of one run of {@code model}: its summary without wall-clock figures, its traces' hashes. */
    private static String record(Path model, Path folder) throws Exception {
        LoadResult loaded = ModelFiles.load(model);
        assertTrue(loaded.ok(), model + ": " + loaded.errors());
        CompiledPlatform compiled = ModelCompiler.compile(loaded.platform(), new RunOverrides(SIMULATED_PS, null));
        if (!compiled.config().registrations().isEmpty()) {
            compiled = ModelCompiler.compile(loaded.platform(), RunOverrides.NONE);
        }
        Runner.Outcome outcome = Runner.run(model.getFileName().toString(), compiled, folder, Runner.KINDS,
            ps -> { }, () -> false);
        assertTrue(outcome.complete(), model.toString());
        JsonObject summary = JsonParser.parseString(Files.readString(folder.resolve("summary.json")))
            .getAsJsonObject();
        WALL_CLOCK.forEach(summary::remove);
        JsonObject traces = new JsonObject();
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder.resolve("traces"))) {
            for (Path trace : files.toList()) {
                hashes.put(trace.getFileName().toString(), sha256(Files.readAllBytes(trace)));
            }
        }
        hashes.forEach(traces::addProperty);
        JsonObject record = new JsonObject();
        record.add("summary", summary);
        record.add("traces", traces);
        return new GsonBuilder().setPrettyPrinting().create().toJson(record) + "\n";
    }

    /** The paths at which {@code a} and {@code b} differ, with both values; the first ten. */
    private static String differences(JsonElement a, JsonElement b, String path) {
        List<String> found = new ArrayList<>();
        collect(a, b, path, found);
        return String.join("; ", found.subList(0, Math.min(10, found.size())))
            + (found.size() > 10 ? "; and " + (found.size() - 10) + " more" : "");
    }

    private static void collect(JsonElement a, JsonElement b, String path, List<String> found) {
        if (a != null && b != null && a.isJsonObject() && b.isJsonObject()) {
            for (String key : a.getAsJsonObject().keySet()) {
                collect(a.getAsJsonObject().get(key), b.getAsJsonObject().get(key), path + "/" + key, found);
            }
            for (String key : b.getAsJsonObject().keySet()) {
                if (!a.getAsJsonObject().has(key)) {
                    found.add(path + "/" + key + " is new");
                }
            }
        } else if (a != null && b != null && a.isJsonArray() && b.isJsonArray()
            && a.getAsJsonArray().size() == b.getAsJsonArray().size()) {
            for (int i = 0; i < a.getAsJsonArray().size(); i++) {
                collect(a.getAsJsonArray().get(i), b.getAsJsonArray().get(i), path + "/" + i, found);
            }
        } else if (a == null || !a.equals(b)) {
            found.add(path + " " + a + " -> " + b);
        }
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static Path top() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        return dir;
    }
}
