/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram.editparts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.AbsoluteBendpoint;
import org.eclipse.draw2d.ConnectionLocator;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.PolylineConnection;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.editparts.AbstractConnectionEditPart;
import org.eclipse.gef.editpolicies.ConnectionEditPolicy;
import org.eclipse.gef.editpolicies.ConnectionEndpointEditPolicy;
import org.eclipse.gef.requests.GroupRequest;
import org.eclipse.swt.SWT;

import io.platsim.diagram.Connection;
import io.platsim.diagram.layout.DiagramLayout.Point;
import io.platsim.diagram.render.Canvas;
import io.platsim.diagram.render.LinePainter;
import io.platsim.diagram.render.LineStyle;
import io.platsim.model.labels.Labels;
import io.platsim.model.validation.ValidationProblem;
import io.platsim.ui.diagram.DiagramContext;
import io.platsim.ui.diagram.commands.DiagramCommands;
import io.platsim.ui.diagram.commands.EmfCommand;
import io.platsim.ui.diagram.figures.Draw2dCanvas;
import io.platsim.ui.diagram.policies.BendPolicy;

/**
 * A line: a PCIe or inter-socket link, a device attachment, an MSI route, or a reference such as a pinning. A line
 * drawn for an element watches that element and redraws itself when it changes.
 */
final class LinePart extends AbstractConnectionEditPart {

    private static final int PROBLEM_COLOUR = 0xD32F2F;

    private final DiagramContext context;
    private final PartIndex index;
    private final Adapter watcher = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification notification) {
            if (!notification.isTouch()) {
                refreshVisuals();
            }
        }
    };
    private Label label;

    LinePart(Connection line, DiagramContext context, PartIndex index) {
        setModel(line);
        this.context = context;
        this.index = index;
    }

    @Override
    public void activate() {
        index.add(this);
        if (line().element() != null) {
            line().element().eAdapters().add(watcher);
        }
        super.activate();
    }

    @Override
    public void deactivate() {
        super.deactivate();
        if (line().element() != null) {
            line().element().eAdapters().remove(watcher);
        }
        index.remove(this);
    }

    Connection line() {
        return (Connection) getModel();
    }

    @Override
    protected IFigure createFigure() {
        PolylineConnection figure = new PolylineConnection();
        figure.setConnectionRouter(new org.eclipse.draw2d.BendpointConnectionRouter());
        label = new Label();
        label.setOpaque(true);
        label.setBackgroundColor(Draw2dCanvas.colour(0xFFFFFF));
        label.setBorder(new MarginBorder(0, 3, 0, 3));
        label.setFont(Draw2dCanvas.font(Canvas.Font.SMALL));
        figure.add(label, new ConnectionLocator(figure, ConnectionLocator.MIDDLE) {
            @Override
            protected org.eclipse.draw2d.geometry.Point getLocation(org.eclipse.draw2d.geometry.PointList points) {
                int[] centre = LinePainter.labelCentre(points.toIntArray()); // where exports put it too
                return new org.eclipse.draw2d.geometry.Point(centre[0], centre[1]);
            }
        });
        return figure;
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.CONNECTION_ENDPOINTS_ROLE, new ConnectionEndpointEditPolicy());
        installEditPolicy(EditPolicy.CONNECTION_BENDPOINTS_ROLE, new BendPolicy(context));
        installEditPolicy(EditPolicy.CONNECTION_ROLE, new ConnectionEditPolicy() {
            @Override
            protected org.eclipse.gef.commands.Command getDeleteCommand(GroupRequest request) {
                return EmfCommand.of(DiagramCommands.deleteLine(context, line()));
            }
        });
    }

    @Override
    protected void refreshVisuals() {
        PolylineConnection figure = (PolylineConnection) getFigure();
        LineStyle style = LineStyle.of(line());
        List<ValidationProblem> problems = line().element() == null ? List.of()
            : context.problems(line().element());
        int colour = problems.isEmpty() ? style.colour() : PROBLEM_COLOUR;
        figure.setForegroundColor(Draw2dCanvas.colour(colour));
        figure.setLineWidth(style.width());
        figure.setLineStyle(style.dashed() ? SWT.LINE_DASH : SWT.LINE_SOLID);
        label.setText(style.label());
        label.setForegroundColor(Draw2dCanvas.colour(colour));
        label.setVisible(!style.label().isEmpty());
        StringBuilder tip = new StringBuilder(line().element() != null ? Labels.describe(line().element())
            : Labels.describe(line().modelSource()) + " → " + line().reference().getName() + " → "
                + Labels.describe(line().modelTarget()));
        for (ValidationProblem problem : problems) {
            tip.append('\n').append(problem.message());
        }
        figure.setToolTip(new Label(tip.toString()));
        List<AbsoluteBendpoint> bends = new ArrayList<>();
        for (Point bend : context.layout().bends(line().key())) {
            bends.add(new AbsoluteBendpoint(bend.x(), bend.y()));
        }
        figure.setRoutingConstraint(bends);
    }
}
