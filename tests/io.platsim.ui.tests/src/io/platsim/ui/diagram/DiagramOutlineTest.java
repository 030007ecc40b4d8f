/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.platsim.ui.editor.PlatsimEditor;

/** The Outline's thumbnail scrolls the diagram by dragging its frame, whatever the mouse did before the drag. */
class DiagramOutlineTest {

    private IWorkbenchPage page;
    private PlatsimEditor editor;
    private DiagramOutline outline;

    @BeforeEach
    void open() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = Widgets.openCopy(page, "Diagram Outline Test", "two-socket-server.platsim");
        // At twice the size the diagram is larger than its editor, so the frame covers part of the thumbnail.
        editor.diagram().zoomManager().setZoom(2);
        ContentOutline view = (ContentOutline) page.showView(IPageLayout.ID_OUTLINE);
        drain();
        outline = (DiagramOutline) view.getCurrentPage();
        // The thumbnail draws and places its frame from timers of its own, after the events above: wait for it.
        long end = System.currentTimeMillis() + 10_000;
        while (outline.frame().width == 0 && System.currentTimeMillis() < end) {
            Thread.sleep(20);
            drain();
        }
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
        page.hideView(page.findView(IPageLayout.ID_OUTLINE));
    }

    private static void drain() {
        while (PlatformUI.getWorkbench().getDisplay().readAndDispatch()) {
            // let the views lay out and paint
        }
    }

    private Point viewLocation() {
        return ((FigureCanvas) editor.diagram().viewer().getControl()).getViewport().getViewLocation();
    }

    /** Sends a mouse event to the thumbnail; returns what its listeners threw (the workbench would only log it). */
    private List<RuntimeException> send(int type, int x, int y, int button, int stateMask) {
        List<RuntimeException> thrown = new ArrayList<>();
        Display display = PlatformUI.getWorkbench().getDisplay();
        Consumer<RuntimeException> handler = display.getRuntimeExceptionHandler();
        display.setRuntimeExceptionHandler(thrown::add);
        Event event = new Event();
        event.x = x;
        event.y = y;
        event.button = button;
        event.stateMask = stateMask;
        Canvas canvas = outline.canvas();
        event.widget = canvas;
        try {
            canvas.notifyListeners(type, event);
        } catch (RuntimeException e) {
            thrown.add(e);
        } finally {
            display.setRuntimeExceptionHandler(handler);
        }
        return thrown;
    }

    @Test
    void aDragWithoutAPressOnTheFrameIsAMoveAndAPressedDragScrolls() {
        Rectangle frame = outline.frame();
        org.eclipse.swt.graphics.Point size = outline.canvas().getSize();
        assertTrue(frame.width > 0 && frame.width < size.x, "the frame " + frame + " on a thumbnail of " + size);
        Point centre = frame.getCenter();
        Point before = viewLocation();
        // The press went elsewhere (the click that activated the view): the drag must not fail, and scrolls nothing.
        assertEquals(List.of(), send(SWT.MouseMove, centre.x, centre.y, 0, SWT.BUTTON1));
        assertEquals(List.of(), send(SWT.MouseMove, centre.x + 5, centre.y + 5, 0, SWT.BUTTON1));
        drain();
        assertEquals(before, viewLocation());
        // A drag of the frame from a press on it scrolls the diagram.
        send(SWT.MouseDown, centre.x, centre.y, 1, 0);
        send(SWT.MouseMove, centre.x + 8, centre.y + 6, 0, SWT.BUTTON1);
        send(SWT.MouseUp, centre.x + 8, centre.y + 6, 1, SWT.BUTTON1);
        drain();
        assertNotEquals(before, viewLocation(), "dragging the frame did not scroll the diagram");
    }
}
