/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.runner.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import io.platsim.charts.HtmlReport;
import io.platsim.charts.sweep.SweepReport;
import io.platsim.run.RunFolder;
import io.platsim.sweep.results.SweepTables;

/**
 * {@code platsim report RUN|SWEEP_RESULTS [--out report.html]}: a run's summary table and charts, or a sweep's table
 * and charts, in one HTML file.
 */
final class ReportCommand {

    private ReportCommand() {
    }

    static int execute(Options options, PrintStream out, PrintStream err) throws Exception {
        Path run = Path.of(options.target);
        if (!Files.exists(run.resolve("summary.json")) && Files.isRegularFile(run.resolve(SweepTables.SUMMARY))) {
            Path report = options.get("out") != null ? Path.of(options.get("out")) : run.resolve("report.html");
            int charts = SweepReport.write(run, report);
            out.println(report + ": the sweep's table and " + charts + " charts");
            return Cli.OK;
        }
        String unfinished = RunFolder.unfinished(run);
        if (unfinished != null) {
            err.println(unfinished);
            return Cli.INVALID_MODEL;
        }
        if (!Files.isRegularFile(run.resolve("summary.json"))) {
            err.println(run + ": not a PlatSim run folder (it has no summary.json)");
            return Cli.INVALID_MODEL;
        }
        Path report = options.get("out") != null ? Path.of(options.get("out")) : run.resolve("report.html");
        HtmlReport.Written written = HtmlReport.write(run, report);
        for (String missing : written.leftOut()) {
            err.println("warning: the report leaves out " + missing + "; run the model again for it");
        }
        out.println(report + ": summary and " + written.charts() + " charts");
        return Cli.OK;
    }
}
