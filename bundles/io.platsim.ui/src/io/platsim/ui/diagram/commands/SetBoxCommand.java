/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram.commands;

import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.EObject;

import io.platsim.diagram.Ids;
import io.platsim.diagram.layout.Box;
import io.platsim.diagram.layout.DiagramLayout;

/**
 * Moves or resizes a box in the diagram layout, on the model's command stack. The element's key is taken when
 * the command first runs, so a command that follows the element's creation sees its id in the file.
 */
public final class SetBoxCommand extends AbstractCommand {

    private final DiagramLayout layout;
    private final EObject element;
    private final Box box;
    private String key;
    private Box old;

    public SetBoxCommand(DiagramLayout layout, EObject element, Box box) {
        super("Move");
        this.layout = layout;
        this.element = element;
        this.box = box;
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        key = Ids.of(element);
        old = layout.box(key);
        layout.setBox(key, box);
    }

    @Override
    public void undo() {
        layout.setBox(key, old);
    }

    @Override
    public void redo() {
        layout.setBox(key, box);
    }

    @Override
    public java.util.Collection<?> getAffectedObjects() {
        return List.of(element);
    }
}
