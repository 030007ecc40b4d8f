/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.charts.sweep;

import static io.platsim.charts.HtmlReport.escape;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;

import io.platsim.charts.HtmlReport;
import io.platsim.sweep.results.Curves;
import io.platsim.sweep.results.ResponseStats;
import io.platsim.sweep.results.SummaryTable;
import io.platsim.sweep.results.SweepTables;
import io.platsim.sweep.results.SweepTables.PointSummary;
import io.platsim.sweep.results.Tornado;

/**
 * A finished sweep as one self-contained HTML file: each point's responses with their confidence intervals, then
 * each response against each factor that varies (a line per value of the next factor), the tornado when the sweep
 * moved one factor at a time, and the first two responses one against the other.
 */
public final class SweepReport {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 420;

    private SweepReport() {
    }

    /** Writes the report of the sweep results folder {@code folder} to {@code out}; returns its charts' count. */
    public static int write(Path folder, Path out) throws IOException {
        SummaryTable table = SummaryTable.read(folder);
        List<JFreeChart> charts = charts(table);
        StringBuilder html = new StringBuilder(64 * 1024);
        String title = "PlatSim sweep: " + folder.getFileName();
        html.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>").append(escape(title))
            .append("</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}")
            .append("td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}th{background:#eee}")
            .append("</style></head><body>\n<h1>").append(escape(title)).append("</h1>\n<p>")
            .append(table.points().size()).append(" points; each figure is the mean of a point's runs that ended well ")
            .append("± the half-width of its 95% confidence interval (Student's t). Every run is in <code>")
            .append(SweepTables.RESULTS).append("</code>.</p>\n<table><tr><th>point</th>");
        table.factors().forEach(f -> html.append("<th>").append(escape(f)).append("</th>"));
        html.append("<th>ok</th>");
        table.responses().forEach(r -> html.append("<th>").append(escape(r)).append("</th>"));
        html.append("</tr>\n");
        for (PointSummary point : table.points()) {
            html.append("<tr><td>").append(point.point().id()).append("</td>");
            point.point().values().forEach(v -> html.append("<td>").append(escape(v)).append("</td>"));
            html.append("<td>").append(point.ok()).append('/').append(point.runs()).append("</td>");
            for (ResponseStats stats : point.responses()) {
                html.append("<td>").append(escape(stats.text())).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n<h2>Charts</h2>\n");
        for (JFreeChart chart : charts) {
            HtmlReport.image(html, chart, WIDTH, HEIGHT);
        }
        html.append("</body></html>\n");
        Files.writeString(out, html, StandardCharsets.UTF_8);
        return charts.size();
    }

    /** The report's charts, in its order. */
    public static List<JFreeChart> charts(SummaryTable table) {
        List<Integer> varying = new ArrayList<>();
        for (int f = 0; f < table.factors().size(); f++) {
            if (Curves.values(table, f).size() > 1) {
                varying.add(f);
            }
        }
        // A number along the x axis reads as a curve; categories come after.
        varying.sort(java.util.Comparator.comparing(f -> !Curves.numeric(table, f)));
        List<JFreeChart> charts = new ArrayList<>();
        boolean oneAtATime = oneAtATime(table);
        for (int r = 0; r < table.responses().size(); r++) {
            if (oneAtATime) {
                charts.add(SweepCharts.tornado(Tornado.of(table, r)));
                continue;
            }
            for (int x : varying) {
                int line = varying.stream().filter(f -> f != x).findFirst().orElse(-1);
                charts.add(SweepCharts.curves(table, r, Curves.of(table, r, x, line, Map.of())));
            }
        }
        if (table.responses().size() > 1 && table.points().size() > 2) {
            charts.add(SweepCharts.tradeoff(table, 0, 1));
        }
        return charts;
    }

    /** Whether every point but the first moves exactly one factor away from it: a one-factor-at-a-time sweep. */
    static boolean oneAtATime(SummaryTable table) {
        List<String> base = table.points().get(0).point().values();
        if (table.points().size() < 2 || base.size() < 2) {
            return false;
        }
        for (PointSummary point : table.points().subList(1, table.points().size())) {
            int differing = 0;
            for (int f = 0; f < base.size(); f++) {
                differing += base.get(f).equals(point.point().values().get(f)) ? 0 : 1;
            }
            if (differing != 1) {
                return false;
            }
        }
        return true;
    }
}
