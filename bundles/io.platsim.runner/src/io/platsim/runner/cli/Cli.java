/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.runner.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import io.platsim.trace.DamagedTraceException;

/**
 * PlatSim's headless command line (no Display, no SWT):
 * <pre>
 *   run MODEL.platsim|FOLDER [--duration 10ms] [--seed N] [--out DIR [--force]] [--trace dma,snoop,...]
 *   export-trace RUN_FOLDER --format csv|perfetto [--out PATH]
 *   export-diagram MODEL.platsim --format png|svg|pdf [--out FILE]
 *   report RUN_FOLDER|SWEEP_RESULTS [--out report.html]
 *   scorecard VALIDATION_FOLDER [--out DIR]
 *   fuzz MUTANTS [--folders N] [--seed N] [--out DIR]
 *   sweep SWEEP.sweep [--out DIR] [--workers N] [--heap MIB] [--duration 10ms] [--trace dma,...]
 *         [--cluster HOST:PORT,... [--bind ADDR] [--port P] [--fetch-traces]]
 *   worker [--join HOST:PORT,...] [--bind ADDR] [--port P] [--workers N] [--out DIR]
 * </pre>
 * Exit codes: 0 done, 1 internal error (its stack trace goes to a log file named on stderr), 2 invalid model
 * (the messages are printed), 64 wrong usage.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int INVALID_MODEL = 2;
    public static final int USAGE = 64;

    private Cli() {
    }

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    /** Runs a command; returns its exit code. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            usage(err);
            return USAGE;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "run" -> RunCommand.execute(Options.parse(rest), out, err);
                case "export-trace" -> ExportCommand.execute(Options.parse(rest), out, err);
                case "export-diagram" -> ExportDiagramCommand.execute(Options.parse(rest), out, err);
                case "report" -> ReportCommand.execute(Options.parse(rest), out, err);
                case "scorecard" -> ScorecardCommand.execute(Options.parse(rest), out, err);
                case "fuzz" -> FuzzCommand.execute(Options.parse(rest), out, err);
                case "sweep" -> SweepCommand.execute(Options.parse(rest), out, err);
                case "worker" -> WorkerCommand.execute(Options.parse(rest, false), out, err);
                case "help", "--help", "-h" -> {
                    usage(out);
                    yield OK;
                }
                default -> {
                    err.println("platsim: unknown command '" + args[0] + "'");
                    usage(err);
                    yield USAGE;
                }
            };
        } catch (Options.UsageException e) {
            err.println("platsim " + args[0] + ": " + e.getMessage());
            return USAGE;
        } catch (DamagedTraceException e) {
            err.println(e.getMessage() + ": run the model again");
            return INVALID_MODEL;
        } catch (Exception | OutOfMemoryError e) {
            err.println("platsim " + args[0] + ": internal error: " + e + "; " + logged(args, e, err));
            return INTERNAL_ERROR;
        }
    }

    /**
     * Writes an internal error's stack trace to a log file and says where; prints it only when no log file can be
     * written. A user sees one line, and a developer gets the whole trace.
     */
    static String logged(String[] args, Throwable error, PrintStream err) {
        try {
            Path log = Files.createTempFile("platsim-error-", ".log");
            try (PrintStream file = new PrintStream(Files.newOutputStream(log), true, StandardCharsets.UTF_8)) {
                file.println("platsim " + String.join(" ", args));
                error.printStackTrace(file);
            }
            return "the details are in " + log + " (please attach it to a bug report)";
        } catch (IOException | RuntimeException e) {
            error.printStackTrace(err);
            return "no log file could be written (" + e.getMessage() + "), so the details are above";
        }
    }

    static void usage(PrintStream out) {
        out.println("usage: platsim run MODEL.platsim|FOLDER [--duration 10ms] [--seed N] [--out DIR [--force]]"
            + " [--trace dma,snoop,interrupt,hazard]");
        out.println("       platsim export-trace RUN_FOLDER --format csv|perfetto [--out PATH]");
        out.println("       platsim export-diagram MODEL.platsim --format png|svg|pdf [--out FILE]");
        out.println("       platsim report RUN_FOLDER|SWEEP_RESULTS [--out report.html]");
        out.println("       platsim scorecard VALIDATION_FOLDER [--out DIR]");
        out.println("       platsim fuzz MUTANTS [--folders N] [--seed N] [--out DIR]");
        out.println("       platsim sweep SWEEP.sweep [--out DIR] [--workers N] [--heap MIB] [--duration 10ms]"
            + " [--trace dma,...] [--cluster HOST:PORT,... [--bind ADDR] [--port P] [--fetch-traces]]");
        out.println("       platsim worker [--join HOST:PORT,...] [--bind ADDR] [--port P] [--workers N] [--out DIR]");
    }
}
