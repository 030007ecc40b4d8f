/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.charts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

import io.platsim.trace.DamagedTraceException;
import io.platsim.trace.analysis.ChartSpec;
import io.platsim.trace.analysis.RunSummary;
import io.platsim.trace.analysis.RunTraces;
import io.platsim.trace.analysis.TimeAnalysis;

/**
 * A run as one self-contained HTML file: the summary table of every DMA stream, then every chart the run's
 * traces allow, as PNG images inside the file. For users who run from the command line.
 */
public final class HtmlReport {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 380;
    /** Points per line: a point every few pixels reads better than one per pixel. */
    /** The width of a chart's data area in the report, in pixels. */
    private static final int PIXELS = 720;

    private HtmlReport() {
    }

    /** What a report holds: its charts, and the traces it had to leave out, with why. */
    public record Written(int charts, List<String> leftOut) {
    }

    /**
     * Writes the report of run folder {@code run} to {@code out}. A damaged summary fails it; a damaged trace is
     * left out, and named in the report and in the result.
     */
    public static Written write(Path run, Path out) throws IOException {
        Path summaryFile = run.resolve("summary.json");
        StringBuilder html = new StringBuilder(64 * 1024);
        List<JFreeChart> charts = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        RunSummary summary;
        try {
            summary = RunSummary.parse(new String(Files.readAllBytes(summaryFile), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new DamagedTraceException(summaryFile + " is damaged (" + e.getMessage() + ")");
        }
        head(summary, html);
        streams(summary, html);
        try (RunTraces traces = new RunTraces(run)) {
            charts(traces, charts);
            traces.damaged().values().stream().sorted().forEach(leftOut::add);
        }
        html.append("<h2>Charts</h2>\n");
        for (String missing : leftOut) {
            html.append("<p><strong>Not shown:</strong> ").append(escape(missing)).append("</p>\n");
        }
        for (JFreeChart chart : charts) {
            image(html, chart, WIDTH, HEIGHT);
        }
        html.append("</body></html>\n");
        Files.writeString(out, html, StandardCharsets.UTF_8);
        return new Written(charts.size(), List.copyOf(leftOut));
    }

    private static void head(RunSummary summary, StringBuilder html) {
        String title = "PlatSim run: " + (summary.model() == null ? "" : summary.model());
        html.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>").append(escape(title))
            .append("</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}")
            .append("td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}th{background:#eee}")
            .append("td:first-child,td:nth-child(2){text-align:left}</style></head><body>\n<h1>")
            .append(escape(title)).append("</h1>\n<p>").append(escape(String.format(Locale.ROOT,
                "%s µs simulated after %s µs of warm-up, seed %d, %s.", number(summary.simulatedUs()),
                number(summary.warmupUs()), summary.seed(),
                summary.complete() ? "complete" : "INCOMPLETE ("
                    + (summary.stopped() != null ? "the run " + summary.stopped() : "cancelled") + ")")))
            .append("</p>\n");
    }

    /** The charts of every readable trace; a chart whose trace turns out damaged is left out. */
    private static void charts(RunTraces traces, List<JFreeChart> charts) throws IOException {
        long[] span = traces.span();
        if (span[1] <= span[0]) {
            return;
        }
        if (traces.readable("dma")) {
            try {
                // The latency charts of a run with DMA rows (a run of flows alone, say, has none).
                if (traces.trace("dma").endTime() > 0) {
                    charts.add(DistributionCharts.latency(traces, span[0], span[1]));
                    charts.add(DistributionCharts.breakdown(traces, span[0], span[1]));
                }
            } catch (DamagedTraceException e) {
                traces.damaged("dma", e.getMessage());
            }
        }
        for (ChartSpec spec : TimeAnalysis.available(traces)) {
            if (!traces.readable(spec.trace())) {
                continue;
            }
            try {
                JFreeChart chart = TimeCharts.chart(traces, spec, span[0], span[1], PIXELS);
                if (chart.getXYPlot().getDataset().getSeriesCount() > 0) {
                    charts.add(chart);
                }
            } catch (DamagedTraceException e) {
                traces.damaged(spec.trace(), e.getMessage());
            }
        }
    }

    private static void streams(RunSummary summary, StringBuilder html) {
        html.append("<h2>DMA streams</h2>\n<table><tr><th>device</th><th>stream</th><th>direction</th>")
            .append("<th>transfers</th><th>Gb/s</th><th>p50 ns</th><th>p90 ns</th><th>p99 ns</th><th>max ns</th>")
            .append("<th>link ns</th><th>IOMMU ns</th><th>coherence ns</th><th>memory ns</th><th>driver ns</th>")
            .append("</tr>\n");
        for (RunSummary.Device d : summary.devices()) {
            for (RunSummary.Stream s : d.streams() == null ? List.<RunSummary.Stream>of() : d.streams()) {
                RunSummary.Latency latency = s.latencyNs();
                RunSummary.Split split = s.latencySplitMeanNs();
                html.append("<tr><td>").append(escape(String.valueOf(d.name()))).append("</td><td>")
                    .append(escape(String.valueOf(s.name()))).append("</td><td>")
                    .append(escape(String.valueOf(s.direction())));
                List<String> values = new ArrayList<>(List.of(Long.toString(s.transfers()),
                    number(s.throughputGbps())));
                if (latency != null) {
                    values.addAll(List.of(number(latency.p50()), number(latency.p90()), number(latency.p99()),
                        number(latency.max())));
                }
                if (split != null) {
                    values.addAll(List.of(number(split.link()), number(split.iommu()), number(split.coherence()),
                        number(split.memory()), number(split.driver())));
                }
                for (String value : values) {
                    html.append("</td><td>").append(escape(value));
                }
                html.append("</td></tr>\n");
            }
        }
        html.append("</table>\n");
    }

    /** A figure as the summary gives it: three decimals. */
    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** Appends {@code chart} to {@code html} as a PNG image inside the file, titled with the chart's title. */
    public static void image(StringBuilder html, JFreeChart chart, int width, int height) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ChartUtils.writeChartAsPNG(png, chart, width, height);
        html.append("<p><img alt=\"").append(escape(chart.getTitle().getText()))
            .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png.toByteArray()))
            .append("\"></p>\n");
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
