/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.trace.analysis;

import java.util.List;

/**
 * What a time chart shows over {@code [fromPs, toPs)}: one line per group that has rows there, each point standing
 * for a bin of {@code binPs}, and the marks drawn across it (hazards on the interrupt chart).
 */
public record TimeLines(ChartSpec spec, long fromPs, long toPs, long binPs, List<Line> lines, List<Mark> marks) {

    /** A mark across the chart at {@code xUs} µs, with its label. */
    public record Mark(double xUs, String label) {
    }

    /** True when no line has a point. */
    public boolean empty() {
        return lines.stream().allMatch(line -> line.size() == 0);
    }
}
