/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.runner.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.platsim.runner.scorecard.Scorecard;
import io.platsim.trace.analysis.RunSummary;

/**
 * {@code platsim scorecard [FOLDER] [--out DIR]}: runs every model the validation suite's {@code figures.json}
 * names, prints the scorecard and writes it as {@code scorecard.json} and {@code scorecard.md} into the output
 * folder. Exits 0 when every figure agrees with its measurement or has its gap documented and every direction
 * holds, 3 otherwise.
 */
final class ScorecardCommand {

    /** Exit code of a scorecard with a figure outside its tolerance and no documented gap, or a broken direction. */
    static final int NOT_GREEN = 3;

    private ScorecardCommand() {
    }

    static int execute(Options options, PrintStream out, PrintStream err) throws Exception {
        Path suite = Path.of(options.target);
        Path figuresFile = suite.resolve("figures.json");
        if (!Files.isRegularFile(figuresFile)) {
            err.println(figuresFile + ": no such file; name the validation folder of the example project");
            return Cli.INVALID_MODEL;
        }
        JsonObject figures;
        try {
            figures = JsonParser.parseString(Files.readString(figuresFile)).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            err.println(figuresFile + ": not a JSON object: " + e.getMessage());
            return Cli.INVALID_MODEL;
        }
        if (!figures.has("figures") || !figures.get("figures").isJsonArray()) {
            err.println(figuresFile + ": no list of 'figures'");
            return Cli.INVALID_MODEL;
        }
        Path outDir = options.get("out") != null ? Path.of(options.get("out")) : suite.resolve("runs");
        Map<String, RunSummary> summaries = new LinkedHashMap<>();
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        for (JsonElement element : figures.getAsJsonArray("figures")) {
            if (!element.isJsonObject()) {
                err.println(figuresFile + ": a figure is not an object: " + element);
                return Cli.INVALID_MODEL;
            }
            JsonObject figure = element.getAsJsonObject();
            for (String key : new String[] {"model", "baseline"}) {
                if (!figure.has(key) || !figure.get(key).isJsonPrimitive()
                    || summaries.containsKey(figure.get(key).getAsString())) {
                    continue;
                }
                String model = figure.get(key).getAsString();
                Path modelFile;
                Path folder;
                try {
                    modelFile = suite.resolve(model);
                    folder = outDir.resolve(model.replaceFirst("\\.platsim$", "").replace('/', '_'));
                } catch (InvalidPathException e) {
                    err.println(figuresFile + ": '" + model + "' is not a model file's path: " + e.getMessage());
                    return Cli.INVALID_MODEL;
                }
                out.println("running " + model);
                // The scorecard's run folders are its own: a new scorecard replaces the runs of the last one.
                int code = RunCommand.runModel(modelFile, folder, options.with("force"), quiet, err);
                if (code != Cli.OK) {
                    return code;
                }
                RunSummary summary = RunSummary.read(folder);
                if (summary == null) {
                    err.println(folder.resolve("summary.json") + ": cannot be read as a run's summary");
                    return Cli.INTERNAL_ERROR;
                }
                summaries.put(model, summary);
            }
        }
        Scorecard card;
        try {
            card = Scorecard.of(figures, summaries);
        } catch (IllegalArgumentException e) {
            err.println(figuresFile + ": " + e.getMessage());
            return Cli.INVALID_MODEL;
        }
        String table = markdown(card);
        out.println();
        out.print(table);
        Files.createDirectories(outDir);
        Files.writeString(outDir.resolve("scorecard.md"), table);
        Files.writeString(outDir.resolve("scorecard.json"), json(card));
        out.println("Scorecard written to " + outDir.resolve("scorecard.md") + " and scorecard.json");
        return card.green() ? Cli.OK : NOT_GREEN;
    }

    /** The scorecard as Markdown: a table of figures, the gaps explained, and the directions. */
    static String markdown(Scorecard card) {
        StringBuilder md = new StringBuilder("| figure | role | measured | PlatSim | error | tolerance | verdict |\n"
            + "|---|---|---:|---:|---:|---:|---|\n");
        for (Scorecard.Row r : card.rows()) {
            md.append(String.format(Locale.ROOT, "| %s (`%s`) | %s | %.2f %s | %.2f %s | %+.1f%% | %.0f%% | %s |%n",
                r.figure(), r.id(), r.role(), r.measured(), r.unit(), r.simulated(), r.unit(), 100 * r.error(),
                100 * r.tolerance(), r.status()));
        }
        md.append("\nSources:\n\n");
        card.rows().stream().map(Scorecard.Row::source).distinct().forEach(source -> {
            md.append("- ").append(source).append('\n');
            card.rows().stream().filter(r -> r.source().equals(source)).forEach(r -> md.append("  - `")
                .append(r.id()).append("`: ").append(r.where()).append('\n'));
        });
        md.append("\nGaps (figures outside their tolerance, and why):\n\n");
        card.rows().stream().filter(r -> r.status() == Scorecard.Status.GAP).forEach(r -> md.append(String.format(
            Locale.ROOT, "- `%s` (%+.0f%%): %s%n", r.id(), 100 * r.error(), r.gap())));
        md.append("\nDirections:\n\n");
        for (Scorecard.Direction d : card.directions()) {
            md.append("- ").append(d.holds() ? "holds" : "BROKEN").append(": ").append(d.text()).append(" (`")
                .append(d.greater()).append("` above `").append(d.than()).append("`)\n");
        }
        md.append(card.green() ? "\nGreen: every figure agrees or has its gap documented; every direction holds.\n"
            : "\nNot green: a figure disagrees with no documented reason, or a direction is broken.\n");
        return md.toString();
    }

    private static String json(Scorecard card) {
        Json json = new Json().open(null).put("green", card.green()).array("figures");
        for (Scorecard.Row r : card.rows()) {
            json.open(null).put("id", r.id()).put("figure", r.figure()).put("role", r.role()).put("unit", r.unit())
                .put("measured", r.measured()).put("simulated", r.simulated()).put("error", r.error())
                .put("tolerance", r.tolerance()).put("verdict", r.status().name()).put("source", r.source())
                .put("where", r.where()).put("gap", r.gap() == null ? "" : r.gap()).close();
        }
        json.close().array("directions");
        for (Scorecard.Direction d : card.directions()) {
            json.open(null).put("id", d.id()).put("text", d.text()).put("holds", d.holds()).close();
        }
        return json.close().close().toString();
    }
}
