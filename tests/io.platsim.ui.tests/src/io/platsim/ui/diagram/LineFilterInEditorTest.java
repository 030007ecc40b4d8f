/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.gef.EditPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.platsim.diagram.Connection;
import io.platsim.diagram.LineKind;
import io.platsim.ui.editor.PlatsimEditor;

/** The diagram's "Lines" filter hides MSI routes and vCPU pinning, as an undoable step. */
class LineFilterInEditorTest {

    private IWorkbenchPage page;
    private PlatsimEditor editor;

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    private static void drain() {
        while (PlatformUI.getWorkbench().getDisplay().readAndDispatch()) {
            // let the diagram refresh
        }
    }

    private long lines(LineKind kind) {
        return editor.diagram().viewer().getEditPartRegistry().values().stream()
            .map(p -> ((EditPart) p).getModel())
            .filter(m -> m instanceof Connection line && LineKind.of(line) == kind).count();
    }

    private static ToolBar toolBar(Control control) {
        if (control instanceof ToolBar bar) {
            return bar;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                ToolBar found = toolBar(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void hidingMsiRoutesRemovesTheirLinesAndUndoBringsThemBack() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = Widgets.openCopy(page, "Line Filter Test", "two-socket-server.platsim");
        ToolBar bar = toolBar(editor.diagram().control());
        assertTrue(Arrays.stream(bar.getItems()).anyMatch(i -> "Lines".equals(i.getText())
            && (i.getStyle() & SWT.DROP_DOWN) != 0), "the diagram's toolbar has a Lines drop-down");
        long routes = lines(LineKind.MSI_ROUTE);
        long pins = lines(LineKind.PINNING);
        assertTrue(routes > 0 && pins > 0, "the example draws MSI routes and vCPU pinning");
        long links = lines(LineKind.PCIE_LINK);

        editor.diagram().showLines(LineKind.MSI_ROUTE, false);
        drain();
        assertEquals(0, lines(LineKind.MSI_ROUTE), "no MSI route is drawn");
        assertEquals(pins, lines(LineKind.PINNING), "vCPU pinning is still drawn");
        assertEquals(links, lines(LineKind.PCIE_LINK));
        assertTrue(editor.isDirty(), "the filter is saved with the layout");

        editor.getEditingDomain().getCommandStack().undo();
        drain();
        assertEquals(routes, lines(LineKind.MSI_ROUTE), "undo draws the MSI routes again");
    }
}
