/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.platsim.sweep.results.SweepTables.PointSummary;

/**
 * The sensitivity of one response to each factor, from a one-factor-at-a-time sweep: for each factor, the lowest
 * and highest mean the response took as that factor alone moved from the base point (the sweep's first), the
 * factors ordered by how far it moved. The data of a tornado chart.
 *
 * @param base the response's mean at the base point
 */
public record Tornado(String response, double base, List<Bar> bars) {

    /** One factor's reach: the response's lowest and highest means, and the factor's values that gave them. */
    public record Bar(String factor, double low, String lowValue, double high, String highValue) {

        public double span() {
            return high - low;
        }
    }

    /** The tornado of {@code response}; no bars when no point moves a single factor from the first point. */
    public static Tornado of(SummaryTable table, int response) {
        PointSummary base = table.points().get(0);
        double baseMean = base.responses().get(response).mean();
        List<Bar> bars = new ArrayList<>();
        for (int f = 0; f < table.factors().size(); f++) {
            Bar bar = new Bar(table.factors().get(f), baseMean, base.point().values().get(f), baseMean,
                base.point().values().get(f));
            boolean moved = false;
            for (PointSummary point : table.points()) {
                if (differsOnlyIn(base.point().values(), point.point().values(), f)
                        && point.responses().get(response).n() > 0) {
                    double mean = point.responses().get(response).mean();
                    String value = point.point().values().get(f);
                    moved = true;
                    if (mean < bar.low()) {
                        bar = new Bar(bar.factor(), mean, value, bar.high(), bar.highValue());
                    }
                    if (mean > bar.high()) {
                        bar = new Bar(bar.factor(), bar.low(), bar.lowValue(), mean, value);
                    }
                }
            }
            if (moved) {
                bars.add(bar);
            }
        }
        bars.sort(Comparator.comparingDouble(Bar::span).reversed());
        return new Tornado(table.responses().get(response), baseMean, bars);
    }

    private static boolean differsOnlyIn(List<String> base, List<String> other, int f) {
        for (int i = 0; i < base.size(); i++) {
            if ((i == f) == base.get(i).equals(other.get(i))) {
                return false;
            }
        }
        return true;
    }
}
