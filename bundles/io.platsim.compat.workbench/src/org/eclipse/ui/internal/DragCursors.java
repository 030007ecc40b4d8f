/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eclipse.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.widgets.Display;

/**
 * The workbench-internal {@code DragCursors} that GEF 3.2's {@code FlyoutPaletteComposite} calls while the
 * user re-docks the palette. The workbench dropped it; this gives the same cursors from SWT's system set.
 */
public final class DragCursors {

    public static final int INVALID = 0;
    public static final int LEFT = 1;
    public static final int RIGHT = 2;
    public static final int TOP = 3;
    public static final int BOTTOM = 4;
    public static final int CENTER = 5;
    public static final int OFFSCREEN = 6;
    public static final int FASTVIEW = 7;

    private DragCursors() {
    }

    /** Maps an SWT side constant to a cursor id. */
    public static int positionToDragCursor(int swtPosition) {
        return switch (swtPosition) {
            case SWT.LEFT -> LEFT;
            case SWT.RIGHT -> RIGHT;
            case SWT.TOP -> TOP;
            case SWT.BOTTOM -> BOTTOM;
            case SWT.CENTER -> CENTER;
            default -> INVALID;
        };
    }

    /** The system cursor shown for a drag towards the given side; owned by the display, never disposed. */
    public static Cursor getCursor(int dragCursorId) {
        int style = switch (dragCursorId) {
            case LEFT -> SWT.CURSOR_SIZEW;
            case RIGHT -> SWT.CURSOR_SIZEE;
            case TOP -> SWT.CURSOR_SIZEN;
            case BOTTOM -> SWT.CURSOR_SIZES;
            case CENTER, FASTVIEW -> SWT.CURSOR_SIZEALL;
            case OFFSCREEN -> SWT.CURSOR_HAND;
            default -> SWT.CURSOR_NO;
        };
        Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
        return display.getSystemCursor(style);
    }
}
