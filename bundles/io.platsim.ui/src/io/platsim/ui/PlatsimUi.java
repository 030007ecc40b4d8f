/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import io.platsim.model.validation.PlatsimValidator;

/** The PlatSim workbench bundle. */
public class PlatsimUi extends AbstractUIPlugin {

    /** Bundle id; also the qualifier of the workbench preferences. */
    public static final String ID = "io.platsim.ui";
    /** Id of the PlatSim perspective. */
    public static final String PERSPECTIVE_ID = ID + ".perspective";
    /** Id of the PlatSim model editor. */
    public static final String EDITOR_ID = ID + ".editor";

    private static PlatsimUi instance;

    public static PlatsimUi getDefault() {
        return instance;
    }

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        instance = this;
        PlatsimValidator.register();
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        instance = null;
        super.stop(context);
    }

    /** Logs a problem to the error log. */
    public static void log(String message, Throwable error) {
        ILog.of(PlatsimUi.class).log(new Status(IStatus.ERROR, ID, message, error));
    }
}
