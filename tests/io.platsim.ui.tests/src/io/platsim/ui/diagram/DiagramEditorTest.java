/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.palette.ToolEntry;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.platsim.diagram.Ids;
import io.platsim.diagram.layout.Box;
import io.platsim.diagram.layout.DiagramLayout;
import io.platsim.diagram.layout.LayoutFile;
import io.platsim.diagram.render.NodePainter;
import io.platsim.model.Core;
import io.platsim.model.Nic;
import io.platsim.model.PcieLink;
import io.platsim.model.Platform;
import io.platsim.model.PlatsimPackage;
import io.platsim.model.RootPort;
import io.platsim.model.Socket;
import io.platsim.ui.PlatsimUi;
import io.platsim.ui.diagram.figures.Draw2dCanvas;
import io.platsim.ui.diagram.figures.NodeFigure;
import io.platsim.ui.editor.PlatsimEditor;

/**
 * The diagram driven as a user drives it: palette tools and drags sent to the canvas as mouse events, keys and
 * in-place renaming, with the model, the layout and the shared undo history checked afterwards.
 */
class DiagramEditorTest {

    private IWorkbenchPage page;
    private PlatsimEditor editor;
    private DiagramPage diagram;
    private Platform platform;
    private IFile file;

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    private void open(String model) throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = Widgets.openCopy(page, "Diagram Test", model);
        file = (IFile) editor.getEditorInput().getAdapter(IFile.class);
        diagram = editor.diagram();
        platform = editor.platform();
    }

    private static void drain() {
        while (PlatformUI.getWorkbench().getDisplay().readAndDispatch()) {
            // run what is queued, the diagram's refresh included
        }
    }

    private CommandStack stack() {
        return editor.getEditingDomain().getCommandStack();
    }

    private GraphicalEditPart part(Object model) {
        return (GraphicalEditPart) diagram.viewer().getEditPartRegistry().get(model);
    }

    /** The centre of a box on the canvas, scrolled into view first. */
    private org.eclipse.draw2d.geometry.Point centre(Object model) {
        diagram.viewer().reveal(part(model));
        drain();
        IFigure figure = part(model).getFigure();
        Rectangle r = figure.getBounds().getCopy();
        figure.translateToAbsolute(r);
        return r.getCenter();
    }

    /** A visible point of the canvas, 12 pixels clear of anything else, where {@code owner}'s own box is. */
    private org.eclipse.draw2d.geometry.Point spotOn(EditPart owner) {
        org.eclipse.swt.graphics.Rectangle area = ((org.eclipse.swt.widgets.Scrollable) canvas()).getClientArea();
        for (int y = 30; y < area.height - 30; y += 7) {
            for (int x = 30; x < area.width - 30; x += 7) {
                if (clear(owner, x, y)) {
                    return new org.eclipse.draw2d.geometry.Point(x, y);
                }
            }
        }
        throw new AssertionError("no free spot on " + owner + " in " + area);
    }

    /** A point of {@code owner}'s own box near its bottom right corner, where a new box cannot fit as it is. */
    private org.eclipse.draw2d.geometry.Point cornerOf(GraphicalEditPart owner) {
        Rectangle r = owner.getFigure().getBounds().getCopy();
        owner.getFigure().translateToAbsolute(r);
        for (int inset = 6; inset < Math.min(r.width, r.height) / 2; inset += 3) {
            int x = r.right() - inset;
            int y = r.bottom() - inset;
            if (diagram.viewer().findObjectAt(new org.eclipse.draw2d.geometry.Point(x, y)) == owner) {
                return new org.eclipse.draw2d.geometry.Point(x, y);
            }
        }
        throw new AssertionError("no free corner on " + owner);
    }

    private boolean clear(EditPart owner, int x, int y) {
        for (int dx = -12; dx <= 12; dx += 12) {
            for (int dy = -12; dy <= 12; dy += 12) {
                if (diagram.viewer().findObjectAt(new org.eclipse.draw2d.geometry.Point(x + dx, y + dy)) != owner) {
                    return false;
                }
            }
        }
        return true;
    }

    private Control canvas() {
        return diagram.viewer().getControl();
    }

    private void click(int x, int y) {
        Mouse.click(canvas(), x, y);
    }

    private void drag(int fromX, int fromY, int toX, int toY) {
        Mouse.drag(canvas(), fromX, fromY, toX, toY);
    }

    /** Picks a palette tool by its label, as a click on the palette does. */
    private void tool(String label) {
        ToolEntry entry = Widgets.find(diagram.viewer().getEditDomain().getPaletteViewer().getPaletteRoot(), label);
        assertNotNull(entry, () -> "no palette entry " + label);
        diagram.viewer().getEditDomain().getPaletteViewer().setActiveTool(entry);
    }

    @Test
    void theDiagramShowsEveryBoxNestedAsTheModelHoldsIt() throws Exception {
        open("small.platsim");
        Socket socket = platform.getSockets().get(0);
        GraphicalEditPart socketPart = part(socket);
        assertNotNull(socketPart, "the socket has a box");
        for (Core core : socket.getCores()) {
            assertEquals(socketPart, part(core).getParent(), "a core sits inside its socket's box");
        }
        PcieLink link = platform.getPcieLinks().get(0);
        assertNotNull(part(link.getDownstream()));
        assertTrue(part(link.getDownstream()).getTargetConnections().stream()
            .anyMatch(c -> ((EditPart) c).getModel() instanceof io.platsim.diagram.Connection l && l.element() == link),
            "the PCIe link is a line into the NIC");
        assertNull(part(link), "a line is not a box");
    }

    @Test
    void aCoreCreatedWithThePaletteLandsInTheSocketAndUndoRedoWorkOnTheSharedStack() throws Exception {
        open("small.platsim");
        Socket socket = platform.getSockets().get(0);
        int cores = socket.getCores().size();
        diagram.viewer().reveal(part(socket));
        drain();
        org.eclipse.draw2d.geometry.Point inSocket = cornerOf(part(socket));
        tool("Core");
        click(inSocket.x, inSocket.y);
        assertEquals(cores + 1, socket.getCores().size(), "the palette's core went into the socket");
        Core added = socket.getCores().get(cores);
        assertNotNull(part(added), "the new core has a box");
        Box box = diagram.layout().box(Ids.of(added));
        assertNotNull(box);
        Box around = diagram.layout().box(Ids.of(socket));
        assertTrue(box.x() > 0 && box.x() + box.width() < around.width() && box.y() + box.height() < around.height(),
            "the socket grew to hold the new core: " + box + " in " + around);
        assertTrue(box.y() >= NodePainter.headerHeight(new Draw2dCanvas(null), socket),
            "the new core is below the socket's header: " + box);
        assertTrue(editor.isDirty());
        stack().undo();
        drain();
        assertEquals(cores, socket.getCores().size());
        assertNull(part(added), "undo removed the box too");
        stack().redo();
        drain();
        assertEquals(cores + 1, socket.getCores().size());
        assertNotNull(part(added));
    }

    @Test
    void draggingABoxMovesItInTheLayoutOnlyAndUndoPutsItBack() throws Exception {
        open("small.platsim");
        Nic nic = (Nic) platform.getDevices().get(0);
        Box before = diagram.layout().box(Ids.of(nic));
        org.eclipse.draw2d.geometry.Point from = centre(nic);
        String line = ((io.platsim.diagram.Connection) ((GraphicalEditPart) part(nic).getTargetConnections().get(0))
            .getModel()).key();
        List<DiagramLayout.Point> route = List.of(new DiagramLayout.Point(before.x(), before.y() - 30));
        diagram.layout().setBends(line, route);
        click(from.x, from.y);
        drag(from.x, from.y, from.x + 70, from.y + 40);
        Box after = diagram.layout().box(Ids.of(nic));
        assertEquals(before.x() + 70, after.x());
        assertEquals(before.y() + 40, after.y());
        assertEquals(before.width(), after.width());
        List<DiagramLayout.Point> rerouted = diagram.layout().bends(line); // routed afresh into the NIC's top
        assertEquals(new DiagramLayout.Point(after.x() + after.width() / 2, after.y()), rerouted.getLast());
        assertTrue(editor.isDirty(), "a move is an edit to save");
        stack().undo();
        drain();
        assertEquals(before, diagram.layout().box(Ids.of(nic)));
        assertEquals(route, diagram.layout().bends(line), "undo gives the route back");
    }

    @Test
    void aPcieLinkIsDrawnFromARootPortToADevice() throws Exception {
        open("small.platsim");
        RootPort port = platform.getSockets().get(0).getRootComplexes().get(0).getRootPorts().get(0);
        tool("NIC");
        org.eclipse.draw2d.geometry.Point free = spotOn(diagram.viewer().getContents());
        click(free.x, free.y);
        assertEquals(2, platform.getDevices().size(), "a second NIC on the bare diagram");
        Nic second = (Nic) platform.getDevices().get(1);
        int links = platform.getPcieLinks().size();
        tool("PCIe link");
        org.eclipse.draw2d.geometry.Point source = centre(port);
        org.eclipse.draw2d.geometry.Point target = centre(second);
        click(source.x, source.y);
        click(target.x, target.y);
        assertEquals(links + 1, platform.getPcieLinks().size());
        PcieLink link = platform.getPcieLinks().get(links);
        assertEquals(port, link.getUpstream());
        assertEquals(second, link.getDownstream());
    }

    @Test
    void draggingTheMiddleOfASelectedLineBendsIt() throws Exception {
        open("small.platsim");
        Nic nic = (Nic) platform.getDevices().get(0);
        centre(nic);
        GraphicalEditPart line = (GraphicalEditPart) part(nic).getTargetConnections().get(0);
        String key = ((io.platsim.diagram.Connection) line.getModel()).key();
        diagram.layout().setBends(key, List.of()); // a straight line
        drain();
        diagram.viewer().select(line);
        drain();
        org.eclipse.draw2d.geometry.Point mid = ((org.eclipse.draw2d.Connection) line.getFigure()).getPoints()
            .getMidpoint();
        line.getFigure().translateToAbsolute(mid);
        drag(mid.x, mid.y, mid.x + 40, mid.y + 30);
        assertEquals(1, diagram.layout().bends(key).size(), "one bend where the handle was dropped");
        stack().undo();
        drain();
        assertTrue(diagram.layout().bends(key).isEmpty());
    }

    @Test
    void deletingADeviceTakesItsLinkAndRouteWithItAndUndoBringsThemBack() throws Exception {
        open("small.platsim");
        Nic nic = (Nic) platform.getDevices().get(0);
        int links = platform.getPcieLinks().size();
        int routes = platform.getMsiRoutes().size();
        diagram.viewer().select(part(nic));
        diagram.deleteSelection();
        drain();
        assertFalse(platform.getDevices().contains(nic));
        assertEquals(links - 1, platform.getPcieLinks().size(), "no link left with a loose end");
        assertEquals(routes - 1, platform.getMsiRoutes().size());
        stack().undo();
        drain();
        assertTrue(platform.getDevices().contains(nic));
        assertEquals(links, platform.getPcieLinks().size());
        assertNotNull(part(nic));
    }

    @Test
    void renamingInPlaceSetsTheNameAndAnEditElsewhereShowsInTheDiagram() throws Exception {
        open("small.platsim");
        Nic nic = (Nic) platform.getDevices().get(0);
        diagram.viewer().select(part(nic));
        part(nic).performRequest(new org.eclipse.gef.Request(org.eclipse.gef.RequestConstants.REQ_DIRECT_EDIT));
        drain();
        Text text = Widgets.findText((org.eclipse.swt.widgets.Composite) canvas());
        assertNotNull(text, "the rename field is open over the box");
        text.setText("uplink");
        text.notifyListeners(SWT.DefaultSelection, new Event());
        drain();
        assertEquals("uplink", nic.getName());
        stack().execute(SetCommand.create(editor.getEditingDomain(), nic, PlatsimPackage.Literals.NAMED_ELEMENT__NAME,
            "from-the-tree"));
        drain();
        String tip = ((org.eclipse.draw2d.Label) part(nic).getFigure().getToolTip()).getText();
        assertTrue(tip.contains("from-the-tree"), tip);
        stack().undo();
        stack().undo();
        drain();
        assertEquals("nic0", nic.getName());
    }

    @Test
    void savingWritesTheLayoutBesideTheModelAndReopeningKeepsIt() throws Exception {
        open("small.platsim");
        Nic nic = (Nic) platform.getDevices().get(0);
        org.eclipse.draw2d.geometry.Point from = centre(nic);
        click(from.x, from.y);
        drag(from.x, from.y, from.x + 50, from.y + 30);
        Box moved = diagram.layout().box(Ids.of(nic));
        editor.doSave(new NullProgressMonitor());
        Path layoutFile = LayoutFile.of(file.getLocation().toFile().toPath());
        assertTrue(Files.exists(layoutFile), "the layout is saved beside the model");
        String modelText = Files.readString(file.getLocation().toFile().toPath());
        assertFalse(modelText.contains("width="), "the model file holds no geometry");
        page.closeAllEditors(false);
        editor = (PlatsimEditor) IDE.openEditor(page, file, PlatsimUi.EDITOR_ID);
        drain();
        Nic reopened = (Nic) editor.platform().getDevices().get(0);
        assertEquals(moved, editor.diagram().layout().box(Ids.of(reopened)));
    }

    @Test
    void validationProblemsShowOnTheFigureWithTheirMessage() throws Exception {
        open("small.platsim");
        Nic nic = (Nic) platform.getDevices().get(0);
        PcieLink link = platform.getPcieLinks().get(0);
        stack().execute(SetCommand.create(editor.getEditingDomain(), link,
            PlatsimPackage.Literals.PCIE_LINK__LANES, 3));
        drain();
        GraphicalEditPart line = (GraphicalEditPart) part(nic).getTargetConnections().stream()
            .filter(c -> ((io.platsim.diagram.Connection) ((EditPart) c).getModel()).element() == link)
            .findFirst().orElseThrow();
        String tip = ((org.eclipse.draw2d.Label) line.getFigure().getToolTip()).getText();
        assertTrue(tip.toLowerCase().contains("lane"), tip);
        assertNotEquals(Draw2dCanvas.colour(0x5B3F99), line.getFigure().getForegroundColor(),
            "a line with a problem turns red");
        stack().execute(SetCommand.create(editor.getEditingDomain(), nic,
            PlatsimPackage.Literals.DEVICE__DMA_ADDRESS_MASK_BITS, 12));
        drain();
        assertTrue(((NodeFigure) part(nic).getFigure()).severity() > 0, "the NIC's box carries a badge");
    }

    @Test
    void exportWritesTheSelectionOrTheWholeDiagram(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
        open("small.platsim");
        Path whole = temp.resolve("whole.svg");
        diagram.viewer().setSelection(StructuredSelection.EMPTY);
        diagram.export(io.platsim.diagram.export.DiagramExport.Format.SVG, whole);
        String svg = Files.readString(whole);
        assertTrue(svg.contains(">nic0<") && svg.contains(">socket0<"), "names in the SVG");
        Path socketOnly = temp.resolve("socket.pdf");
        diagram.viewer().select(part(platform.getSockets().get(0)));
        diagram.export(io.platsim.diagram.export.DiagramExport.Format.PDF, socketOnly);
        assertTrue(Files.readString(socketOnly, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
    }

    @Test
    void theWorkbenchsDeleteSelectAllCopyAndPasteWorkOnTheDiagramAndThePropertiesFollowIt() throws Exception {
        open("small.platsim");
        Nic nic = (Nic) platform.getDevices().get(0);
        diagram.viewer().select(part(nic));
        drain();
        assertEquals(nic, ((org.eclipse.jface.viewers.IStructuredSelection) editor.getSite().getSelectionProvider()
            .getSelection()).getFirstElement(), "the Properties view is shown the NIC");
        org.eclipse.ui.IActionBars bars = editor.getEditorSite().getActionBars();
        bars.getGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.COPY.getId()).run();
        diagram.viewer().select(diagram.viewer().getContents());
        drain();
        bars.getGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.PASTE.getId()).run();
        drain();
        assertEquals(2, platform.getDevices().size(), "the copy was pasted into the platform");
        assertNotNull(diagram.layout().box(Ids.of(platform.getDevices().get(1))), "the pasted NIC has a box");
        bars.getGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.SELECT_ALL.getId()).run();
        int selected = ((org.eclipse.jface.viewers.IStructuredSelection) diagram.viewer().getSelection()).size();
        assertTrue(selected > platform.getSockets().get(0).getCores().size(), "select all took every box");
        diagram.viewer().select(part(nic));
        bars.getGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.DELETE.getId()).run();
        drain();
        assertFalse(platform.getDevices().contains(nic));
        assertTrue(platform.getPcieLinks().stream().allMatch(l -> l.getDownstream() != null),
            "the workbench's Delete leaves no link with a loose end");
    }
}
