/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.run;

import java.io.PrintStream;

/** A progress bar in simulated time, drawn only when the output is a terminal. */
public final class Progress {

    private static final int WIDTH = 40;
    private final PrintStream out;
    private final long endPs;
    private final boolean terminal = System.console() != null;
    private int drawn = -1;

    public Progress(PrintStream out, long endPs) {
        this.out = out;
        this.endPs = Math.max(1, endPs);
    }

    public void update(long nowPs) {
        if (!terminal) {
            return;
        }
        int percent = (int) Math.min(100, nowPs * 100 / endPs);
        if (percent == drawn) {
            return;
        }
        drawn = percent;
        int filled = percent * WIDTH / 100;
        out.printf("\r[%s%s] %3d%%  %.1f / %.1f µs simulated", "#".repeat(filled), ".".repeat(WIDTH - filled),
            percent, nowPs / 1e6, endPs / 1e6);
        out.flush();
    }

    public void done() {
        if (terminal && drawn >= 0) {
            out.println();
        }
    }
}
