/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.platsim.model.Platform;
import io.platsim.model.persistence.ModelFiles;
import io.platsim.model.sweep.Factors;
import io.platsim.model.sweep.Sweep;
import io.platsim.model.sweep.SweepPackage;
import io.platsim.sweep.SweepFile;

/**
 * A .sweep file opens in the sweep editor: its factors in a tree, its problems above it checked again after each
 * change, undo on its own history, and saving that writes the sweep and leaves its base model as it was.
 */
class SweepEditorTest {

    private IWorkbenchPage page;

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    @Test
    void newSweepMakesASweepOverTheSelectedModelAndOpensItInTheEditor() throws Exception {
        IProject project = SweepFixtures.projectWithLab("New Sweep Test");
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        NewSweepWizard wizard = new NewSweepWizard();
        wizard.init(PlatformUI.getWorkbench(), new org.eclipse.jface.viewers.StructuredSelection(
            project.getFile("lab.platsim")));
        org.eclipse.jface.wizard.WizardDialog dialog = new org.eclipse.jface.wizard.WizardDialog(
            page.getWorkbenchWindow().getShell(), wizard);
        dialog.create();
        assertTrue(wizard.canFinish(), "the selected model is the base; the file name follows it");
        assertTrue(wizard.performFinish());
        dialog.close();
        SweepFixtures.drain();
        SweepFile.Loaded loaded = SweepFile.load(project.getLocation().toFile().toPath().resolve("lab.sweep"));
        assertEquals("lab", loaded.sweep().getName());
        assertEquals("lab", loaded.sweep().getBase().getName());
        assertTrue(loaded.problems().stream().anyMatch(p -> p.contains("no factor to vary")), loaded.problems()
            .toString());
        assertTrue(page.getActiveEditor() instanceof SweepEditor, "opened in the sweep editor");
    }

    @Test
    void aSweepOpensEditsUndoesAndSavesWithoutTouchingItsModel() throws Exception {
        IProject project = SweepFixtures.projectWithLab("Sweep Editor Test");
        Path dir = project.getLocation().toFile().toPath();
        Platform lab = ModelFiles.load(dir.resolve("lab.platsim")).platform();
        SweepFile.save(Factors.sweep(lab, 2, 20, List.of(Factors.listed(lab.getPcieLinks().get(0), "lanes", "4",
            "8")), "devices/0/streams/0/throughput_gbps"), dir.resolve("lanes.sweep"));
        byte[] model = Files.readAllBytes(dir.resolve("lab.platsim"));
        project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
        IFile file = project.getFile("lanes.sweep");
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        SweepEditor editor = (SweepEditor) IDE.openEditor(page, file);
        SweepFixtures.drain();
        Composite shell = editor.getSite().getShell();
        Tree tree = SweepFixtures.find(shell, Tree.class).stream().filter(t -> t.getItemCount() == 1
            && t.getItem(0).getData() == editor.sweep()).findFirst().orElseThrow();
        assertEquals("Factor nic0-link.lanes: 4, 8", tree.getItem(0).getItem(0).getText());
        Label problems = SweepFixtures.find(shell, Label.class).stream()
            .filter(l -> l.getText().contains("ready to run") || l.getText().contains("to fix")).findFirst()
            .orElseThrow();
        assertTrue(problems.getText().contains("ready to run"), problems.getText());

        Sweep sweep = editor.sweep();
        CommandStack stack = editor.getEditingDomain().getCommandStack();
        stack.execute(SetCommand.create(editor.getEditingDomain(), sweep, SweepPackage.Literals.SWEEP__REPLICATIONS,
            0));
        SweepFixtures.drain();
        assertTrue(editor.isDirty());
        assertTrue(problems.getText().contains("field 'Replications': 0 is not between 1 and 1000"),
            problems.getText());
        stack.undo();
        SweepFixtures.drain();
        assertTrue(problems.getText().contains("ready to run"), problems.getText());
        stack.execute(SetCommand.create(editor.getEditingDomain(), sweep, SweepPackage.Literals.SWEEP__REPLICATIONS,
            7));
        SweepFixtures.drain();
        List<String> figures = io.platsim.sweep.Responses.available(sweep.getBase());
        assertTrue(figures.contains("devices/0/streams/0/latency_ns/p99") && !figures.contains("wall_seconds")
            && figures.stream().noneMatch(f -> f.startsWith("components/")), figures.toString());
        editor.setResponses(List.of());
        SweepFixtures.drain();
        assertTrue(problems.getText().contains("no response to collect"), problems.getText());
        editor.setResponses(List.of("devices/0/streams/0/throughput_gbps", "devices/0/streams/0/latency_ns/p99"));
        SweepFixtures.drain();
        editor.doSave(new NullProgressMonitor());
        assertFalse(editor.isDirty());
        assertEquals(List.of("devices/0/streams/0/throughput_gbps", "devices/0/streams/0/latency_ns/p99"),
            SweepFile.load(dir.resolve("lanes.sweep")).sweep().getResponses());
        assertEquals(7, SweepFile.load(dir.resolve("lanes.sweep")).sweep().getReplications());
        assertArrayEquals(model, Files.readAllBytes(dir.resolve("lab.platsim")), "the base model is only read");
    }
}
