/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.platsim.sweep.design.Point;
import io.platsim.sweep.results.SweepTables.PointSummary;

/**
 * A sweep's {@code summary.csv} read back: its factors, its responses and each point's statistics. What the charts
 * and the report of a finished sweep are drawn from, with no need of the sweep file or the runs.
 */
public record SummaryTable(List<String> factors, List<String> responses, List<PointSummary> points) {

    private static final String MEAN = " mean";
    /** Columns per response: mean, sd, ci95, n. */
    private static final int PER_RESPONSE = 4;

    public SummaryTable {
        factors = List.copyOf(factors);
        responses = List.copyOf(responses);
        points = List.copyOf(points);
    }

    /** Reads {@code summary.csv} from a sweep's results folder; says what is wrong with it when it cannot. */
    public static SummaryTable read(Path folder) throws IOException {
        Path file = folder.resolve(SweepTables.SUMMARY);
        if (!Files.isRegularFile(file)) {
            throw new IOException(folder + " holds no " + SweepTables.SUMMARY + ": it is not a sweep's results folder");
        }
        List<List<String>> rows = Csv.read(Files.readString(file));
        if (rows.isEmpty()) {
            throw new IOException(file + " is empty");
        }
        List<String> header = rows.get(0);
        int runs = header.indexOf("runs");
        if (runs < 1 || header.size() < runs + 2 || (header.size() - runs - 2) % PER_RESPONSE != 0) {
            throw new IOException(file + ": line 1 is not a sweep summary's header");
        }
        List<String> factors = header.subList(1, runs);
        List<String> responses = new ArrayList<>();
        for (int c = runs + 2; c < header.size(); c += PER_RESPONSE) {
            String name = header.get(c);
            if (!name.endsWith(MEAN)) {
                throw new IOException(file + ": column " + (c + 1) + " is not a response's mean");
            }
            responses.add(name.substring(0, name.length() - MEAN.length()));
        }
        List<PointSummary> points = new ArrayList<>();
        for (int line = 1; line < rows.size(); line++) {
            List<String> row = rows.get(line);
            if (row.size() != header.size()) {
                throw new IOException(file + ": line " + (line + 1) + " has " + row.size() + " cells, not "
                    + header.size());
            }
            try {
                Point point = new Point(Integer.parseInt(row.get(0).substring(1)), row.subList(1, runs), -1);
                List<ResponseStats> stats = new ArrayList<>();
                for (int c = runs + 2; c < row.size(); c += PER_RESPONSE) {
                    stats.add(new ResponseStats(Integer.parseInt(row.get(c + 3)), number(row.get(c)),
                        number(row.get(c + 1)), number(row.get(c + 2))));
                }
                points.add(new PointSummary(point, Integer.parseInt(row.get(runs)),
                    Integer.parseInt(row.get(runs + 1)), stats));
            } catch (RuntimeException e) {
                throw new IOException(file + ": line " + (line + 1) + " is not a point's summary: " + e.getMessage(),
                    e);
            }
        }
        return new SummaryTable(factors, responses, points);
    }

    private static double number(String cell) {
        return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
    }
}
