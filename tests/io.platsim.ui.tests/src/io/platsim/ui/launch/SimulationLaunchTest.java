/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.launch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.junit.jupiter.api.Test;

import io.platsim.templates.Templates;
import io.platsim.trace.analysis.RunSummary;

/** Running a model from the workbench through its launch configuration, as Run As does. */
class SimulationLaunchTest {

    private IFile model(String project, io.platsim.model.Platform platform) throws Exception {
        return ModelProjects.fresh(project, platform);
    }

    /** Waits for the console, which its stream fills from the UI thread, to show {@code text}. */
    private static boolean consoleShows(String text) {
        org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();
        long end = System.currentTimeMillis() + 10_000;
        while (!RunConsole.get().getDocument().get().contains(text) && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        return RunConsole.get().getDocument().get().contains(text);
    }

    private static ILaunchConfiguration configured(IFile model, String durationUs) throws CoreException {
        ILaunchConfigurationWorkingCopy copy = SimulationShortcut.configuration(model).getWorkingCopy();
        copy.setAttribute(LaunchSettings.DURATION_US, durationUs);
        return copy.doSave();
    }

    @Test
    void aRunGoesIntoTheRunsFolderPrintsItsSummaryAndLeavesTheModelAlone() throws Exception {
        IFile file = model("Launch Test", Templates.small("small"));
        byte[] before = Files.readAllBytes(file.getLocation().toFile().toPath());
        ILaunchConfiguration config = configured(file, "200");
        assertEquals(config, SimulationShortcut.configuration(file), "Run As reuses the model's configuration");
        RunConsole.get().clearConsole();
        config.launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
        IFolder runs = file.getProject().getFolder(SimulationLaunchDelegate.RUNS);
        IResource[] folders = runs.members();
        assertEquals(1, folders.length, "one run folder under Runs");
        assertTrue(folders[0].getName().startsWith("small-"), folders[0].getName());
        IFile summary = ((IFolder) folders[0]).getFile("summary.json");
        assertTrue(summary.exists(), "the summary is in the workspace");
        assertEquals(200, RunSummary.read(folders[0].getLocation().toFile().toPath()).simulatedUs(),
            "the summary says how long the run simulated");
        assertTrue(((IFolder) folders[0]).getFolder("traces").getFile("dma.pst").exists());
        assertTrue(consoleShows("rx-packets"), RunConsole.get().getDocument().get());
        assertTrue(consoleShows("200.0 \u00b5s simulated"), () -> "the summary's units in the console's characters: "
            + RunConsole.get().getDocument().get());
        assertArrayEquals(before, Files.readAllBytes(file.getLocation().toFile().toPath()), "the model is unchanged");
    }

    @Test
    void aModelThatCannotRunSaysWhyAndIsNotTouched() throws Exception {
        io.platsim.model.Platform broken = Templates.small("broken");
        broken.getPcieLinks().get(0).setLanes(3);
        IFile file = model("Launch Broken", broken);
        Path path = file.getLocation().toFile().toPath();
        byte[] before = Files.readAllBytes(path);
        CoreException refused = assertThrows(CoreException.class,
            () -> configured(file, "").launch(ILaunchManager.RUN_MODE, new NullProgressMonitor()));
        assertTrue(refused.getStatus().getMessage().contains("broken.platsim")
            && refused.getStatus().getMessage().contains("lanes"), refused.getStatus().getMessage());
        assertTrue(consoleShows("lanes"), "the console says why");
        assertArrayEquals(before, Files.readAllBytes(path));
        CoreException field = assertThrows(CoreException.class,
            () -> configured(file, "ten").launch(ILaunchManager.RUN_MODE, new NullProgressMonitor()));
        assertTrue(field.getStatus().getMessage().contains("Duration is 'ten'"), field.getStatus().getMessage());
    }

    @Test
    void cancellingARunLeavesAFolderMarkedIncomplete() throws Exception {
        IFile file = model("Launch Cancel", Templates.small("small"));
        // The launch asks a few times before the simulation starts; the simulation asks after each of its 200
        // slices. Cancelling at the 40th question stops the simulation part way.
        NullProgressMonitor monitor = new NullProgressMonitor() {
            private int polls;

            @Override
            public boolean isCanceled() {
                return ++polls > 40;
            }
        };
        configured(file, "5000").launch(ILaunchManager.RUN_MODE, monitor);
        IFolder run = (IFolder) file.getProject().getFolder(SimulationLaunchDelegate.RUNS).members()[0];
        assertTrue(run.getFile("INCOMPLETE").exists(), "the run folder says it is incomplete");
        assertTrue(Files.readString(run.getFile("summary.json").getLocation().toFile().toPath())
            .contains("\"complete\": false"));
    }
}
