/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram.policies;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.geometry.Point;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.BendpointEditPolicy;
import org.eclipse.gef.requests.BendpointRequest;

import io.platsim.diagram.Connection;
import io.platsim.diagram.layout.DiagramLayout;
import io.platsim.ui.diagram.DiagramContext;
import io.platsim.ui.diagram.commands.EmfCommand;
import io.platsim.ui.diagram.commands.SetBendsCommand;

/** Adding, moving and removing a line's bend points by dragging its handles; the bends go to the layout file. */
public final class BendPolicy extends BendpointEditPolicy {

    private final DiagramContext context;

    public BendPolicy(DiagramContext context) {
        this.context = context;
    }

    private String key() {
        return ((Connection) getHost().getModel()).key();
    }

    /** Where the request's mouse is, in diagram coordinates (unzoomed, unscrolled). */
    private DiagramLayout.Point at(BendpointRequest request) {
        Point p = request.getLocation().getCopy();
        getConnection().translateToRelative(p);
        return new DiagramLayout.Point(p.x, p.y);
    }

    @Override
    protected Command getCreateBendpointCommand(BendpointRequest request) {
        List<DiagramLayout.Point> bends = new ArrayList<>(context.layout().bends(key()));
        bends.add(Math.min(request.getIndex(), bends.size()), at(request));
        return new EmfCommand(new SetBendsCommand(context.layout(), key(), bends));
    }

    @Override
    protected Command getMoveBendpointCommand(BendpointRequest request) {
        List<DiagramLayout.Point> bends = new ArrayList<>(context.layout().bends(key()));
        if (request.getIndex() >= bends.size()) {
            return null;
        }
        bends.set(request.getIndex(), at(request));
        return new EmfCommand(new SetBendsCommand(context.layout(), key(), bends));
    }

    @Override
    protected Command getDeleteBendpointCommand(BendpointRequest request) {
        List<DiagramLayout.Point> bends = new ArrayList<>(context.layout().bends(key()));
        if (request.getIndex() >= bends.size()) {
            return null;
        }
        bends.remove(request.getIndex());
        return new EmfCommand(new SetBendsCommand(context.layout(), key(), bends));
    }
}
