/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram.editparts;

import java.util.List;

import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.FreeformLayout;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.SnapToGrid;
import org.eclipse.gef.SnapToHelper;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;

import io.platsim.diagram.DiagramStructure;
import io.platsim.ui.diagram.DiagramContext;
import io.platsim.ui.diagram.policies.BoxLayoutPolicy;

/** The diagram's background: the platform, holding the top-level boxes on a free-form layer. */
public final class DiagramPart extends AbstractGraphicalEditPart {

    private final DiagramContext context;

    DiagramPart(DiagramContext context) {
        setModel(context.platform());
        this.context = context;
    }

    @Override
    protected IFigure createFigure() {
        FreeformLayer layer = new FreeformLayer() {
            @Override
            protected void paintFigure(org.eclipse.draw2d.Graphics graphics) {
                // opaque only to take clicks on the bare diagram (boxes are created there); the grid shows through
            }
        };
        layer.setOpaque(true);
        layer.setLayoutManager(new FreeformLayout());
        layer.setBorder(new MarginBorder(10));
        return layer;
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.LAYOUT_ROLE, new BoxLayoutPolicy(context));
    }

    @Override
    protected List<?> getModelChildren() {
        return DiagramStructure.children(context.platform());
    }

    /** Refreshes every box and line of the diagram. */
    public void refreshAll() {
        refresh();
        for (Object child : getChildren()) {
            ((NodePart) child).refreshAll();
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Object getAdapter(Class key) {
        if (key == SnapToHelper.class) {
            Boolean enabled = (Boolean) getViewer().getProperty(SnapToGrid.PROPERTY_GRID_ENABLED);
            return Boolean.TRUE.equals(enabled) ? new SnapToGrid(this) : null;
        }
        return super.getAdapter(key);
    }
}
