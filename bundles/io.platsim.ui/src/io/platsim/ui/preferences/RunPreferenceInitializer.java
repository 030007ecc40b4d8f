/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

import io.platsim.ui.PlatsimUi;

/** Sets the factory values of the run defaults. */
public class RunPreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(PlatsimUi.ID);
        defaults.putLong(RunPreferences.SEED, RunPreferences.DEFAULT_SEED);
        defaults.putDouble(RunPreferences.DURATION_US, RunPreferences.DEFAULT_DURATION_US);
    }
}
