/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.charts;

import java.text.DecimalFormat;

import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;

/** Axes the charts share. */
final class Axes {

    private Axes() {
    }

    /** A logarithmic latency axis in ns, ticked at powers of ten written out (100, 1,000, 10,000). */
    static LogAxis latencyNs() {
        LogAxis axis = new LogAxis("latency (ns)");
        axis.setSmallestValue(0.001);
        axis.setTickUnit(new NumberTickUnit(1));
        axis.setNumberFormatOverride(new DecimalFormat("#,##0.###"));
        return axis;
    }
}
