/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.runner.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import io.platsim.run.TraceExport;

/** {@code platsim export-trace}: a run's traces as CSV files or one Perfetto (Chrome trace-event) JSON file. */
final class ExportCommand {

    private ExportCommand() {
    }

    static int execute(Options options, PrintStream out, PrintStream err) throws Exception {
        Path run = Path.of(options.target);
        String format = options.get("format");
        String to = options.get("out");
        try {
            TraceExport.check(run);
            if ("csv".equals(format)) {
                TraceExport.csv(run, to != null ? Path.of(to) : run.resolve("export")).forEach(out::println);
                return Cli.OK;
            }
            if ("perfetto".equals(format)) {
                out.println(TraceExport.perfetto(run, to != null ? Path.of(to) : run.resolve("trace.json")));
                return Cli.OK;
            }
        } catch (TraceExport.Unexportable refused) {
            err.println(refused.getMessage());
            return Cli.INVALID_MODEL;
        }
        err.println("platsim export-trace: --format must be csv or perfetto");
        return Cli.USAGE;
    }
}
