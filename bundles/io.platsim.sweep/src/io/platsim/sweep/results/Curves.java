/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.platsim.sweep.results.SweepTables.PointSummary;

/**
 * A response against one factor, one curve per value of a second factor, the other factors held at one value each:
 * the data of a sweep's line chart with confidence-interval error bars. Plain data; a chart library draws it.
 *
 * @param x       the factor along the x axis
 * @param line    the factor that tells the curves apart, or -1 for one curve
 * @param held    the other factors' values, by factor index, as the chart's note says them
 * @param numeric whether the x values are numbers (else they are categories at 0, 1, 2, ...)
 * @param xValues the x factor's values in the order they appear
 */
public record Curves(int x, int line, Map<Integer, String> held, boolean numeric, List<String> xValues,
        List<Curve> curves) {

    /** One curve: the line factor's value and the points along it. */
    public record Curve(String label, List<Mark> marks) {
    }

    /** A point of a curve: where on the x axis, the response's mean and its 95% half-interval (NaN for none). */
    public record Mark(double x, double mean, double ci95) {
    }

    /**
     * Response {@code response} of {@code table} against factor {@code x}, a curve per value of factor {@code line}
     * (or one curve for -1), the other factors at their first value unless {@code held} says another.
     */
    public static Curves of(SummaryTable table, int response, int x, int line, Map<Integer, String> held) {
        Map<Integer, String> fixed = new LinkedHashMap<>();
        for (int f = 0; f < table.factors().size(); f++) {
            if (f != x && f != line) {
                fixed.put(f, held.getOrDefault(f, values(table, f).get(0)));
            }
        }
        List<String> xValues = values(table, x);
        boolean numeric = numeric(table, x);
        List<Curve> curves = new ArrayList<>();
        for (String lineValue : line < 0 ? List.of("") : values(table, line)) {
            List<Mark> marks = new ArrayList<>();
            for (PointSummary point : table.points()) {
                List<String> values = point.point().values();
                boolean on = (line < 0 || values.get(line).equals(lineValue))
                    && fixed.entrySet().stream().allMatch(e -> values.get(e.getKey()).equals(e.getValue()));
                ResponseStats stats = point.responses().get(response);
                if (on && stats.n() > 0) {
                    String at = values.get(x);
                    marks.add(new Mark(numeric ? Double.parseDouble(at) : xValues.indexOf(at), stats.mean(),
                        stats.ci95()));
                }
            }
            marks.sort(java.util.Comparator.comparingDouble(Mark::x));
            if (!marks.isEmpty()) {
                curves.add(new Curve(line < 0 ? table.responses().get(response)
                    : table.factors().get(line) + " = " + lineValue, marks));
            }
        }
        return new Curves(x, line, fixed, numeric, xValues, curves);
    }

    /** The values factor {@code f} takes in the table, in the order they first appear. */
    public static List<String> values(SummaryTable table, int f) {
        Set<String> values = new LinkedHashSet<>();
        table.points().forEach(p -> values.add(p.point().values().get(f)));
        return List.copyOf(values);
    }

    /** Whether every value factor {@code f} takes in the table is a number. */
    public static boolean numeric(SummaryTable table, int f) {
        return values(table, f).stream().allMatch(Curves::isNumber);
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
