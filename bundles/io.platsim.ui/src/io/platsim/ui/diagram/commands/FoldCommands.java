/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram.commands;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;

import io.platsim.diagram.CoreGroup;
import io.platsim.diagram.layout.DiagramLayout;
import io.platsim.diagram.layout.Folding;
import io.platsim.model.Cache;
import io.platsim.model.Core;
import io.platsim.model.Socket;
import io.platsim.ui.diagram.DiagramContext;
import io.platsim.ui.diagram.figures.Draw2dCanvas;

/** Folding a socket's alike cores into one tile, and unfolding them, as undoable steps. */
public final class FoldCommands {

    private FoldCommands() {
    }

    /**
     * The socket a fold acts on for {@code element}: a socket with alike cores, or the socket of a core or private
     * cache when that socket has alike cores; null otherwise.
     */
    public static Socket foldableSocket(EObject element) {
        EObject candidate = element instanceof Core || element instanceof Cache ? element.eContainer() : element;
        return candidate instanceof Socket socket && CoreGroup.foldable(socket) ? socket : null;
    }

    /** Folds ({@code fold}) or unfolds {@code socket}'s alike cores, making or taking the room they need. */
    public static Command fold(DiagramContext context, Socket socket, boolean fold) {
        DiagramLayout replacement = Folding.toggled(context.platform(), context.layout(), socket, fold,
            new Draw2dCanvas(null));
        return new LayoutCommand(fold ? "Fold Cores" : "Unfold Cores", context.layout(), replacement);
    }
}
