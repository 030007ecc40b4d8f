/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The validation suite's verdict: each figure of {@code figures.json} (a model of the suite, a path into its run's
 * summary, the measured value, its tolerance and source) simulated and compared, and each qualitative direction
 * checked. A figure may be a difference: its model's metric less the same metric of a {@code baseline} model. A
 * figure outside its tolerance is a gap when {@code figures.json} documents why, and a failure when it does not.
 */
record Scorecard(List<Row> rows, List<Direction> directions) {

    /** Verdicts of a figure. */
    enum Status {
        PASS, GAP, FAIL
    }

    /** One figure: what was measured, what PlatSim gives, and whether they agree. */
    record Row(String id, String figure, String source, String where, String role, String unit, double measured,
            double simulated, double tolerance, String gap) {

        double error() {
            return (simulated - measured) / measured;
        }

        Status status() {
            if (Math.abs(error()) <= tolerance) {
                return Status.PASS;
            }
            return gap == null ? Status.FAIL : Status.GAP;
        }
    }

    /** A direction that must hold: one figure's simulated value above another's. */
    record Direction(String id, String text, String greater, String than, boolean holds) {
    }

    /** Whether every figure agrees or has its gap documented, and every direction holds. */
    boolean green() {
        return rows.stream().noneMatch(r -> r.status() == Status.FAIL) && directions.stream().allMatch(
            Direction::holds);
    }

    /** Reads {@code figures.json}; {@code summaries} gives the summary of the run of each model it names. */
    static Scorecard of(JsonObject figures, Map<String, JsonObject> summaries) {
        JsonObject sources = figures.getAsJsonObject("sources");
        Map<String, Row> rows = new LinkedHashMap<>();
        for (JsonElement element : figures.getAsJsonArray("figures")) {
            JsonObject f = element.getAsJsonObject();
            String model = f.get("model").getAsString();
            JsonObject summary = summaries.get(model);
            if (summary == null) {
                throw new IllegalArgumentException("figure " + f.get("id").getAsString() + ": no run of " + model);
            }
            double simulated = at(summary, f.get("metric").getAsString(), model);
            if (f.has("baseline")) {
                // A difference: the figure less the same metric of a baseline run (what a larger size adds, say).
                String baseline = f.get("baseline").getAsString();
                if (!summaries.containsKey(baseline)) {
                    throw new IllegalArgumentException("figure " + f.get("id").getAsString() + ": no run of "
                        + baseline);
                }
                simulated -= at(summaries.get(baseline), f.get("metric").getAsString(), baseline);
            }
            String source = f.get("source").getAsString();
            rows.put(f.get("id").getAsString(), new Row(f.get("id").getAsString(), f.get("figure").getAsString(),
                sources.has(source) ? sources.get(source).getAsString() : source, f.get("where").getAsString(),
                f.get("role").getAsString(), f.get("unit").getAsString(), f.get("measured").getAsDouble(), simulated,
                f.get("tolerance").getAsDouble(), f.has("gap") ? f.get("gap").getAsString() : null));
        }
        List<Direction> directions = new ArrayList<>();
        JsonArray array = figures.has("directions") ? figures.getAsJsonArray("directions") : new JsonArray();
        for (JsonElement element : array) {
            JsonObject d = element.getAsJsonObject();
            Row greater = rows.get(d.get("greater").getAsString());
            Row than = rows.get(d.get("than").getAsString());
            if (greater == null || than == null) {
                throw new IllegalArgumentException("direction " + d.get("id").getAsString() + " names no figure");
            }
            directions.add(new Direction(d.get("id").getAsString(), d.get("text").getAsString(), greater.id(),
                than.id(), greater.simulated() > than.simulated()));
        }
        return new Scorecard(List.copyOf(rows.values()), directions);
    }

    /** The number at {@code path} (keys and array indices joined by '/') of a run's summary. */
    static double at(JsonObject summary, String path, String model) {
        JsonElement here = summary;
        for (String step : path.split("/")) {
            if (here != null && here.isJsonArray() && step.matches("\\d+")
                && Integer.parseInt(step) < here.getAsJsonArray().size()) {
                here = here.getAsJsonArray().get(Integer.parseInt(step));
            } else if (here != null && here.isJsonObject()) {
                here = here.getAsJsonObject().get(step);
            } else {
                here = null;
            }
        }
        if (here == null || !here.isJsonPrimitive()) {
            throw new IllegalArgumentException(model + ": its summary has no number at " + path);
        }
        return here.getAsDouble();
    }

    /** The summary.json of a run folder. */
    static JsonObject summary(Path runFolder) throws IOException {
        return JsonParser.parseString(Files.readString(runFolder.resolve("summary.json"))).getAsJsonObject();
    }
}
