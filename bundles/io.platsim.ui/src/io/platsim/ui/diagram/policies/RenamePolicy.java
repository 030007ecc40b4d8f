/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram.policies;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.DirectEditPolicy;
import org.eclipse.gef.requests.DirectEditRequest;

import io.platsim.ui.diagram.DiagramContext;
import io.platsim.ui.diagram.commands.DiagramCommands;
import io.platsim.ui.diagram.commands.EmfCommand;

/** Renaming a box in place: the text typed over its title becomes the element's name. */
public final class RenamePolicy extends DirectEditPolicy {

    private final DiagramContext context;

    public RenamePolicy(DiagramContext context) {
        this.context = context;
    }

    @Override
    protected Command getDirectEditCommand(DirectEditRequest request) {
        Object value = request.getCellEditor().getValue();
        return EmfCommand.of(DiagramCommands.rename(context, (EObject) getHost().getModel(), (String) value));
    }

    @Override
    protected void showCurrentEditValue(DirectEditRequest request) {
        // the box keeps showing the old name until the edit is committed
    }
}
