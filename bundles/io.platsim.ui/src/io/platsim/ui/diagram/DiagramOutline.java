/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram;

import org.eclipse.draw2d.LightweightSystem;
import org.eclipse.draw2d.Viewport;
import org.eclipse.draw2d.parts.ScrollableThumbnail;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.swt.SWT;
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
        thumbnail = new ScrollableThumbnail((Viewport) root.getFigure());
        thumbnail.setSource(root.getLayer(LayerConstants.PRINTABLE_LAYERS));
        system.setContents(thumbnail);
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
}
