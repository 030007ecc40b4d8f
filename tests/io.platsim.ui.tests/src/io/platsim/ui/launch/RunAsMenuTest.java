/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.core.expressions.EvaluationContext;
import org.eclipse.core.expressions.EvaluationResult;
import org.eclipse.core.expressions.TestExpression;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.junit.jupiter.api.Test;

/**
 * The Project Explorer offers Run As on models and sweeps: the debug platform shows that menu for what passes its
 * "launchable" test, and the submenu then lists the PlatSim shortcut that applies.
 */
class RunAsMenuTest {

    private static EvaluationResult launchable(String name) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Run As Test");
        TestExpression test = new TestExpression("org.eclipse.debug.core", "launchable", null, "run", true);
        return test.evaluate(new EvaluationContext(null, project.getFile(name)));
    }

    @Test
    void modelsAndSweepsAreLaunchable() throws Exception {
        assertEquals(EvaluationResult.TRUE, launchable("server.platsim"));
        assertEquals(EvaluationResult.TRUE, launchable("rates.sweep"));
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Run As Test");
        assertEquals(null, new LaunchableFiles().getAdapter(project.getFile("notes.txt"),
            org.eclipse.debug.ui.actions.ILaunchable.class), "other files adapt to nothing");
    }
}
