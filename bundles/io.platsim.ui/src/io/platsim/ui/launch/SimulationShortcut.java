/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.launch;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.ResourceUtil;

import io.platsim.ui.PlatsimUi;

/** Run As > PlatSim Simulation on a model file or editor: reuses the model's configuration, or makes one. */
public class SimulationShortcut implements ILaunchShortcut {

    @Override
    public void launch(ISelection selection, String mode) {
        if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof IFile f) {
            launch(f, mode);
        }
    }

    @Override
    public void launch(IEditorPart editor, String mode) {
        IFile file = ResourceUtil.getFile(editor.getEditorInput());
        if (file != null) {
            launch(file, mode);
        }
    }

    private static void launch(IFile model, String mode) {
        try {
            DebugUITools.launch(configuration(model), mode);
        } catch (CoreException e) {
            PlatsimUi.log("No launch configuration for " + model.getFullPath(), e);
        }
    }

    /** The saved configuration that runs {@code model}, made and saved when there is none. */
    public static ILaunchConfiguration configuration(IFile model) throws CoreException {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = manager.getLaunchConfigurationType(LaunchSettings.TYPE);
        String path = model.getFullPath().toString();
        for (ILaunchConfiguration config : manager.getLaunchConfigurations(type)) {
            if (path.equals(config.getAttribute(LaunchSettings.MODEL, ""))) {
                return config;
            }
        }
        String name = manager.generateLaunchConfigurationName(model.getName().replaceFirst("\\.platsim$", ""));
        return LaunchSettings.defaults(type.newInstance(null, name), model).doSave();
    }
}
