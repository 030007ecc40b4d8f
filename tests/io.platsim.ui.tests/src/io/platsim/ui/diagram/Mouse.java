/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;

/** Mouse clicks and drags sent to the diagram's canvas, as GEF's tools receive them from SWT. */
final class Mouse {

    private Mouse() {
    }

    static void send(Control canvas, int type, int x, int y, int state) {
        Event event = new Event();
        event.type = type;
        event.x = x;
        event.y = y;
        event.button = type == SWT.MouseMove ? 0 : 1;
        event.stateMask = state;
        canvas.notifyListeners(type, event);
        while (PlatformUI.getWorkbench().getDisplay().readAndDispatch()) {
            // let the tool and the diagram react
        }
    }

    static void click(Control canvas, int x, int y) {
        send(canvas, SWT.MouseMove, x, y, 0);
        send(canvas, SWT.MouseDown, x, y, 0);
        send(canvas, SWT.MouseUp, x, y, SWT.BUTTON1);
    }

    static void drag(Control canvas, int fromX, int fromY, int toX, int toY) {
        send(canvas, SWT.MouseMove, fromX, fromY, 0);
        send(canvas, SWT.MouseDown, fromX, fromY, 0);
        send(canvas, SWT.MouseMove, fromX + (toX - fromX) / 2, fromY + (toY - fromY) / 2, SWT.BUTTON1);
        send(canvas, SWT.MouseMove, toX, toY, SWT.BUTTON1);
        send(canvas, SWT.MouseUp, toX, toY, SWT.BUTTON1);
    }
}
