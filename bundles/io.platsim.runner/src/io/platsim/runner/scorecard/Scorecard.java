/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.runner.scorecard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import io.platsim.trace.analysis.RunSummary;

/**
 * The validation suite's verdict: each figure of {@code figures.json} (a model of the suite, a path into its run's
 * summary, the measured value, its tolerance and source) simulated and compared, and each qualitative direction
 * checked. A figure may be a difference: its model's metric less the same metric of a {@code baseline} model. A
 * figure outside its tolerance is a gap when {@code figures.json} documents why, and a failure when it does not.
 */
public record Scorecard(List<Row> rows, List<Direction> directions) {

    /** Verdicts of a figure. */
    public enum Status {
        PASS, GAP, FAIL
    }

    /** One figure: what was measured, what PlatSim gives, and whether they agree. */
    public record Row(String id, String figure, String source, String where, String role, String unit, double measured,
            double simulated, double tolerance, String gap) {

        public double error() {
            return (simulated - measured) / measured;
        }

        public Status status() {
            if (Math.abs(error()) <= tolerance) {
                return Status.PASS;
            }
            return gap == null ? Status.FAIL : Status.GAP;
        }
    }

    /** A direction that must hold: one figure's simulated value above another's. */
    public record Direction(String id, String text, String greater, String than, boolean holds) {
    }

    /** Whether every figure agrees or has its gap documented, and every direction holds. */
    public boolean green() {
        return rows.stream().noneMatch(r -> r.status() == Status.FAIL) && directions.stream().allMatch(
            Direction::holds);
    }

    /**
     * Reads {@code figures.json}; {@code summaries} gives the summary of the run of each model it names. A figure
     * that lacks a field, names a figure twice, or has a measured value of 0 is refused with its id.
     */
    public static Scorecard of(JsonObject figures, Map<String, RunSummary> summaries) {
        JsonObject sources = object(figures, "sources", "figures.json");
        Map<String, Row> rows = new LinkedHashMap<>();
        for (JsonElement element : array(figures, "figures", "figures.json")) {
            JsonObject f = element.getAsJsonObject();
            String id = text(f, "id", "a figure");
            String where = "figure " + id;
            String model = text(f, "model", where);
            RunSummary summary = summaries.get(model);
            if (summary == null) {
                throw new IllegalArgumentException(where + ": no run of " + model);
            }
            String metric = text(f, "metric", where);
            double simulated = at(summary, metric, where + ", " + model);
            if (f.has("baseline")) {
                // A difference: the figure less the same metric of a baseline run (what a larger size adds, say).
                String baseline = text(f, "baseline", where);
                if (!summaries.containsKey(baseline)) {
                    throw new IllegalArgumentException(where + ": no run of " + baseline);
                }
                simulated -= at(summaries.get(baseline), metric, where + ", " + baseline);
            }
            double measured = number(f, "measured", where);
            if (measured == 0) {
                throw new IllegalArgumentException(where + ": a measured value of 0 gives no relative error");
            }
            String source = text(f, "source", where);
            if (rows.containsKey(id)) {
                throw new IllegalArgumentException(where + " is there twice");
            }
            double tolerance = number(f, "tolerance", where);
            if (tolerance < 0) {
                throw new IllegalArgumentException(where + ": a tolerance is 0 or more");
            }
            rows.put(id, new Row(id, text(f, "figure", where), sources.has(source) ? text(sources, source,
                "source " + source) : source, text(f, "where", where), text(f, "role", where), text(f, "unit", where),
                measured, simulated, tolerance, f.has("gap") ? text(f, "gap", where) : null));
        }
        List<Direction> directions = new ArrayList<>();
        JsonArray array = figures.has("directions") ? array(figures, "directions", "figures.json") : new JsonArray();
        for (JsonElement element : array) {
            if (!element.isJsonObject()) {
                throw new IllegalArgumentException("a direction is not an object: " + element);
            }
            JsonObject d = element.getAsJsonObject();
            String id = text(d, "id", "a direction");
            Row greater = rows.get(text(d, "greater", "direction " + id));
            Row than = rows.get(text(d, "than", "direction " + id));
            if (greater == null || than == null) {
                throw new IllegalArgumentException("direction " + id + " names no figure");
            }
            directions.add(new Direction(id, text(d, "text", "direction " + id), greater.id(), than.id(),
                greater.simulated() > than.simulated()));
        }
        return new Scorecard(List.copyOf(rows.values()), directions);
    }

    /** The value of {@code key} in {@code o}, which must be {@code what} ({@code fits} says whether it is). */
    private static JsonElement field(JsonObject o, String key, String where, Predicate<JsonElement> fits,
            String what) {
        JsonElement value = o.get(key);
        if (value == null || value.isJsonNull()) {
            throw new IllegalArgumentException(where + ": no '" + key + "'");
        }
        if (!fits.test(value)) {
            throw new IllegalArgumentException(where + ": '" + key + "' is not " + what);
        }
        return value;
    }

    private static String text(JsonObject o, String key, String where) {
        return field(o, key, where, JsonElement::isJsonPrimitive, "text").getAsString();
    }

    private static double number(JsonObject o, String key, String where) {
        return field(o, key, where, v -> v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber()
            && Double.isFinite(v.getAsDouble()), "a finite number").getAsDouble();
    }

    private static JsonObject object(JsonObject o, String key, String where) {
        return field(o, key, where, JsonElement::isJsonObject, "an object").getAsJsonObject();
    }

    private static JsonArray array(JsonObject o, String key, String where) {
        return field(o, key, where, JsonElement::isJsonArray, "a list").getAsJsonArray();
    }

    /** The number at {@code path} (keys and list indices joined by '/') of a run's summary. */
    static double at(RunSummary summary, String path, String model) {
        double value = summary.figure(path);
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException(model + ": its summary has no number at " + path);
        }
        return value;
    }
}
