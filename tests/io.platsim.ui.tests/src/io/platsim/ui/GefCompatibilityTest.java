/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.eclipse.core.runtime.AssertionFailedException;
import org.eclipse.draw2d.ScalableFreeformLayeredPane;
import org.eclipse.draw2d.Viewport;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.internal.DragCursors;
import org.junit.jupiter.api.Test;

/** GEF 3.2 runs on the current platform thanks to the two compatibility fragments. */
class GefCompatibilityTest {

    @Test
    void zoomManagerAndActionRegistryFindJFaceAssert() {
        ZoomManager zoom = new ZoomManager(new ScalableFreeformLayeredPane(), new Viewport());
        zoom.setZoom(2.0);
        assertEquals(2.0, zoom.getZoom());
        ActionRegistry registry = new ActionRegistry();
        Action withoutId = new Action("no id") {
        };
        assertThrows(AssertionFailedException.class, () -> registry.registerAction(withoutId));
    }

    @Test
    void paletteDockingFindsDragCursors() {
        assertEquals(DragCursors.LEFT, DragCursors.positionToDragCursor(SWT.LEFT));
        assertNotNull(DragCursors.getCursor(DragCursors.LEFT));
        assertEquals(Display.getCurrent().getSystemCursor(SWT.CURSOR_NO), DragCursors.getCursor(DragCursors.INVALID));
    }
}
