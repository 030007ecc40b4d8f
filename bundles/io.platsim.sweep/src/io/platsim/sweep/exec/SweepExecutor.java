/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep.exec;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** Runs a sweep's runs somewhere: this machine's cores, or a cluster. */
public interface SweepExecutor {

    /**
     * Runs every task, handing each result to {@code done} as it comes (from any thread, one at a time), and returns
     * when all have ended or {@code cancelled} says to stop (runs not started then are not run).
     */
    void run(List<RunTask> tasks, Consumer<TaskResult> done, BooleanSupplier cancelled) throws InterruptedException;

    /** Where the runs go, for the progress line: "2 local workers", "a cluster of 3". */
    String describe();
}
