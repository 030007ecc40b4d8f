/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram.commands;

import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;

import io.platsim.diagram.layout.DiagramLayout.Point;
import io.platsim.diagram.layout.DiagramLayout;

/** Sets the bend points of a line in the diagram layout, on the model's command stack. */
public final class SetBendsCommand extends AbstractCommand {

    private final DiagramLayout layout;
    private final String key;
    private final List<Point> bends;
    private List<Point> old;

    public SetBendsCommand(DiagramLayout layout, String key, List<Point> bends) {
        super("Bend");
        this.layout = layout;
        this.key = key;
        this.bends = List.copyOf(bends);
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        old = layout.bends(key);
        layout.setBends(key, bends);
    }

    @Override
    public void undo() {
        layout.setBends(key, old);
    }

    @Override
    public void redo() {
        layout.setBends(key, bends);
    }
}
