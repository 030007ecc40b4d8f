/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep.exec;

import java.io.Serializable;
import java.util.List;

/**
 * One run a sweep asks for: the model file to run (the point's), the folder to run it into, the seed, the simulated
 * time (null: the model's own) and the trace kinds to write (empty: none; {@value #MODEL_TRACES}: the model's).
 *
 * @param key the run's name, from {@link io.platsim.sweep.RunKey}
 */
public record RunTask(String key, String model, String folder, long seed, Long durationPs, List<String> traces)
        implements Serializable {

    private static final long serialVersionUID = 1L;
    /** In {@link #traces}: the kinds the model's own run settings name. */
    public static final String MODEL_TRACES = "model";

    public RunTask {
        traces = List.copyOf(traces);
    }
}
