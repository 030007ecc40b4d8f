/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.launch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;

import io.platsim.compiler.CompileException;
import io.platsim.compiler.CompiledPlatform;
import io.platsim.compiler.ModelCompiler;
import io.platsim.model.persistence.LoadResult;
import io.platsim.model.persistence.ModelFiles;
import io.platsim.run.Runner;
import io.platsim.run.SummaryScreen;

/**
 * Runs a PlatSim launch configuration: reads the saved model (never writing it), compiles it, and simulates it in
 * the launch's job with progress and cancel, into {@code Runs/MODEL-TIME} of the model's project. The summary, or
 * why the run could not start, goes to the PlatSim Runs console.
 */
public class SimulationLaunchDelegate extends LaunchConfigurationDelegate {

    /** The folder of a project that holds its runs. */
    public static final String RUNS = "Runs";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final int TICKS = 1000;

    @Override
    public void launch(ILaunchConfiguration config, String mode, ILaunch launch, IProgressMonitor monitor)
            throws CoreException {
        IFile model = LaunchSettings.model(config);
        if (model == null) {
            throw fail(config.getName() + ": the configuration names no existing .platsim model ('"
                + config.getAttribute(LaunchSettings.MODEL, "") + "')");
        }
        Path file = model.getLocation().toFile().toPath();
        LoadResult loaded = ModelFiles.load(file);
        if (!loaded.ok()) {
            throw fail(loaded.errors().get(0).text());
        }
        CompiledPlatform compiled;
        try {
            compiled = ModelCompiler.compile(loaded.platform(), LaunchSettings.overrides(config));
        } catch (CompileException e) {
            throw fail(model.getFullPath() + " cannot run:\n  " + String.join("\n  ", e.problems()));
        }
        String kindsText = config.getAttribute(LaunchSettings.TRACE_KINDS, "").trim();
        Set<String> kinds = kindsText.isEmpty() ? Runner.kindsFor(compiled.traceKinds())
            : Arrays.stream(kindsText.split(",")).map(String::trim).filter(Runner.KINDS::contains)
                .collect(Collectors.toUnmodifiableSet());
        String name = model.getName().replaceFirst("\\.platsim$", "");
        IFolder runs = model.getProject().getFolder(RUNS);
        if (!runs.exists()) {
            runs.create(true, true, null);
        }
        String stamp = name + "-" + LocalDateTime.now().format(STAMP);
        IFolder folder = runs.getFolder(stamp);
        for (int n = 2; folder.exists() || folder.getLocation().toFile().exists(); n++) {
            // Two runs in one second: the second gets a folder of its own.
            folder = runs.getFolder(stamp + "-" + n);
        }
        long total = Math.max(1, compiled.config().warmupPs() + compiled.config().durationPs());
        SubMonitor progress = SubMonitor.convert(monitor, "Simulating " + model.getFullPath(), TICKS);
        int[] done = {0};
        Runner.Outcome outcome;
        try {
            outcome = Runner.run(file, compiled, folder.getLocation().toFile().toPath(), kinds, ps -> {
                int ticks = (int) Math.min(TICKS, ps * TICKS / total);
                if (ticks > done[0]) {
                    progress.worked(ticks - done[0]);
                    done[0] = ticks;
                }
            }, monitor::isCanceled, false);
        } catch (IOException | RuntimeException e) {
            throw fail("The run of " + model.getFullPath() + " failed: " + e.getMessage()
                + "\nThe model is unchanged.", e);
        } finally {
            runs.refreshLocal(IResource.DEPTH_INFINITE, null);
        }
        try (PrintStream out = RunConsole.stream()) {
            compiled.warnings().forEach(warning -> out.println("warning: " + warning));
            SummaryScreen.print(out, file, outcome);
        }
        showCharts(outcome.folder());
    }

    /** Opens the Charts view on the run just finished. */
    private static void showCharts(Path run) {
        org.eclipse.swt.widgets.Display.getDefault().asyncExec(() -> {
            var window = org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            if (window != null && window.getActivePage() != null) {
                try {
                    ((io.platsim.ui.charts.ChartsView) window.getActivePage()
                        .showView(io.platsim.ui.charts.ChartsView.ID)).showRun(run);
                } catch (org.eclipse.ui.PartInitException e) {
                    io.platsim.ui.PlatsimUi.log("Opening the charts of " + run + " failed", e);
                }
            }
        });
    }

    private static CoreException fail(String message) {
        return fail(message, null);
    }

    private static CoreException fail(String message, Throwable cause) {
        try (PrintStream out = RunConsole.stream()) {
            out.println(message);
        }
        return Launches.error(message, cause);
    }
}
