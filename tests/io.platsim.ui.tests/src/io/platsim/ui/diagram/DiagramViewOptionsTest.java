/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.ide.ResourceUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.platsim.diagram.Connection;
import io.platsim.diagram.Ids;
import io.platsim.diagram.LineKind;
import io.platsim.diagram.layout.Box;
import io.platsim.diagram.layout.LayoutFile;
import io.platsim.diagram.render.NodePainter;
import io.platsim.model.Core;
import io.platsim.model.MsiRoute;
import io.platsim.model.Socket;
import io.platsim.ui.PlatsimUi;
import io.platsim.ui.editor.PlatsimEditor;

/**
 * What the diagram shows of the two-socket example: each socket's 28 alike cores folded into one tile that opens
 * and closes, and the kinds of line the Lines filter hides.
 */
class DiagramViewOptionsTest {

    private IWorkbenchPage page;
    private PlatsimEditor editor;

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    private long coreBoxes(Socket socket) {
        return part(socket).getChildren().stream().filter(c -> ((EditPart) c).getModel() instanceof Core).count();
    }

    private GraphicalEditPart part(Object model) {
        return Widgets.part(editor.diagram(), model);
    }

    @Test
    void theToggleUnfoldsUndoFoldsAgainAndTheLayoutFileRemembers() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = Widgets.openCopy(page, "Folding Test", "two-socket-server.platsim");
        Socket socket0 = editor.platform().getSockets().get(0);
        Socket socket1 = editor.platform().getSockets().get(1);
        assertEquals(1, coreBoxes(socket0), "28 alike cores are one tile");
        Core tile = socket0.getCores().get(0);
        MsiRoute toFolded = editor.platform().getMsiRoutes().stream()
            .filter(r -> r.getTargetCore() != null && r.getTargetCore() != tile
                && r.getTargetCore().eContainer() == socket0).findFirst().orElse(null);
        if (toFolded != null) {
            assertTrue(part(tile).getTargetConnections().stream().anyMatch(c -> ((EditPart) c).getModel()
                instanceof Connection line && line.element() == toFolded), "an MSI to a folded core ends at the tile");
        }
        int foldedHeight = editor.diagram().layout().box(Ids.of(socket0)).height();

        // a click on the socket's toggle
        Rectangle r = part(socket0).getFigure().getBounds().getCopy();
        Box toggle = NodePainter.foldToggle(socket0, new Box(r.x, r.y, r.width, r.height));
        ((org.eclipse.draw2d.FigureCanvas) editor.diagram().viewer().getControl()).scrollTo(toggle.x() - 300, 0);
        Widgets.drain();
        Point click = new Point(toggle.x() + toggle.width() / 2, toggle.y() + toggle.height() / 2);
        part(socket0).getFigure().getParent().translateToAbsolute(click);
        assertEquals(part(socket0), editor.diagram().viewer().findObjectAt(click), "the toggle is on the socket");
        Mouse.click(editor.diagram().viewer().getControl(), click.x, click.y);
        Widgets.drain();
        assertFalse(editor.diagram().layout().isFolded(socket0), "the toggle unfolds the socket");
        assertEquals(socket0.getCores().size(), coreBoxes(socket0), "every core has its box again");
        assertTrue(editor.diagram().layout().box(Ids.of(socket0)).height() > 2 * foldedHeight, "the socket grew");
        assertTrue(editor.isDirty(), "unfolding is an edit to save");

        editor.getEditingDomain().getCommandStack().undo();
        Widgets.drain();
        assertEquals(1, coreBoxes(socket0), "undo folds the cores again");
        assertEquals(foldedHeight, editor.diagram().layout().box(Ids.of(socket0)).height());

        part(tile).performRequest(new Request(RequestConstants.REQ_OPEN));
        Widgets.drain();
        assertEquals(socket0.getCores().size(), coreBoxes(socket0), "a double-click opens a folded tile");

        editor.doSave(new NullProgressMonitor());
        IFile file = ResourceUtil.getFile(editor.getEditorInput());
        Path layoutFile = LayoutFile.of(file.getLocation().toFile().toPath());
        String saved = Files.readString(layoutFile);
        assertTrue(saved.contains("<fold id=\"" + Ids.of(socket1) + "\""), saved);
        assertFalse(saved.contains("<fold id=\"" + Ids.of(socket0) + "\""), "socket 0 was unfolded");
        page.closeAllEditors(false);
        editor = (PlatsimEditor) IDE.openEditor(page, file, PlatsimUi.EDITOR_ID);
        Widgets.drain();
        Socket reopened0 = editor.platform().getSockets().get(0);
        Socket reopened1 = editor.platform().getSockets().get(1);
        assertEquals(reopened0.getCores().size(), coreBoxes(reopened0), "reopened as it was saved: unfolded");
        assertEquals(1, coreBoxes(reopened1), "and socket 1 folded");
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
        Widgets.drain();
        assertEquals(0, lines(LineKind.MSI_ROUTE), "no MSI route is drawn");
        assertEquals(pins, lines(LineKind.PINNING), "vCPU pinning is still drawn");
        assertEquals(links, lines(LineKind.PCIE_LINK));
        assertTrue(editor.isDirty(), "the filter is saved with the layout");

        editor.getEditingDomain().getCommandStack().undo();
        Widgets.drain();
        assertEquals(routes, lines(LineKind.MSI_ROUTE), "undo draws the MSI routes again");
    }
}
