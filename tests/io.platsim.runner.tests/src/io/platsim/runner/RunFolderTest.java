/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.platsim.model.Platform;
import io.platsim.model.persistence.ModelFiles;
import io.platsim.templates.Templates;
import io.platsim.run.DiskGuard;
import io.platsim.run.RunFolder;
import io.platsim.runner.cli.Cli;
import io.platsim.runner.cli.CliCall;

/**
 * A run folder never says more than is true: one run writes it at a time, an earlier run is replaced only when
 * asked, a killed run is named as such by every reader, and a folder of models keeps an index that is whole after
 * every model.
 */
class RunFolderTest {

    @TempDir
    Path temp;

    private static CliCall cli(String... args) {
        return CliCall.of(args);
    }


    private Path model(String name) throws IOException {
        Path file = temp.resolve(name + ".platsim");
        ModelFiles.save(Templates.small(name), file);
        return file;
    }

    @Test
    void aSecondRunIntoAFolderBeingWrittenIsRefused() throws IOException {
        Path model = model("lab");
        Path folder = temp.resolve("run");
        try (RunFolder busy = RunFolder.open(folder, false)) {
            CliCall second = cli("run", model.toString(), "--duration", "5us", "--out", folder.toString());
            assertEquals(Cli.USAGE, second.code(), second.err());
            assertTrue(second.err().contains("another run is writing into this folder"), second.err());
            CliCall report = cli("report", folder.toString());
            assertEquals(Cli.INVALID_MODEL, report.code());
            assertTrue(report.err().contains("still writing"), report.err());
        }
    }

    @Test
    void anEarlierRunIsReplacedOnlyWithForce() throws IOException {
        Path model = model("lab");
        Path folder = temp.resolve("run");
        assertEquals(Cli.OK, cli("run", model.toString(), "--duration", "5us", "--out", folder.toString()).code());
        String first = Files.readString(folder.resolve("summary.json"));
        Files.writeString(folder.resolve("report.html"), "an old report");
        CliCall again = cli("run", model.toString(), "--duration", "10us", "--out", folder.toString());
        assertEquals(Cli.USAGE, again.code(), again.err());
        assertTrue(again.err().contains("holds an earlier run") && again.err().contains("--force"), again.err());
        assertEquals(first, Files.readString(folder.resolve("summary.json")), "the earlier run is untouched");
        CliCall forced = cli("run", model.toString(), "--duration", "10us", "--out", folder.toString(), "--force");
        assertEquals(Cli.OK, forced.code(), forced.err());
        assertFalse(Files.exists(folder.resolve("report.html")), "nothing of the earlier run is left");
        assertFalse(Files.exists(folder.resolve(RunFolder.RUNNING)));
        assertTrue(Files.readString(folder.resolve("summary.json")).contains("\"simulated_us\": 10"));
    }

    @Test
    void aFolderThatCannotBeWrittenIsOneLine() throws IOException {
        Path model = model("lab");
        Path file = Files.writeString(temp.resolve("notes.txt"), "a file");
        CliCall onFile = cli("run", model.toString(), "--duration", "5us", "--out", file.toString());
        assertEquals(Cli.USAGE, onFile.code(), onFile.err());
        assertTrue(onFile.err().contains("it is a file, not a folder"), onFile.err());
        CliCall underFile = cli("run", model.toString(), "--duration", "5us", "--out",
            file.resolve("run").toString());
        assertEquals(Cli.INTERNAL_ERROR, underFile.code(), underFile.err());
        assertTrue(underFile.err().startsWith("cannot write " + file.resolve("run")), underFile.err());
        assertFalse(underFile.err().contains("\tat "), "no stack trace: " + underFile.err());
        CliCall empty = cli("run", model.toString(), "--out", "");
        assertEquals(Cli.USAGE, empty.code(), empty.err());
    }

    @Test
    void aSummaryGivesTheTracesBytesPerSimulatedMillisecond() throws IOException {
        Path model = model("lab");
        Path folder = temp.resolve("run");
        assertEquals(Cli.OK, cli("run", model.toString(), "--duration", "50us", "--out", folder.toString()).code());
        JsonObject summary = JsonParser.parseString(Files.readString(folder.resolve("summary.json")))
            .getAsJsonObject();
        long bytes = summary.get("trace_bytes").getAsLong();
        assertEquals(DiskGuard.bytes(folder.resolve("traces")), bytes);
        assertEquals(bytes / 0.05, summary.get("trace_bytes_per_simulated_ms").getAsDouble(), bytes / 0.05 * 0.01);
    }

    @Test
    void aKilledRunIsNamedAsSuchByItsReaders() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("killed").resolve("traces"));
        Files.writeString(folder.resolveSibling(RunFolder.RUNNING), "");
        Path run = folder.getParent();
        String[][] readers = {{"report", run.toString()}, {"export-trace", run.toString(), "--format", "csv"}};
        for (String[] reader : readers) {
            CliCall result = cli(reader);
            assertEquals(Cli.INVALID_MODEL, result.code(), reader[0]);
            assertTrue(result.err().contains("did not finish"), result.err());
        }
    }

    @Test
    void aRunKilledBetweenItsSummaryAndItsMarkReadsAsFinished() throws IOException {
        Path model = model("lab");
        Path run = temp.resolve("run");
        assertEquals(Cli.OK, cli("run", model.toString(), "--duration", "5us", "--out", run.toString()).code());
        // What a kill leaves in the instant between the summary's rename and the running mark's removal.
        Files.writeString(run.resolve(RunFolder.RUNNING), "");
        CliCall report = cli("report", run.toString(), "--out", temp.resolve("report.html").toString());
        assertEquals(Cli.OK, report.code(), report.err());
    }

    @Test
    void aDamagedTraceIsNamedAndItsExportLeavesNoPartialFile() throws IOException {
        Path model = model("lab");
        Path folder = temp.resolve("run");
        assertEquals(Cli.OK, cli("run", model.toString(), "--duration", "20us", "--out", folder.toString()).code());
        Path dma = folder.resolve("traces/dma.pst");
        byte[] bytes = Files.readAllBytes(dma);
        bytes[bytes.length / 3] ^= 0x40;
        Files.write(dma, bytes);
        CliCall export = cli("export-trace", folder.toString(), "--format", "perfetto");
        assertEquals(Cli.INVALID_MODEL, export.code(), export.err());
        assertTrue(export.err().contains("dma.pst is damaged") && export.err().contains("run the model again"),
            export.err());
        assertFalse(export.err().contains("\tat "), "no stack trace: " + export.err());
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().contains("trace.json")).toList(),
                "no partial export");
        }
    }

    @Test
    void aFolderOfModelsKeepsAWholeIndexWithEveryModelInIt() throws IOException {
        Path models = Files.createDirectories(temp.resolve("models"));
        ModelFiles.save(Templates.small("a"), models.resolve("a.platsim"));
        Platform bad = Templates.small("b");
        bad.getPcieLinks().get(0).setLanes(3);
        ModelFiles.save(bad, models.resolve("b.platsim"));
        ModelFiles.save(Templates.small("c"), Files.createDirectories(models.resolve("bruns")).resolve("c.platsim"));
        CliCall result = cli("run", models.toString(), "--duration", "5us");
        assertEquals(Cli.INVALID_MODEL, result.code(), result.err());
        JsonArray runs = JsonParser.parseString(Files.readString(models.resolve("runs/index.json")))
            .getAsJsonObject().getAsJsonArray("runs");
        assertEquals(3, runs.size(), "a model in a folder named like runs is still a model: " + runs);
        JsonObject first = runs.get(0).getAsJsonObject();
        assertEquals("done", first.get("status").getAsString());
        Path folder = models.resolve("runs").resolve(first.get("run_folder").getAsString());
        assertTrue(Files.isRegularFile(folder.resolve("summary.json")), "run folders are relative to the index");
        assertEquals("invalid model", runs.get(1).getAsJsonObject().get("status").getAsString());
        CliCall again = cli("run", models.toString(), "--duration", "5us");
        assertEquals(Cli.INVALID_MODEL, again.code());
        assertEquals(3, JsonParser.parseString(Files.readString(models.resolve("runs/index.json")))
            .getAsJsonObject().getAsJsonArray("runs").size(), "the runs folder's own files are not models");
    }
}
