/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.launch;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import io.platsim.ui.PlatsimUi;

/** Small helpers of the launch support. */
final class Launches {

    private Launches() {
    }

    static CoreException error(String message, Throwable cause) {
        return new CoreException(new Status(IStatus.ERROR, PlatsimUi.ID, message, cause));
    }
}
