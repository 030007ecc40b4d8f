/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram.policies;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.XYLayoutEditPolicy;
import org.eclipse.gef.requests.CreateRequest;

import io.platsim.diagram.layout.Box;
import io.platsim.diagram.render.NodePainter;
import io.platsim.ui.diagram.DiagramContext;
import io.platsim.ui.diagram.commands.DiagramCommands;
import io.platsim.ui.diagram.commands.EmfCommand;
import io.platsim.ui.diagram.commands.SetBoxCommand;
import io.platsim.ui.diagram.figures.Draw2dCanvas;

/**
 * Moving, resizing and creating boxes inside a box (or on the diagram): moves and resizes change the layout
 * only; a palette tool adds the element to the first containment of the host that takes it, so a core can be
 * dropped into a socket but not onto the bare diagram.
 */
public final class BoxLayoutPolicy extends XYLayoutEditPolicy {

    private static final int MIN_WIDTH = 40;
    private static final int MIN_HEIGHT = 24;

    private final DiagramContext context;

    public BoxLayoutPolicy(DiagramContext context) {
        this.context = context;
    }

    @Override
    protected Command createChangeConstraintCommand(EditPart child, Object constraint) {
        Rectangle r = (Rectangle) constraint;
        Box box = new Box(r.x, r.y, Math.max(MIN_WIDTH, r.width), Math.max(MIN_HEIGHT, r.height));
        return new EmfCommand(new SetBoxCommand(context.layout(), (EObject) child.getModel(), box));
    }

    @Override
    protected Command getCreateCommand(CreateRequest request) {
        if (!(request.getNewObject() instanceof EObject element)) {
            return null;
        }
        EObject parent = (EObject) getHost().getModel();
        Rectangle r = (Rectangle) getConstraintFor(request);
        Box preferred = NodePainter.preferredSize(new Draw2dCanvas(null), element);
        Box box = new Box(r.x, r.y, r.width > 0 ? Math.max(MIN_WIDTH, r.width) : preferred.width(),
            r.height > 0 ? Math.max(MIN_HEIGHT, r.height) : preferred.height());
        return EmfCommand.of(DiagramCommands.createNode(context, parent, element, box));
    }

    @Override
    protected Command createAddCommand(EditPart child, Object constraint) {
        return null;
    }

    @Override
    protected Command getDeleteDependantCommand(Request request) {
        return null;
    }
}
