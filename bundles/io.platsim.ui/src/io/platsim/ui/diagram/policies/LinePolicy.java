/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram.policies;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.GraphicalNodeEditPolicy;
import org.eclipse.gef.requests.CreateConnectionRequest;
import org.eclipse.gef.requests.ReconnectRequest;

import io.platsim.diagram.Connection;
import io.platsim.ui.diagram.DiagramContext;
import io.platsim.ui.diagram.commands.DiagramCommands;
import io.platsim.ui.diagram.commands.EmfCommand;
import io.platsim.ui.diagram.tools.LineTool;

/** Drawing lines from and to a box with the palette's line tools, and moving a line's ends onto it. */
public final class LinePolicy extends GraphicalNodeEditPolicy {

    private final DiagramContext context;

    public LinePolicy(DiagramContext context) {
        this.context = context;
    }

    /** Remembers where a line being drawn starts. */
    private static final class Start extends Command {
        final EObject source;

        Start(EObject source) {
            this.source = source;
        }
    }

    private EObject host() {
        return (EObject) getHost().getModel();
    }

    @Override
    protected Command getConnectionCreateCommand(CreateConnectionRequest request) {
        if (request.getNewObject() instanceof LineTool tool && tool.canStartAt(host())) {
            Start start = new Start(host());
            request.setStartCommand(start);
            return start;
        }
        return null;
    }

    @Override
    protected Command getConnectionCompleteCommand(CreateConnectionRequest request) {
        if (request.getStartCommand() instanceof Start start && request.getNewObject() instanceof LineTool tool) {
            return EmfCommand.of(DiagramCommands.createLine(context, tool, start.source, host()));
        }
        return null;
    }

    @Override
    protected Command getReconnectSourceCommand(ReconnectRequest request) {
        Connection line = (Connection) request.getConnectionEditPart().getModel();
        return EmfCommand.of(DiagramCommands.reconnect(context, line, host(), true));
    }

    @Override
    protected Command getReconnectTargetCommand(ReconnectRequest request) {
        Connection line = (Connection) request.getConnectionEditPart().getModel();
        return EmfCommand.of(DiagramCommands.reconnect(context, line, host(), false));
    }
}
