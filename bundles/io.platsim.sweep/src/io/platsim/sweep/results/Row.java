/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep.results;

import io.platsim.sweep.design.Point;

/**
 * One run of a sweep, as results.csv gives it.
 *
 * @param replication the replication's number, from 1
 * @param status      ok, invalid (the point's model does not validate or compile), failed or not run
 * @param message     why it is not ok, or empty
 * @param wallSeconds the run's own wall time, from its summary; NaN when it did not run
 * @param responses   each response's value, in the sweep's order; NaN where the run gave none
 * @param run         the run's folder, relative to the sweep's results folder; empty when it has none
 */
public record Row(Point point, int replication, long seed, String status, String message, double wallSeconds,
        double[] responses, String run) {

    public static final String OK = "ok";
    public static final String INVALID = "invalid";
    public static final String FAILED = "failed";
    public static final String NOT_RUN = "not run";
}
