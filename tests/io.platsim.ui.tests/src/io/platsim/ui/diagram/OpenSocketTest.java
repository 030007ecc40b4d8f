/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.palette.ToolEntry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.platsim.diagram.Connection;
import io.platsim.diagram.DiagramStructure;
import io.platsim.diagram.Ids;
import io.platsim.diagram.export.DiagramExport;
import io.platsim.diagram.layout.Box;
import io.platsim.model.Core;
import io.platsim.model.Platform;
import io.platsim.model.Socket;
import io.platsim.ui.editor.PlatsimEditor;

/**
 * Opening one socket of the two-socket example in the diagram on its own (drill-down), working in it, and
 * returning to the whole platform by the breadcrumb.
 */
class OpenSocketTest {

    private IWorkbenchPage page;
    private PlatsimEditor editor;
    private DiagramPage diagram;
    private Platform platform;

    @BeforeEach
    void open() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = Widgets.openCopy(page, "Open Socket Test", "two-socket-server.platsim");
        diagram = editor.diagram();
        platform = editor.platform();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    private Object shownModel() {
        return diagram.viewer().getContents().getModel();
    }

    private static <T extends Control> T find(Control control, Class<T> type) {
        if (type.isInstance(control)) {
            return type.cast(control);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private ToolItem toolItem(String text) {
        return Arrays.stream(find(diagram.control(), ToolBar.class).getItems())
            .filter(i -> text.equals(i.getText())).findFirst().orElse(null);
    }

    private long coreBoxes() {
        return diagram.viewer().getContents().getChildren().stream()
            .filter(c -> ((EditPart) c).getModel() instanceof Core).count();
    }

    private GraphicalEditPart part(Object model) {
        return Widgets.part(diagram, model);
    }

    @Test
    void theToolbarOpensTheSelectedSocketAloneAndTheBreadcrumbReturnsAsItWas(@TempDir Path temp)
            throws Exception {
        Socket socket0 = platform.getSockets().get(0);
        Socket socket1 = platform.getSockets().get(1);
        Link breadcrumb = find(diagram.control(), Link.class);
        assertFalse(breadcrumb.isVisible(), "no breadcrumb while the whole platform shows");
        double zoom = diagram.zoomManager().getZoom();

        diagram.viewer().select(part(socket0.getCores().get(0)));
        toolItem("Open Socket").notifyListeners(SWT.Selection, new Event());
        Widgets.drain();
        assertSame(socket0, shownModel(), "the socket of the selected core opens");
        assertNull(part(socket1), "the other socket is not drawn");
        assertNull(part(platform.getDevices().get(0)), "nor are the devices");
        for (EObject child : DiagramStructure.children(socket0, diagram.layout()::isFolded)) {
            assertSame(diagram.viewer().getContents(), part(child).getParent(), () -> "a box of the socket: " + child);
        }
        for (Object entry : diagram.viewer().getEditPartRegistry().keySet()) {
            if (entry instanceof Connection line) {
                assertTrue(EcoreUtil.isAncestor(socket0, line.source()) && EcoreUtil.isAncestor(socket0, line.target()),
                    () -> "a line drawn in the socket stays in it: " + line.key());
            }
        }
        assertTrue(breadcrumb.isVisible(), "the breadcrumb shows");
        assertTrue(breadcrumb.getText().contains(platform.getName()) && breadcrumb.getText()
            .contains(socket0.getName()), breadcrumb.getText());
        assertTrue(breadcrumb.getText().contains("lines leave this socket"), "it says lines are left out: "
            + breadcrumb.getText());
        assertNotNull(toolItem("Back to Platform"), "the toolbar button now returns");

        assertEquals(1, coreBoxes(), "the alike cores stay folded into their tile");
        part(socket0.getCores().get(0)).performRequest(new Request(RequestConstants.REQ_OPEN));
        Widgets.drain();
        assertSame(socket0, shownModel(), "unfolding keeps the socket open");
        assertEquals(socket0.getCores().size(), coreBoxes(), "a double-click on the tile unfolds it here too");

        Path svg = temp.resolve("socket.svg");
        diagram.viewer().deselectAll();
        diagram.export(DiagramExport.Format.SVG, svg);
        String text = Files.readString(svg);
        assertTrue(text.contains(">" + socket0.getName() + "<") && !text.contains(">" + socket1.getName() + "<"),
            "the export of an opened socket is that socket");

        breadcrumb.notifyListeners(SWT.Selection, new Event());
        Widgets.drain();
        assertSame(platform, shownModel(), "the breadcrumb's platform link returns");
        assertFalse(breadcrumb.isVisible());
        assertEquals(zoom, diagram.zoomManager().getZoom(), 1e-9, "at the zoom the diagram had");
        assertNotNull(part(socket1));
        assertEquals(socket0.getCores().size(), part(socket0).getChildren().stream()
            .filter(c -> ((EditPart) c).getModel() instanceof Core).count(), "unfolded in the whole diagram too");
        assertNotNull(toolItem("Open Socket"));
    }

    @Test
    void aCoreDrawnInAnOpenedSocketJoinsItAndTheSocketGrows() throws Exception {
        Socket socket1 = platform.getSockets().get(1);
        diagram.open(socket1);
        Widgets.drain();
        int cores = socket1.getCores().size();
        Box before = diagram.layout().box(Ids.of(socket1));
        ToolEntry core = Widgets.find(diagram.viewer().getEditDomain().getPaletteViewer().getPaletteRoot(), "Core");
        diagram.viewer().getEditDomain().getPaletteViewer().setActiveTool(core);
        org.eclipse.swt.graphics.Rectangle area = diagram.viewer().getControl().getBounds();
        int x = area.width - 40;
        int y = area.height - 40;
        assertSame(diagram.viewer().getContents(), diagram.viewer().findObjectAt(
            new org.eclipse.draw2d.geometry.Point(x, y)), "the bottom right corner is the opened socket's ground");
        Mouse.click(diagram.viewer().getControl(), x, y);
        Widgets.drain();
        assertEquals(cores + 1, socket1.getCores().size(), "the palette's core went into the opened socket");
        Core added = socket1.getCores().get(cores);
        Box box = diagram.layout().box(Ids.of(added));
        Box after = diagram.layout().box(Ids.of(socket1));
        assertTrue(box.x() + box.width() < after.width() && box.y() + box.height() < after.height(),
            () -> "the socket grew to hold the core: " + box + " in " + after + ", before " + before);
        assertTrue(after.width() > before.width() || after.height() > before.height());
    }

    @Test
    void deletingTheOpenedSocketReturnsToThePlatform() {
        Socket socket1 = platform.getSockets().get(1);
        diagram.open(socket1);
        Widgets.drain();
        assertSame(socket1, shownModel());
        editor.getEditingDomain().getCommandStack().execute(
            DeleteCommand.create(editor.getEditingDomain(), java.util.List.of(socket1)));
        Widgets.drain();
        assertSame(platform, shownModel(), "the diagram returns to the platform");
        editor.getEditingDomain().getCommandStack().undo();
        Widgets.drain();
        assertNotNull(part(socket1), "undo brings the socket's box back in the whole diagram");
    }
}
