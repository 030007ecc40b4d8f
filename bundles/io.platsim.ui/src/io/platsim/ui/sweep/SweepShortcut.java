/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.sweep;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.ui.ILaunchShortcut;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.ResourceUtil;

import io.platsim.sweep.SweepFile;
import io.platsim.sweep.SweepRun;
import io.platsim.sweep.exec.Classpath;
import io.platsim.sweep.exec.LocalProcesses;
import io.platsim.sweep.exec.RunTask;
import io.platsim.ui.PlatsimUi;
import io.platsim.ui.launch.RunConsole;

/**
 * Run As > PlatSim Sweep on a {@code .sweep} file: runs the sweep on this machine's cores in a job with progress
 * and cancel, into {@code Sweeps/NAME-TIME} of its project, each run writing the traces its model names (so that
 * a point's run can be charted), says in the PlatSim Runs console how it went, and shows
 * its results in the Sweep Results view. The sweep and its base model are only read.
 */
public class SweepShortcut implements ILaunchShortcut {

    /** The folder of a project that holds its sweeps' results. */
    public static final String SWEEPS = "Sweeps";
    /** The job family of sweeps, for whoever waits for them. */
    public static final Object FAMILY = SweepShortcut.class;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** Each worker's heap: the two-socket example peaks under 100 MiB traced. */
    private static final int HEAP_MIB = 1024;

    @Override
    public void launch(ISelection selection, String mode) {
        if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof IFile f) {
            run(f);
        }
    }

    @Override
    public void launch(IEditorPart editor, String mode) {
        IFile file = ResourceUtil.getFile(editor.getEditorInput());
        if (file != null) {
            run(file);
        }
    }

    /** Starts the job that runs {@code sweep}; returns it. */
    public static Job run(IFile sweep) {
        Job job = new Job("Sweeping " + sweep.getFullPath()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                return sweep(sweep, monitor);
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    private static IStatus sweep(IFile file, IProgressMonitor monitor) {
        SweepFile.Loaded loaded = SweepFile.load(file.getLocation().toFile().toPath());
        if (!loaded.ok()) {
            return fail(String.join("\n", loaded.problems()), null);
        }
        IFolder folder;
        try {
            folder = fresh(file, loaded.name());
        } catch (CoreException e) {
            return fail("No folder for the sweep's results: " + e.getMessage(), e);
        }
        Path out = folder.getLocation().toFile().toPath();
        int workers = Runtime.getRuntime().availableProcessors();
        SubMonitor progress = SubMonitor.convert(monitor, "Sweeping " + file.getName(), 1000);
        int[] done = {0};
        SweepRun.Outcome outcome;
        try {
            outcome = SweepRun.run(loaded, out, new LocalProcesses(workers, HEAP_MIB, Classpath.forRuns(),
                out.resolve(SweepRun.LOGS)), null, List.of(RunTask.MODEL_TRACES), (ended, failed, toRun) -> {
                    int ticks = toRun == 0 ? 1000 : ended * 1000 / toRun;
                    progress.subTask(ended + " of " + toRun + " runs, " + failed + " failed");
                    if (ticks > done[0]) {
                        progress.worked(ticks - done[0]);
                        done[0] = ticks;
                    }
                }, monitor::isCanceled);
        } catch (Exception e) {
            return fail("The sweep " + file.getFullPath() + " failed: " + e.getMessage()
                + "\nThe sweep and its model are unchanged.", e);
        } finally {
            try {
                folder.refreshLocal(IResource.DEPTH_INFINITE, null);
            } catch (CoreException e) {
                PlatsimUi.log("Refreshing " + folder.getFullPath() + " failed", e);
            }
        }
        // Said in the console without raising it: the results view comes to the front instead.
        try (PrintStream console = new PrintStream(RunConsole.get().newMessageStream(), true,
                java.nio.charset.StandardCharsets.UTF_8)) {
            console.println("Sweep " + loaded.name() + " into " + folder.getFullPath() + ": " + outcome.ran()
                + " runs now, " + outcome.reused() + " finished before; " + outcome.notOk() + " not ok"
                + (monitor.isCanceled() ? " (cancelled)" : ""));
        }
        show(out);
        return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    /** {@code Sweeps/NAME-TIME} of the sweep's project, a new folder (with -2, -3, ... in the same second). */
    private static IFolder fresh(IFile sweep, String name) throws CoreException {
        IFolder sweeps = sweep.getProject().getFolder(SWEEPS);
        if (!sweeps.exists()) {
            sweeps.create(true, true, null);
        }
        String stamp = name + "-" + LocalDateTime.now().format(STAMP);
        IFolder folder = sweeps.getFolder(stamp);
        for (int n = 2; folder.exists() || folder.getLocation().toFile().exists(); n++) {
            folder = sweeps.getFolder(stamp + "-" + n);
        }
        folder.create(true, true, null);
        return folder;
    }

    private static void show(Path results) {
        Display.getDefault().asyncExec(() -> {
            var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            if (window != null && window.getActivePage() != null) {
                try {
                    ((SweepResultsView) window.getActivePage().showView(SweepResultsView.ID)).show(results);
                } catch (PartInitException e) {
                    PlatsimUi.log("Opening the results of " + results + " failed", e);
                }
            }
        });
    }

    private static IStatus fail(String message, Throwable cause) {
        try (PrintStream console = RunConsole.stream()) {
            console.println(message);
        }
        return new Status(IStatus.ERROR, PlatsimUi.ID, message, cause);
    }
}
