/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.stats;

/**
 * The run's measured time, from the warm-up's end to the run's, and the one rule of what counts in it. Something
 * with a duration (a transfer, an access, a submission) counts when it was issued after the warm-up and done by the
 * end; something at an instant (a transaction answered, a descriptor finished, a transfer's data delivered) when it
 * falls in the measured time. A run that stops early (cancelled, or the platform shut down) ends its measured time
 * there, and what is decided from then on (the records of transfers still in flight) goes by it; work counted
 * before the stop went by the planned end (a read finished before the stop whose completions arrive after it).
 */
public final class MeasuredTime {

    private final long startPs;
    private long endPs;

    /** From {@code warmupPs} to {@code endPs}. */
    public MeasuredTime(long warmupPs, long endPs) {
        this.startPs = warmupPs;
        this.endPs = endPs;
    }

    /** Whether something issued at {@code issuedPs} and done at {@code donePs} counts. */
    public boolean counts(long issuedPs, long donePs) {
        return issuedPs >= startPs && donePs <= endPs;
    }

    /** Whether something at {@code ps} counts. */
    public boolean holds(long ps) {
        return ps >= startPs && ps <= endPs;
    }

    /** The run stopped at {@code ps}: the measured time ends there, if it had not ended before. */
    public void stoppedAt(long ps) {
        endPs = Math.min(endPs, ps);
    }

    /** When the measured time ends. */
    public long endPs() {
        return endPs;
    }
}
