/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep.exec;

import java.io.Serializable;

/**
 * How one run of a sweep ended.
 *
 * @param message what went wrong, in a line, or empty
 * @param summary the run's summary.json, or null when it wrote none
 */
public record TaskResult(RunTask task, Status status, String message, double wallSeconds, String summary)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How a run ended. */
    public enum Status {
        /** It ran to its end and wrote its summary. */
        OK,
        /** Its model did not compile: the message says why. */
        INVALID,
        /** It crashed, ran out of memory or was stopped: the message says which. */
        FAILED
    }
}
