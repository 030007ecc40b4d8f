/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.diagram.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import io.platsim.diagram.DiagramStructure;
import io.platsim.diagram.Ids;
import io.platsim.diagram.render.Canvas;
import io.platsim.model.Platform;
import io.platsim.model.Socket;

/**
 * Folding and unfolding a socket's alike cores: the socket's inside is packed afresh, the socket and the boxes
 * holding it take the new size, and the top-level boxes right of it and below it move by as much as it grew or
 * shrank, so that nothing ends up under it and no gap is left.
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
        DiagramLayout inner = new DiagramLayout();
        Box size = new Packer(measure, inner, result::isFolded).pack(socket);
        inner.boxes().forEach(result::setBox);
        result.setBox(Ids.of(socket), new Box(own.x(), own.y(), size.width(), size.height()));
        AutoLayout.grow(socket.eContainer(), result);
        Box after = result.box(Ids.of(top));
        int dx = after.right() - before.right();
        int dy = after.bottom() - before.bottom();
        for (EObject other : DiagramStructure.children(platform, result::isFolded)) {
            Box box = other == top ? null : result.box(Ids.of(other));
            if (box != null) {
                result.setBox(Ids.of(other), box.moved(box.x() >= before.right() ? dx : 0,
                    box.y() >= before.bottom() ? dy : 0));
            }
        }
        for (Map.Entry<String, List<DiagramLayout.Point>> line : result.allBends().entrySet()) {
            List<DiagramLayout.Point> moved = new ArrayList<>();
            for (DiagramLayout.Point p : line.getValue()) {
                moved.add(new DiagramLayout.Point(p.x() + (p.x() >= before.right() ? dx : 0),
                    p.y() + (p.y() >= before.bottom() ? dy : 0)));
            }
            result.setBends(line.getKey(), moved);
        }
        return result;
    }
}
