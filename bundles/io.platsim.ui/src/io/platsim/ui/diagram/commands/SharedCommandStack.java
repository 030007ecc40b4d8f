/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.commands.CommandStack;
import org.eclipse.gef.commands.CompoundCommand;

/**
 * GEF's command stack in front of the model's EMF command stack: every diagram edit lands on the one undo history
 * the tree editor and the Properties view use, so undoing in any of them undoes in all.
 */
public final class SharedCommandStack extends CommandStack {

    private final BasicCommandStack emf;

    public SharedCommandStack(BasicCommandStack emf) {
        this.emf = emf;
    }

    @Override
    public void execute(Command command) {
        if (command != null && command.canExecute()) {
            emf.execute(new OnEmfStack(command));
        }
    }

    @Override
    public boolean canUndo() {
        return emf.canUndo();
    }

    @Override
    public boolean canRedo() {
        return emf.canRedo();
    }

    @Override
    public void undo() {
        emf.undo();
    }

    @Override
    public void redo() {
        emf.redo();
    }

    @Override
    public boolean isDirty() {
        return emf.isSaveNeeded();
    }

    /** A GEF command as an EMF command. */
    private static final class OnEmfStack extends AbstractCommand {
        private final Command gef;

        OnEmfStack(Command gef) {
            super(gef.getLabel());
            this.gef = gef;
        }

        @Override
        protected boolean prepare() {
            return gef.canExecute();
        }

        @Override
        public void execute() {
            gef.execute();
        }

        @Override
        public boolean canUndo() {
            return gef.canUndo();
        }

        @Override
        public void undo() {
            gef.undo();
        }

        @Override
        public void redo() {
            gef.redo();
        }

        @Override
        public Collection<?> getAffectedObjects() {
            List<Object> affected = new ArrayList<>();
            collect(gef, affected);
            return affected;
        }

        private static void collect(Command command, List<Object> affected) {
            if (command instanceof CompoundCommand compound) {
                for (Object child : compound.getCommands()) {
                    collect((Command) child, affected);
                }
            } else if (command instanceof EmfCommand emf) {
                affected.addAll(emf.emf().getAffectedObjects());
            }
        }
    }
}
