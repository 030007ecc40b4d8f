/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep.results;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.platsim.model.persistence.PlatsimResource;
import io.platsim.sweep.design.Point;

/**
 * A sweep's two tables, as docs/sweeps.md documents them: {@value #RESULTS}, a row per point and seed, and
 * {@value #SUMMARY}, a row per point with each response's mean, standard deviation, 95% confidence interval and
 * count over the point's runs that ended well. Both are written atomically.
 */
public final class SweepTables {

    public static final String RESULTS = "results.csv";
    public static final String SUMMARY = "summary.csv";

    private SweepTables() {
    }

    /** One point of the summary: how many of its runs ended well, and each response's statistics over them. */
    public record PointSummary(Point point, int runs, int ok, List<ResponseStats> responses) {
    }

    /** Each point's statistics, in the points' order. */
    public static List<PointSummary> summarize(List<Row> rows, int responses) {
        Map<Point, List<Row>> byPoint = new LinkedHashMap<>();
        for (Row row : rows) {
            byPoint.computeIfAbsent(row.point(), p -> new ArrayList<>()).add(row);
        }
        List<PointSummary> summary = new ArrayList<>();
        byPoint.forEach((point, runs) -> {
            List<Row> ok = runs.stream().filter(r -> Row.OK.equals(r.status())).toList();
            List<ResponseStats> stats = new ArrayList<>();
            for (int r = 0; r < responses; r++) {
                int index = r;
                stats.add(ResponseStats.of(ok.stream().mapToDouble(row -> row.responses()[index]).toArray()));
            }
            summary.add(new PointSummary(point, runs.size(), ok.size(), stats));
        });
        return summary;
    }

    /** Writes both tables into {@code folder}. */
    public static void write(Path folder, List<String> factors, List<String> responses, List<Row> rows,
            List<PointSummary> summary) throws IOException {
        StringBuilder results = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("point"));
        header.addAll(factors);
        header.addAll(List.of("replication", "seed", "status", "wall_s"));
        header.addAll(responses);
        header.addAll(List.of("run", "message"));
        results.append(Csv.line(header));
        for (Row row : rows) {
            List<String> cells = new ArrayList<>(List.of(row.point().id()));
            cells.addAll(row.point().values());
            cells.addAll(List.of(Integer.toString(row.replication()), Long.toString(row.seed()), row.status(),
                Csv.number(row.wallSeconds())));
            for (double value : row.responses()) {
                cells.add(Csv.number(value));
            }
            cells.addAll(List.of(row.run(), row.message()));
            results.append(Csv.line(cells));
        }
        write(folder.resolve(RESULTS), results.toString());
        StringBuilder table = new StringBuilder();
        header = new ArrayList<>(List.of("point"));
        header.addAll(factors);
        header.addAll(List.of("runs", "ok"));
        for (String response : responses) {
            header.addAll(List.of(response + " mean", response + " sd", response + " ci95", response + " n"));
        }
        table.append(Csv.line(header));
        for (PointSummary point : summary) {
            List<String> cells = new ArrayList<>(List.of(point.point().id()));
            cells.addAll(point.point().values());
            cells.addAll(List.of(Integer.toString(point.runs()), Integer.toString(point.ok())));
            for (ResponseStats stats : point.responses()) {
                cells.addAll(List.of(Csv.number(stats.mean()), Csv.number(stats.sd()), Csv.number(stats.ci95()),
                    Integer.toString(stats.n())));
            }
            table.append(Csv.line(cells));
        }
        write(folder.resolve(SUMMARY), table.toString());
    }

    /**
     * The folder of the first run of point {@code pointId} that ended well, from the results folder's
     * {@value #RESULTS}; null when it has none.
     */
    public static Path firstRun(Path folder, String pointId) throws IOException {
        List<List<String>> rows = Csv.read(java.nio.file.Files.readString(folder.resolve(RESULTS)));
        if (rows.isEmpty()) {
            return null;
        }
        int status = rows.get(0).indexOf("status");
        int run = rows.get(0).indexOf("run");
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() > run && row.get(0).equals(pointId) && Row.OK.equals(row.get(status))) {
                return folder.resolve(row.get(run));
            }
        }
        return null;
    }

    private static void write(Path file, String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        PlatsimResource.writeAtomically(file, bytes);
    }
}
