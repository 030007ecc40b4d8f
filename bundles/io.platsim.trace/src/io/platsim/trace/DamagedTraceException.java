/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.trace;

import java.io.IOException;

/** A trace file that is not what its writer wrote: truncated, cut short by a crash, or with damaged bytes. */
public final class DamagedTraceException extends IOException {

    private static final long serialVersionUID = 1L;

    public DamagedTraceException(String message) {
        super(message);
    }
}
