/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.runner;

import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.platsim.trace.CsvExporter;
import io.platsim.trace.PerfettoExporter;

/** {@code platsim export-trace}: a run's traces as CSV files or one Perfetto (Chrome trace-event) JSON file. */
final class ExportCommand {

    private ExportCommand() {
    }

    static int execute(Options options, PrintStream out, PrintStream err) throws Exception {
        Path run = Path.of(options.target);
        String unfinished = RunFolder.unfinished(run);
        if (unfinished != null) {
            err.println(unfinished);
            return Cli.INVALID_MODEL;
        }
        Path traces = run.resolve("traces");
        if (!Files.isDirectory(traces)) {
            err.println(run + ": not a PlatSim run folder (it has no traces folder)");
            return Cli.INVALID_MODEL;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(traces)) {
            files = list.filter(p -> p.toString().endsWith(".pst")).sorted().toList();
        }
        String format = options.get("format");
        if ("csv".equals(format)) {
            Path folder = options.get("out") != null ? Path.of(options.get("out")) : run.resolve("export");
            Files.createDirectories(folder);
            for (Path file : files) {
                Path csv = folder.resolve(file.getFileName().toString().replaceFirst("\\.pst$", ".csv"));
                try (Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                    long rows = CsvExporter.export(file, writer);
                    out.printf("%s: %,d rows%n", csv, rows);
                }
            }
            return Cli.OK;
        }
        if ("perfetto".equals(format)) {
            Path json = options.get("out") != null ? Path.of(options.get("out")) : run.resolve("trace.json");
            try (Writer writer = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
                Path tracks = traces.resolve(Runner.TRACKS);
                List<String> names = Files.exists(tracks) ? Files.readAllLines(tracks) : List.of();
                long events = PerfettoExporter.export(files, names, writer);
                out.printf("%s: %,d events; open it at https://ui.perfetto.dev%n", json, events);
            }
            return Cli.OK;
        }
        err.println("platsim export-trace: --format must be csv or perfetto");
        return Cli.USAGE;
    }
}
