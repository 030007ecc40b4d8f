/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.runner.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.platsim.charts.RunTraces;
import io.platsim.runner.RunFolder;
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
        List<String> missing = RunTraces.missing(run);
        if (!missing.isEmpty()) {
            err.println(missing.get(0) + " is missing (the run's summary lists it): run the model again");
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
            // Every trace is read whole before any CSV takes its name: a damaged one leaves none of them.
            Map<Path, Path> temporaries = new LinkedHashMap<>();
            List<String> lines = new ArrayList<>();
            try {
                for (Path file : files) {
                    Path csv = folder.resolve(file.getFileName().toString().replaceFirst("\\.pst$", ".csv"));
                    Path temporary = temporary(csv);
                    temporaries.put(csv, temporary);
                    long rows = into(temporary, writer -> CsvExporter.export(file, writer));
                    lines.add(String.format("%s: %,d rows", csv, rows));
                }
                for (Map.Entry<Path, Path> csv : temporaries.entrySet()) {
                    Files.move(csv.getValue(), csv.getKey(), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                }
            } finally {
                for (Path temporary : temporaries.values()) {
                    Files.deleteIfExists(temporary);
                }
            }
            lines.forEach(out::println);
            return Cli.OK;
        }
        if ("perfetto".equals(format)) {
            Path json = options.get("out") != null ? Path.of(options.get("out")) : run.resolve("trace.json");
            List<String> names = RunTraces.trackNames(run);
            long events = whole(json, writer -> PerfettoExporter.export(files, names, writer));
            out.printf("%s: %,d events; open it at https://ui.perfetto.dev%n", json, events);
            return Cli.OK;
        }
        err.println("platsim export-trace: --format must be csv or perfetto");
        return Cli.USAGE;
    }

    /** An export into a writer; returns how much it wrote. */
    @FunctionalInterface
    private interface Export {
        long into(Writer writer) throws IOException;
    }

    /**
     * Writes {@code file} through a temporary file beside it and a rename: an export that fails (a damaged trace, a
     * full disk) leaves no partial file, and any file it would have replaced as it was.
     */
    private static long whole(Path file, Export export) throws IOException {
        Path temporary = temporary(file);
        try {
            long written = into(temporary, export);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return written;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** A new temporary file beside {@code file}, for what will take its name. */
    private static Path temporary(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        return Files.createTempFile(folder, "." + file.getFileName(), ".writing");
    }

    /** Writes {@code export} into {@code file}; returns how much it wrote. */
    private static long into(Path file, Export export) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            return export.into(writer);
        }
    }
}
