/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.preferences;

import org.eclipse.core.runtime.Platform;

import io.platsim.model.RunSettings;
import io.platsim.ui.PlatsimUi;

/** The run defaults an architect sets once, for every new model: seed and run duration. */
public final class RunPreferences {

    /** Preference key of the default seed. */
    public static final String SEED = "defaultSeed";
    /** Preference key of the default run duration, in microseconds. */
    public static final String DURATION_US = "defaultDurationUs";
    /** Default seed when the user has set none. */
    public static final long DEFAULT_SEED = 1;
    /** Default run duration in microseconds when the user has set none (the metamodel's default, 1 ms). */
    public static final double DEFAULT_DURATION_US = 1000.0;

    private RunPreferences() {
    }

    public static long seed() {
        return Platform.getPreferencesService().getLong(PlatsimUi.ID, SEED, DEFAULT_SEED, null);
    }

    public static double durationUs() {
        return Platform.getPreferencesService().getDouble(PlatsimUi.ID, DURATION_US, DEFAULT_DURATION_US, null);
    }

    /** Puts the preferred seed and duration into a new model's run settings. */
    public static void applyTo(RunSettings settings) {
        settings.setSeed(seed());
        settings.setDurationUs(durationUs());
    }
}
