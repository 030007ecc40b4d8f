/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.compiler;

/**
 * Run settings given at run time (on the command line, say) that take precedence over the model's.
 *
 * @param durationPs simulated time after warm-up, or null for the model's
 * @param seed       seed, or null for the model's
 */
public record RunOverrides(Long durationPs, Long seed, Long warmupPs) {

    /** No overrides: the model's own run settings. */
    public static final RunOverrides NONE = new RunOverrides(null, null, null);

    /** Duration and seed overridden, the model's own warm-up. */
    public RunOverrides(Long durationPs, Long seed) {
        this(durationPs, seed, null);
    }
}
