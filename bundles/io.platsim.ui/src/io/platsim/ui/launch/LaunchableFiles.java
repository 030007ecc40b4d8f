/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.launch;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.debug.ui.actions.ILaunchable;

/**
 * Makes models and sweeps launchable, so that the Project Explorer's context menu offers Run As on them (the debug
 * platform shows that menu only for what adapts to {@link ILaunchable}).
 */
public final class LaunchableFiles implements IAdapterFactory {

    private static final ILaunchable LAUNCHABLE = new ILaunchable() {
    };

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> type) {
        if (type == ILaunchable.class && adaptable instanceof IFile file
                && ("platsim".equals(file.getFileExtension()) || "sweep".equals(file.getFileExtension()))) {
            return type.cast(LAUNCHABLE);
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] {ILaunchable.class};
    }
}
