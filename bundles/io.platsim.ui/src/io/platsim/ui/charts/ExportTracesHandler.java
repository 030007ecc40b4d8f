/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.charts;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.handlers.HandlerUtil;

import io.platsim.run.TraceExport;
import io.platsim.ui.PlatsimUi;
import io.platsim.ui.launch.RunConsole;

/**
 * Export Traces > CSV or Perfetto on a run folder: the same export as {@code platsim export-trace}, in a job, into
 * the run folder ({@code export/} for CSV, {@code trace.json} for Perfetto), reported in the PlatSim Runs console.
 */
public class ExportTracesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        String format = event.getParameter("io.platsim.ui.traceFormat");
        List<Path> runs = RunFolders.of(HandlerUtil.getCurrentStructuredSelection(event));
        Job job = new Job("Exporting traces as " + format) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try (PrintStream out = RunConsole.stream()) {
                    for (Path run : runs) {
                        try {
                            if ("csv".equals(format)) {
                                TraceExport.csv(run, run.resolve("export")).forEach(out::println);
                            } else {
                                out.println(TraceExport.perfetto(run, run.resolve("trace.json")));
                            }
                        } catch (TraceExport.Unexportable e) {
                            return failed(out, run, e.getMessage());
                        } catch (IOException | RuntimeException e) {
                            PlatsimUi.log("Exporting the traces of " + run + " failed", e);
                            return failed(out, run, e.toString());
                        }
                    }
                }
                for (Path run : runs) {
                    var folder = ResourcesPlugin.getWorkspace().getRoot()
                        .getContainerForLocation(new org.eclipse.core.runtime.Path(run.toString()));
                    try {
                        if (folder != null) {
                            folder.refreshLocal(IResource.DEPTH_INFINITE, monitor);
                        }
                    } catch (CoreException e) {
                        PlatsimUi.log("Refreshing " + run + " after the trace export failed", e);
                    }
                }
                return Status.OK_STATUS;
            }
        };
        job.schedule();
        return job;
    }

    /** Says in the console why the export of {@code run} failed, and returns the job's error. */
    private static IStatus failed(PrintStream out, Path run, String why) {
        out.println(why);
        return new Status(IStatus.ERROR, PlatsimUi.ID, "Exporting the traces of " + run + " failed: " + why);
    }
}
