/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

import io.platsim.diagram.DiagramStructure;
import io.platsim.model.Core;
import io.platsim.model.Platform;
import io.platsim.model.PlatsimPackage;
import io.platsim.model.persistence.ModelFiles;
import io.platsim.templates.Templates;
import io.platsim.ui.PlatsimUi;
import io.platsim.ui.diagram.editparts.NodePart;
import io.platsim.ui.editor.PlatsimEditor;

/**
 * The diagram's speed on a generated 2,000-box model: time from opening the file to the first paint of the
 * canvas, time for Auto Layout until the canvas has painted again, and time for renaming one box until it has,
 * each against the same measure on the one-socket example in the same run. Prints its figures; run by
 * {@code ./platsim bench}, not by the tests.
 */
class DiagramBenchmark {

    private static final int ROUNDS = 3;

    @Test
    void openAndLayOutTwoThousandBoxes() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Diagram Benchmark");
        if (!project.exists()) {
            project.create(new NullProgressMonitor());
        }
        project.open(new NullProgressMonitor());
        IFile big = save(project, "big.platsim", LargeModel.create(2000));
        IFile small = save(project, "small.platsim", Templates.small("small"));
        double[] bigOpen = new double[ROUNDS];
        double[] smallOpen = new double[ROUNDS];
        double[] bigLayout = new double[ROUNDS];
        double[] smallLayout = new double[ROUNDS];
        double[] bigEdit = new double[ROUNDS];
        double[] smallEdit = new double[ROUNDS];
        int boxes = 0;
        int elements = 0;
        for (int round = 0; round < ROUNDS; round++) {
            smallOpen[round] = openUntilPainted(page, small);
            smallLayout[round] = layoutUntilPainted(page);
            smallEdit[round] = renameUntilPainted(page, round);
            page.closeAllEditors(false);
            bigOpen[round] = openUntilPainted(page, big);
            PlatsimEditor editor = (PlatsimEditor) page.getActiveEditor();
            boxes = DiagramStructure.allNodes(editor.platform(), editor.diagram().layout()::isFolded).size();
            elements = DiagramStructure.allNodes(editor.platform()).size();
            assertEquals(boxes, editor.diagram().viewer().getEditPartRegistry().values().stream()
                .filter(NodePart.class::isInstance).count(), "every box has a figure");
            bigLayout[round] = layoutUntilPainted(page);
            bigEdit[round] = renameUntilPainted(page, round);
            page.closeAllEditors(false);
        }
        String report = String.format(Locale.ROOT, """
            Diagram of %d elements, %d boxes drawn once alike cores fold (best of %d; the one-socket example,
            measured in the same run, as the reference):
              open to first paint: %.0f ms (reference %.0f ms, ratio %.1fx), target under 2,000 ms
              auto layout to paint: %.0f ms (reference %.0f ms, ratio %.1fx), target under 2,000 ms
              rename one box to paint: %.1f ms (reference %.1f ms, ratio %.1fx)
              heap after: %d MiB
            """, elements, boxes, ROUNDS, min(bigOpen), min(smallOpen), min(bigOpen) / min(smallOpen), min(bigLayout),
            min(smallLayout), min(bigLayout) / min(smallLayout), min(bigEdit), min(smallEdit),
            min(bigEdit) / min(smallEdit),
            (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        System.out.println(report);
        Files.writeString(Path.of("target", "diagram-benchmark.txt"), report);
    }

    private static IFile save(IProject project, String name, Platform platform) throws Exception {
        IFile file = project.getFile(name);
        ModelFiles.save(platform, file.getLocation().toFile().toPath());
        project.refreshLocal(1, new NullProgressMonitor());
        return file;
    }

    private static double openUntilPainted(IWorkbenchPage page, IFile file) throws Exception {
        long start = System.nanoTime();
        PlatsimEditor editor = (PlatsimEditor) IDE.openEditor(page, file, PlatsimUi.EDITOR_ID);
        waitForPaint(editor);
        return (System.nanoTime() - start) / 1e6;
    }

    private static double layoutUntilPainted(IWorkbenchPage page) {
        PlatsimEditor editor = (PlatsimEditor) page.getActiveEditor();
        long start = System.nanoTime();
        editor.diagram().autoLayout();
        editor.diagram().refreshNow();
        editor.diagram().viewer().getControl().redraw();
        waitForPaint(editor);
        return (System.nanoTime() - start) / 1e6;
    }

    /** Renames the first core through the command stack, as the Properties view does, until the canvas repaints. */
    private static double renameUntilPainted(IWorkbenchPage page, int round) {
        PlatsimEditor editor = (PlatsimEditor) page.getActiveEditor();
        Core core = editor.platform().getSockets().get(0).getCores().get(0);
        long start = System.nanoTime();
        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), core,
            PlatsimPackage.Literals.NAMED_ELEMENT__NAME, "renamed " + round));
        editor.diagram().refreshNow();
        editor.diagram().viewer().getControl().redraw();
        waitForPaint(editor);
        return (System.nanoTime() - start) / 1e6;
    }

    private static void waitForPaint(PlatsimEditor editor) {
        AtomicBoolean painted = new AtomicBoolean();
        editor.diagram().viewer().getControl().addListener(SWT.Paint, e -> painted.set(true));
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + 60_000;
        while (!painted.get() && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
    }

    private static double min(double[] values) {
        return java.util.Arrays.stream(values).min().orElseThrow();
    }
}
