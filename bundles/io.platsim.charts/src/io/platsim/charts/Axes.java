/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/** Axes the charts share. */
final class Axes {

    private Axes() {
    }

    /** A logarithmic latency axis in ns, ticked at 1, 2 and 5 of each decade, written out (200, 1,000, 5,000). */
    static LogAxis latencyNs() {
        return new DecadeAxis("latency (ns)");
    }

    /**
     * A logarithmic axis ticked at 1, 2 and 5 times each power of ten in its range, or only at the powers of ten when
     * the range spans more decades than leave room for the others; a range too narrow to hold any of those is ticked
     * at its ends.
     */
    static final class DecadeAxis extends LogAxis {

        private static final long serialVersionUID = 1L;
        /** Decades beyond which only the powers of ten are ticked. */
        private static final double DECADES_FOR_ALL = 3.5;

        DecadeAxis(String label) {
            super(label);
            setSmallestValue(0.001);
            setNumberFormatOverride(new DecimalFormat("#,##0.###"));
        }

        /** The values ticked for the range {@code [lower, upper]}. */
        static List<Double> values(double lower, double upper) {
            List<Double> values = new ArrayList<>();
            if (!(lower > 0) || !(upper > lower)) {
                return values;
            }
            boolean all = Math.log10(upper / lower) <= DECADES_FOR_ALL;
            for (int exponent = (int) Math.floor(Math.log10(lower)); exponent <= Math.ceil(Math.log10(upper));
                    exponent++) {
                double decade = Math.pow(10, exponent);
                for (double step : all ? new double[] {1, 2, 5} : new double[] {1}) {
                    double value = step * decade;
                    if (value >= lower * (1 - 1e-9) && value <= upper * (1 + 1e-9)) {
                        values.add(value);
                    }
                }
            }
            if (values.isEmpty()) {
                values.add(lower);
                values.add(upper);
            }
            return values;
        }

        @Override
        protected List<Tick> refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
            List<Tick> ticks = new ArrayList<>();
            for (double value : values(getLowerBound(), getUpperBound())) {
                ticks.add(new NumberTick(TickType.MAJOR, value, getNumberFormatOverride().format(value),
                    edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER, TextAnchor.CENTER,
                    0));
            }
            return ticks;
        }
    }
}
