/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.ui.actions.PrintAction;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;

import io.platsim.ui.diagram.editparts.NodePart;

/**
 * The workbench's Delete, Select All and Print while the diagram tab is in front: Delete takes loose links with
 * what it removes, Select All selects every box and line, Print prints the diagram.
 */
public final class DiagramActions {

    private final IAction delete;
    private final IAction selectAll;
    private final IAction print;

    public DiagramActions(IEditorPart editor, DiagramPage page) {
        delete = action("Delete", page::deleteSelection);
        selectAll = action("Select All", () -> {
            List<EditPart> parts = new ArrayList<>();
            collect(page.viewer().getContents(), parts);
            page.viewer().setSelection(new StructuredSelection(parts));
        });
        print = new PrintAction(editor);
    }

    private static void collect(EditPart part, List<EditPart> parts) {
        for (Object child : part.getChildren()) {
            EditPart childPart = (EditPart) child;
            parts.add(childPart);
            if (childPart instanceof NodePart node) {
                parts.addAll(node.getSourceConnections());
            }
            collect(childPart, parts);
        }
    }

    /** Puts the diagram's actions in the editor's global slots, or gives the slots back to the tree's. */
    public void install(IActionBars bars, boolean diagramInFront, IAction treeDelete) {
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), diagramInFront ? delete : treeDelete);
        bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), diagramInFront ? selectAll : null);
        bars.setGlobalActionHandler(ActionFactory.PRINT.getId(), diagramInFront ? print : null);
        bars.updateActionBars();
    }

    private static IAction action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }
}
