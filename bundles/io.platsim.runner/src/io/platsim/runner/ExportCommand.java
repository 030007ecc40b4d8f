/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.runner;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import io.platsim.charts.RunTraces;
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
            for (Path file : files) {
                Path csv = folder.resolve(file.getFileName().toString().replaceFirst("\\.pst$", ".csv"));
                long rows = whole(csv, writer -> CsvExporter.export(file, writer));
                out.printf("%s: %,d rows%n", csv, rows);
            }
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
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".writing");
        try {
            long written;
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                written = export.into(writer);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return written;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
