/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.run;

import java.io.IOException;
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

import io.platsim.trace.CsvExporter;
import io.platsim.trace.DamagedTraceException;
import io.platsim.trace.PerfettoExporter;
import io.platsim.trace.analysis.RunTraces;

/**
 * A run folder's traces as CSV files or one Perfetto (Chrome trace-event) JSON file, for the command line's
 * {@code export-trace} and the workbench's Export Traces alike. Every file is written under a temporary name and
 * renamed once whole, so a failed export (a damaged trace, a full disk) leaves no partial file.
 */
public final class TraceExport {

    /** A run folder that cannot be exported, and why, naming the folder or the file. */
    public static final class Unexportable extends Exception {
        private static final long serialVersionUID = 1L;

        Unexportable(String message) {
            super(message);
        }
    }

    private TraceExport() {
    }

    /**
     * Writes one CSV file per trace of {@code run} into {@code folder}; returns a line per file with its rows.
     * Every trace is read whole before any CSV takes its name: a damaged one leaves none of them.
     */
    public static List<String> csv(Path run, Path folder) throws Unexportable, IOException {
        List<Path> files = traces(run);
        Files.createDirectories(folder);
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
        return lines;
    }

    /** Writes every trace of {@code run} into one Perfetto JSON file {@code json}; returns its line to report. */
    public static String perfetto(Path run, Path json) throws Unexportable, IOException {
        List<Path> files = traces(run);
        List<String> names = RunTraces.trackNames(run);
        Path temporary = temporary(json);
        try {
            long events = into(temporary, writer -> PerfettoExporter.export(files, names, writer));
            Files.move(temporary, json, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return String.format("%s: %,d events; open it at https://ui.perfetto.dev", json, events);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Refuses {@code run} unless it is a finished run folder with every trace its summary lists. */
    public static void check(Path run) throws Unexportable, IOException {
        String unfinished = RunFolder.unfinished(run);
        if (unfinished != null) {
            throw new Unexportable(unfinished);
        }
        Path traces = run.resolve("traces");
        if (!Files.isDirectory(traces)) {
            throw new Unexportable(run + ": not a PlatSim run folder (it has no traces folder)");
        }
        List<String> missing = RunTraces.missing(run);
        if (!missing.isEmpty()) {
            throw new Unexportable(missing.get(0) + " is missing (the run's summary lists it): run the model again");
        }
    }

    /** The trace files of a finished run folder, in name order. */
    private static List<Path> traces(Path run) throws Unexportable, IOException {
        check(run);
        Path traces = run.resolve("traces");
        try (Stream<Path> list = Files.list(traces)) {
            return list.filter(p -> p.toString().endsWith(".pst")).sorted().toList();
        }
    }

    /** An export into a writer; returns how much it wrote. */
    @FunctionalInterface
    private interface Export {
        long into(Writer writer) throws IOException;
    }

    /** A new temporary file beside {@code file}, for what will take its name. */
    private static Path temporary(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        return Files.createTempFile(folder, "." + file.getFileName(), ".writing");
    }

    /** Writes {@code export} into {@code file}; returns how much it wrote. A damaged trace refuses the export. */
    private static long into(Path file, Export export) throws Unexportable, IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            return export.into(writer);
        } catch (DamagedTraceException e) {
            throw new Unexportable(e.getMessage() + ": run the model again");
        }
    }
}
