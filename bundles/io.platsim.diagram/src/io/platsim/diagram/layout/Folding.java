/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.diagram.layout;

import org.eclipse.emf.ecore.EObject;

import io.platsim.diagram.Ids;
import io.platsim.diagram.render.Canvas;
import io.platsim.model.Platform;
import io.platsim.model.Socket;

/**
 * Folding and unfolding a socket's alike cores: the socket's inside is packed afresh (the boxes of cores folded
 * away are forgotten, so a core that later leaves its group is placed anew rather than where it once was), the
 * socket and the boxes holding it take the new size, and the boxes around it make room or close the gap
 * ({@link Room}). Lines into the socket lose their routes, drawn for the old boxes.
 */
public final class Folding {

    private Folding() {
    }

    /** A copy of {@code layout} with {@code socket} folded when {@code fold}, unfolded otherwise. */
    public static DiagramLayout toggled(Platform platform, DiagramLayout layout, Socket socket, boolean fold,
            Canvas measure) {
        DiagramLayout result = layout.copy();
        result.setFolded(Ids.of(socket), fold);
        Box own = result.box(Ids.of(socket));
        if (own == null) {
            return result;
        }
        EObject top = socket;
        while (!(top.eContainer() instanceof Platform) && top.eContainer() != null) {
            top = top.eContainer();
        }
        Box before = result.box(Ids.of(top));
        socket.eAllContents().forEachRemaining(inside -> result.setBox(Ids.of(inside), null));
        DiagramLayout inner = new DiagramLayout();
        Box size = new Packer(measure, inner, result::isFolded).pack(socket);
        inner.boxes().forEach(result::setBox);
        result.setBox(Ids.of(socket), new Box(own.x(), own.y(), size.width(), size.height()));
        AutoLayout.grow(socket.eContainer(), result);
        Room.make(platform, result, top, before);
        Bends.reroute(platform, result, socket);
        return result;
    }
}
