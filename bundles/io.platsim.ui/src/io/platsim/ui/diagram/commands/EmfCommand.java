/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram.commands;

import org.eclipse.gef.commands.Command;

/** An EMF command handed to GEF: what the diagram's edit policies answer with. */
public final class EmfCommand extends Command {

    private final org.eclipse.emf.common.command.Command emf;

    public EmfCommand(org.eclipse.emf.common.command.Command emf) {
        super(emf.getLabel());
        this.emf = emf;
    }

    /** Wraps {@code emf}, or gives null (GEF's "not here") when it is null or cannot run. */
    public static Command of(org.eclipse.emf.common.command.Command emf) {
        return emf == null || !emf.canExecute() ? null : new EmfCommand(emf);
    }

    org.eclipse.emf.common.command.Command emf() {
        return emf;
    }

    @Override
    public boolean canExecute() {
        return emf.canExecute();
    }

    @Override
    public void execute() {
        emf.execute();
    }

    @Override
    public boolean canUndo() {
        return emf.canUndo();
    }

    @Override
    public void undo() {
        emf.undo();
    }

    @Override
    public void redo() {
        emf.redo();
    }
}
