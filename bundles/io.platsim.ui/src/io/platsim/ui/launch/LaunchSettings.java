/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.launch;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;

import io.platsim.compiler.RunOverrides;

/**
 * What a PlatSim launch configuration keeps: the model, and the run settings that replace the model's own (an
 * empty value keeps the model's).
 */
public final class LaunchSettings {

    public static final String TYPE = "io.platsim.ui.launch.simulation";
    public static final String MODEL = "io.platsim.model";
    public static final String DURATION_US = "io.platsim.durationUs";
    public static final String WARMUP_US = "io.platsim.warmupUs";
    public static final String SEED = "io.platsim.seed";
    public static final String TRACE_KINDS = "io.platsim.traceKinds";

    private LaunchSettings() {
    }

    /** The model file the configuration runs, or null when it names none that exists. */
    public static IFile model(ILaunchConfiguration config) throws CoreException {
        String path = config.getAttribute(MODEL, "");
        if (path.isBlank()) {
            return null;
        }
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(path));
        return file.exists() ? file : null;
    }

    /** The overrides of the model's run settings; throws with the field named when one is not a number. */
    public static RunOverrides overrides(ILaunchConfiguration config) throws CoreException {
        return new RunOverrides(picoseconds(config, DURATION_US, "Duration"), whole(config, SEED, "Seed"),
            picoseconds(config, WARMUP_US, "Warm-up"));
    }

    private static Long picoseconds(ILaunchConfiguration config, String key, String field) throws CoreException {
        String text = config.getAttribute(key, "").trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            double us = Double.parseDouble(text);
            if (us < 0 || Double.isNaN(us)) {
                throw new NumberFormatException();
            }
            return Math.round(us * 1e6);
        } catch (NumberFormatException e) {
            throw Launches.error(config.getName() + ": " + field + " is '" + text + "', not a number of µs of 0 or "
                + "more", null);
        }
    }

    private static Long whole(ILaunchConfiguration config, String key, String field) throws CoreException {
        String text = config.getAttribute(key, "").trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw Launches.error(config.getName() + ": " + field + " is '" + text + "', not a whole number", null);
        }
    }

    /** A new configuration for {@code model} with the model's own settings. */
    public static ILaunchConfigurationWorkingCopy defaults(ILaunchConfigurationWorkingCopy copy, IFile model) {
        copy.setAttribute(MODEL, model == null ? "" : model.getFullPath().toString());
        copy.setAttribute(DURATION_US, "");
        copy.setAttribute(WARMUP_US, "");
        copy.setAttribute(SEED, "");
        copy.setAttribute(TRACE_KINDS, "");
        return copy;
    }
}
