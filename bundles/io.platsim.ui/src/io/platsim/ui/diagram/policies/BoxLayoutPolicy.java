/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram.policies;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.XYLayoutEditPolicy;
import org.eclipse.gef.requests.CreateRequest;

import io.platsim.diagram.Ids;
import io.platsim.diagram.layout.Bends;
import io.platsim.diagram.layout.Box;
import io.platsim.diagram.render.NodePainter;
import io.platsim.model.Platform;
import io.platsim.ui.diagram.DiagramContext;
import io.platsim.ui.diagram.commands.DiagramCommands;
import io.platsim.ui.diagram.commands.EmfCommand;
import io.platsim.ui.diagram.commands.SetBendsCommand;
import io.platsim.ui.diagram.commands.SetBoxCommand;
import io.platsim.ui.diagram.figures.Draw2dCanvas;

/**
 * Moving, resizing and creating boxes inside a box (or on the diagram): moves and resizes change the layout
 * only; a palette tool adds the element to the first containment of the host that takes it, so a core can be
 * dropped into a socket but not onto the bare diagram, below the socket's header, and the socket (and what holds it)
 * grows to hold the new box rather than clip it.
 */
public final class BoxLayoutPolicy extends XYLayoutEditPolicy {

    private static final int MIN_WIDTH = 40;
    private static final int MIN_HEIGHT = 24;
    /** Space kept between a box and the edges of the box that holds it: as the automatic layout keeps. */
    private static final int PAD = NodePainter.INSET;

    private final DiagramContext context;

    public BoxLayoutPolicy(DiagramContext context) {
        this.context = context;
    }

    @Override
    protected Command createChangeConstraintCommand(EditPart child, Object constraint) {
        Rectangle r = (Rectangle) constraint;
        Box box = new Box(r.x, r.y, Math.max(MIN_WIDTH, r.width), Math.max(MIN_HEIGHT, r.height));
        EObject element = (EObject) child.getModel();
        Box old = context.layout().box(Ids.of(element));
        CompoundCommand move = new CompoundCommand(old != null && old.width() == box.width()
            && old.height() == box.height() ? "Move" : "Resize");
        move.append(new SetBoxCommand(context.layout(), element, box));
        Bends.afterMove(context.platform(), context.layout(), element, box)
            .forEach((key, bends) -> move.append(new SetBendsCommand(context.layout(), key, bends)));
        return EmfCommand.of(move);
    }

    @Override
    protected Command getCreateCommand(CreateRequest request) {
        if (!(request.getNewObject() instanceof EObject element)) {
            return null;
        }
        EObject parent = (EObject) getHost().getModel();
        Rectangle r = (Rectangle) getConstraintFor(request);
        Draw2dCanvas measure = new Draw2dCanvas(null);
        Box preferred = NodePainter.preferredSize(measure, element);
        // Inside a box (or a socket opened on its own), a new box starts below the header and clear of the edge.
        boolean nested = !(parent instanceof Platform);
        int top = nested ? NodePainter.headerHeight(measure, parent) : 0;
        Box box = new Box(nested ? Math.max(PAD, r.x) : r.x, Math.max(top, r.y),
            r.width > 0 ? Math.max(MIN_WIDTH, r.width) : preferred.width(),
            r.height > 0 ? Math.max(MIN_HEIGHT, r.height) : preferred.height());
        org.eclipse.emf.common.command.Command create = DiagramCommands.createNode(context, parent, element, box);
        if (create == null) {
            return null;
        }
        CompoundCommand all = new CompoundCommand(create.getLabel());
        all.append(create);
        grow(all, box);
        return EmfCommand.of(all);
    }

    /**
     * Grows the box of the element the host shows, and the boxes holding it in turn, as far as {@code box} (a new
     * child of that element) needs to lie inside with a margin; the diagram itself has no edge to grow. It follows
     * the model's nesting, so a socket opened on its own grows as it would in the whole diagram.
     */
    private void grow(CompoundCommand into, Box box) {
        Box inner = box;
        for (EObject element = (EObject) getHost().getModel(); element != null && !(element instanceof Platform);
                element = element.eContainer()) {
            Box outer = context.layout().box(Ids.of(element));
            if (outer == null) {
                return;
            }
            int width = Math.max(outer.width(), inner.x() + inner.width() + PAD);
            int height = Math.max(outer.height(), inner.y() + inner.height() + PAD);
            if (width == outer.width() && height == outer.height()) {
                return;
            }
            inner = new Box(outer.x(), outer.y(), width, height);
            into.append(new SetBoxCommand(context.layout(), element, inner));
        }
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
