/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.trace.analysis;

import java.util.List;

/**
 * What a time chart shows over {@code [fromPs, toPs)}: one line per group that has rows there, each point standing
 * for a bin of its line's width ({@code binPs} is the narrowest), and the marks drawn across it (hazards on the
 * interrupt chart).
 */
public record TimeLines(ChartSpec spec, long fromPs, long toPs, long binPs, List<Line> lines, List<Mark> marks) {

    /** A mark across the chart at {@code xUs} µs, with its label. */
    public record Mark(double xUs, String label) {
    }

    /** The widest bin of any line: {@link #binPs} when every line has as many rows to spread. */
    public long widestBinPs() {
        return lines.stream().mapToLong(Line::binPs).max().orElse(binPs);
    }

    /** True when no line has a point. */
    public boolean empty() {
        return lines.stream().allMatch(line -> line.size() == 0);
    }
}
