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
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.SnapToGrid;
import org.eclipse.gef.SnapToHelper;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;

import io.platsim.diagram.DiagramStructure;
import io.platsim.ui.diagram.DiagramContext;
import io.platsim.ui.diagram.policies.BoxLayoutPolicy;

/**
 * The diagram's background: the platform, holding the top-level boxes on a free-form layer, or a socket opened on
 * its own, holding the socket's boxes where they sit inside it; it adds and removes them as its contents change.
 */
public final class DiagramPart extends AbstractGraphicalEditPart {

    private final DiagramContext context;
    private final EObject shown;
    private final Adapter watcher = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification notification) {
            if (!notification.isTouch() && notification.getFeature() instanceof EReference reference
                    && reference.isContainment()) {
                refreshChildren();
            }
        }
    };

    private final PartIndex index;

    DiagramPart(DiagramContext context, EObject shown, PartIndex index) {
        setModel(shown);
        this.context = context;
        this.shown = shown;
        this.index = index;
    }

    EObject shown() {
        return shown;
    }

    /** Lists the boxes again: the opened socket's alike cores were folded or unfolded, or regrouped. */
    void refreshBoxes() {
        refreshChildren();
        for (Object child : getChildren()) {
            ((NodePart) child).refreshVisuals();
        }
    }

    @Override
    public void activate() {
        shown.eAdapters().add(watcher);
        index.ground(this);
        super.activate();
    }

    @Override
    public void deactivate() {
        super.deactivate();
        shown.eAdapters().remove(watcher);
        index.ground(null);
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
        return DiagramStructure.children(shown, context.layout()::isFolded);
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
