/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.LightweightSystem;
import org.eclipse.draw2d.SWTEventDispatcher;
import org.eclipse.draw2d.Viewport;
import org.eclipse.draw2d.parts.ScrollableThumbnail;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/** The Outline view of a diagram: a thumbnail of the whole diagram with the visible part framed; drag to scroll. */
final class DiagramOutline extends ContentOutlinePage {

    private final ScalableFreeformRootEditPart root;
    private Canvas canvas;
    private ScrollableThumbnail thumbnail;

    DiagramOutline(ScalableFreeformRootEditPart root) {
        this.root = root;
    }

    @Override
    public void createControl(Composite parent) {
        canvas = new Canvas(parent, SWT.NONE);
        LightweightSystem system = new LightweightSystem(canvas);
        system.setEventDispatcher(new PressedDragsOnly());
        thumbnail = new ScrollableThumbnail((Viewport) root.getFigure());
        thumbnail.setSource(root.getLayer(LayerConstants.PRINTABLE_LAYERS));
        system.setContents(thumbnail);
    }

    /** The thumbnail's canvas, for tests. */
    Canvas canvas() {
        return canvas;
    }

    /** Where the frame of the visible part sits on the thumbnail's canvas, for tests. */
    org.eclipse.draw2d.geometry.Rectangle frame() {
        IFigure selector = (IFigure) thumbnail.getChildren().get(0);
        return selector.getBounds().getCopy();
    }

    @Override
    public Control getControl() {
        return canvas;
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        if (thumbnail != null) {
            thumbnail.deactivate();
        }
        super.dispose();
    }

    /**
     * Passes a drag on only after a press it passed on. draw2d's thumbnail takes a drag of its frame as a scroll from
     * where the press was, and has no such place when the press went elsewhere (the click that activated the view, a
     * press begun outside the canvas): its scroll then failed with a NullPointerException. Such a drag is a move.
     */
    private static final class PressedDragsOnly extends SWTEventDispatcher {
        private boolean pressed;

        @Override
        public void dispatchMousePressed(MouseEvent me) {
            pressed = true;
            super.dispatchMousePressed(me);
        }

        @Override
        public void dispatchMouseReleased(MouseEvent me) {
            super.dispatchMouseReleased(me);
            pressed = false;
        }

        @Override
        public void dispatchMouseMoved(MouseEvent me) {
            if (!pressed && (me.stateMask & SWT.BUTTON_MASK) != 0) {
                me.stateMask &= ~SWT.BUTTON_MASK;
            }
            super.dispatchMouseMoved(me);
        }
    }
}
