/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.platsim.model.DmaStream;
import io.platsim.model.PcieLink;
import io.platsim.model.PlatsimPackage;
import io.platsim.model.sweep.Sweep;
import io.platsim.sweep.SweepFile;
import io.platsim.ui.PlatsimUi;
import io.platsim.ui.editor.PlatsimEditor;

/** "Sweep a Field…" from the model editor: a factor on the selected element, in a new sweep or one that exists. */
class SweepFieldTest {

    private IWorkbenchPage page;

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    @Test
    void aFieldOfTheSelectedElementBecomesAFactorOfANewSweepThenOfTheSameOne() throws Exception {
        IProject project = SweepFixtures.projectWithLab("Sweep Field Test");
        IFile model = project.getFile("lab.platsim");
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        PlatsimEditor editor = (PlatsimEditor) IDE.openEditor(page, model, PlatsimUi.EDITOR_ID);
        PcieLink link = editor.platform().getPcieLinks().get(0);
        DmaStream rx = (DmaStream) editor.platform().getWorkloads().get(0);

        SweepFieldDialog dialog = new SweepFieldDialog(page.getWorkbenchWindow().getShell(), model, link);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Combo fields = (Combo) SweepFixtures.find(dialog.getShell(), Combo.class).get(0);
        Text values = (Text) SweepFixtures.find(dialog.getShell(), Text.class).stream().filter(t -> t.isEnabled()
            && (t.getStyle() & org.eclipse.swt.SWT.READ_ONLY) == 0).findFirst().orElseThrow();
        assertTrue(List.of(fields.getItems()).contains("lanes (now 8)"), List.of(fields.getItems()).toString());
        fields.select(List.of(fields.getItems()).indexOf("generation (now GEN3)"));
        fields.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertEquals("GEN1, GEN2, GEN3, GEN4, GEN5, GEN6", values.getText(), "an enumeration offers its literals");
        dialog.close();

        assertThrows(IllegalArgumentException.class, () -> SweepField.add(model, link,
            PlatsimPackage.Literals.PCIE_LINK__LANES, List.of("4", "many"), null));
        IFile sweep = SweepField.add(model, link, PlatsimPackage.Literals.PCIE_LINK__LANES, List.of("4", "8"), null);
        assertEquals("lab-lanes.sweep", sweep.getName());
        SweepField.add(model, rx, PlatsimPackage.Literals.DMA_STREAM__RATE_GBPS, List.of("10", "40"), sweep);
        Sweep written = SweepFile.load(sweep.getLocation().toFile().toPath()).sweep();
        assertEquals(2, written.getFactors().size());
        assertEquals("lanes", written.getFactors().get(0).getAttribute());
        assertEquals(List.of("10", "40"), written.getFactors().get(1).getValues());
        assertEquals("lab", written.getBase().getName());
        assertTrue(new SweepFieldAction(editor, link).isEnabled());
    }

}
