/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.charts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.expressions.PropertyTester;
import org.eclipse.core.resources.IFolder;
import org.eclipse.jface.viewers.IStructuredSelection;

/** Run folders in the workspace: folders that hold a run's summary.json. */
public final class RunFolders extends PropertyTester {

    /** The local paths of the run folders in {@code selection}. */
    public static List<Path> of(IStructuredSelection selection) {
        List<Path> runs = new ArrayList<>();
        for (Object item : selection.toList()) {
            if (item instanceof IFolder folder && isRun(folder)) {
                runs.add(folder.getLocation().toFile().toPath());
            }
        }
        return runs;
    }

    static boolean isRun(IFolder folder) {
        return folder.getLocation() != null && Files.exists(folder.getLocation().toFile().toPath()
            .resolve("summary.json"));
    }

    /** Property {@code io.platsim.ui.isRun} of a folder, for menus. */
    @Override
    public boolean test(Object receiver, String property, Object[] args, Object expected) {
        return receiver instanceof IFolder folder && isRun(folder);
    }
}
