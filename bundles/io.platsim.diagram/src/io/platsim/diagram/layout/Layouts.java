/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.diagram.layout;

import java.io.IOException;
import java.nio.file.Path;

import io.platsim.diagram.render.Canvas;
import io.platsim.model.Platform;

/** The layout a model opens with: its layout file, with new elements placed, or a fresh auto layout. */
public final class Layouts {

    private Layouts() {
    }

    /**
     * Reads the layout file beside {@code modelFile}; a model without one is laid out from scratch, and elements
     * the file does not know (added in the tree editor or by hand) are placed below their siblings.
     */
    public static DiagramLayout forModel(Platform platform, Path modelFile, Canvas measure) throws IOException {
        DiagramLayout saved = LayoutFile.read(LayoutFile.of(modelFile));
        return complete(platform, saved, measure);
    }

    /**
     * {@code saved} with every missing box placed, or a fresh layout when {@code saved} has no boxes: with the
     * sockets it folds folded (the automatic layout's choice when it folds none) and the lines it hides hidden.
     */
    public static DiagramLayout complete(Platform platform, DiagramLayout saved, Canvas measure) {
        if (saved.isEmpty()) {
            DiagramLayout fresh = saved.folded().isEmpty() ? AutoLayout.layout(platform, measure)
                : AutoLayout.layout(platform, measure, saved.folded());
            saved.hidden().forEach(kind -> fresh.setHidden(kind, true));
            return fresh;
        }
        AutoLayout.placeMissing(platform, saved, measure);
        return saved;
    }

    /** A fresh automatic layout of {@code platform} that keeps what {@code current} folds and hides. */
    public static DiagramLayout relaidOut(Platform platform, DiagramLayout current, Canvas measure) {
        DiagramLayout fresh = AutoLayout.layout(platform, measure, current.folded());
        current.hidden().forEach(kind -> fresh.setHidden(kind, true));
        return fresh;
    }
}
