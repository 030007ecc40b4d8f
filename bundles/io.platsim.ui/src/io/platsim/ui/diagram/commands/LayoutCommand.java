/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram.commands;

import org.eclipse.emf.common.command.AbstractCommand;

import io.platsim.diagram.layout.DiagramLayout;

/** Replaces the whole diagram layout as one undoable step: Auto Layout, folding and unfolding a socket's cores. */
public final class LayoutCommand extends AbstractCommand {

    private final DiagramLayout layout;
    private final DiagramLayout replacement;
    private DiagramLayout old;

    public LayoutCommand(String label, DiagramLayout layout, DiagramLayout replacement) {
        super(label);
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
