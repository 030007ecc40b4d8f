/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram.commands;

import org.eclipse.emf.common.command.AbstractCommand;

import io.platsim.diagram.layout.DiagramLayout;

/** Replaces the whole diagram layout (auto layout) as one undoable step. */
public final class AutoLayoutCommand extends AbstractCommand {

    private final DiagramLayout layout;
    private final DiagramLayout replacement;
    private DiagramLayout old;

    public AutoLayoutCommand(DiagramLayout layout, DiagramLayout replacement) {
        super("Auto Layout");
        this.layout = layout;
        this.replacement = replacement;
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        old = layout.copy();
        layout.replaceWith(replacement);
    }

    @Override
    public void undo() {
        layout.replaceWith(old);
    }

    @Override
    public void redo() {
        layout.replaceWith(replacement);
    }
}
