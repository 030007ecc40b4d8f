/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.trace.query;

/**
 * One point of a chart: the rows with {@code fromPs <= time_ps < toPs}, and the count, sum, least and greatest of
 * one column over them (min and max are NaN when the bucket is empty).
 */
public record Bucket(long fromPs, long toPs, long count, double sum, double min, double max) {

    public double mean() {
        return count == 0 ? Double.NaN : sum / count;
    }
}
