/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram.editparts;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartFactory;
import org.eclipse.gef.RootEditPart;

import io.platsim.diagram.Connection;
import io.platsim.ui.diagram.DiagramContext;

/** Makes the edit part for each thing the diagram shows. */
public final class PartFactory implements EditPartFactory {

    private final DiagramContext context;
    private final PartIndex index = new PartIndex();

    public PartFactory(DiagramContext context) {
        this.context = context;
    }

    /** The parts this factory made that are live now. */
    public PartIndex index() {
        return index;
    }

    @Override
    public EditPart createEditPart(EditPart parent, Object model) {
        if ((parent == null || parent instanceof RootEditPart) && model instanceof EObject shown) {
            return new DiagramPart(context, shown, index); // the platform, or a socket opened on its own
        }
        return switch (model) {
            case EObject element -> new NodePart(element, context, index);
            case Connection line -> new LinePart(line, context, index);
            default -> throw new IllegalArgumentException("The diagram shows no " + model);
        };
    }
}
