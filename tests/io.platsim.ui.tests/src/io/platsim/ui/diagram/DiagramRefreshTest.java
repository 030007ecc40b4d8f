/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.draw2d.IFigure;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.platsim.diagram.DiagramStructure;
import io.platsim.diagram.Ids;
import io.platsim.model.Core;
import io.platsim.model.Nic;
import io.platsim.model.Platform;
import io.platsim.model.PlatsimFactory;
import io.platsim.model.PlatsimPackage;
import io.platsim.model.Socket;
import io.platsim.ui.diagram.figures.NodeFigure;
import io.platsim.ui.editor.PlatsimEditor;

/**
 * Each box redraws itself when its own element changes, and an edit redraws no other box unless it changes that
 * box's lines or problems: the diagram of a large platform stays quick to edit.
 */
class DiagramRefreshTest {

    private IWorkbenchPage page;
    private PlatsimEditor editor;
    private Platform platform;

    @BeforeEach
    void open() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = Widgets.openCopy(page, "Diagram Refresh Test", "two-socket-server.platsim");
        platform = editor.platform();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    private static void drain() {
        while (PlatformUI.getWorkbench().getDisplay().readAndDispatch()) {
            // run what is queued, the diagram's pass over lines and problems included
        }
    }

    private CommandStack stack() {
        return editor.getEditingDomain().getCommandStack();
    }

    private GraphicalEditPart part(Object model) {
        return (GraphicalEditPart) editor.diagram().viewer().getEditPartRegistry().get(model);
    }

    private String tip(Object model) {
        return ((org.eclipse.draw2d.Label) part(model).getFigure().getToolTip()).getText();
    }

    /** Every box's tooltip as it is now: a box that redraws gets a new one. */
    private Map<EObject, IFigure> tooltips() {
        Map<EObject, IFigure> tips = new IdentityHashMap<>();
        for (EObject element : DiagramStructure.allNodes(platform, editor.diagram().layout()::isFolded)) {
            tips.put(element, part(element).getFigure().getToolTip());
        }
        return tips;
    }

    @Test
    void renamingOneCoreRedrawsItsBoxAtOnceAndNoOther() {
        Core core = platform.getSockets().get(1).getCores().get(0); // the tile of socket 1's folded cores
        Map<EObject, IFigure> before = tooltips();
        stack().execute(SetCommand.create(editor.getEditingDomain(), core,
            PlatsimPackage.Literals.NAMED_ELEMENT__NAME, "renamed-core"));
        assertTrue(tip(core).contains("renamed-core"), "the box shows the new name before the display loop runs: "
            + tip(core));
        drain();
        int redrawn = 0;
        for (Map.Entry<EObject, IFigure> entry : before.entrySet()) {
            if (entry.getKey() != core && part(entry.getKey()).getFigure().getToolTip() != entry.getValue()) {
                redrawn++;
            }
        }
        assertEquals(0, redrawn, "boxes other than the renamed core that redrew, of " + before.size());
        stack().undo();
        assertTrue(tip(core).contains(core.getName()) && !tip(core).contains("renamed-core"), tip(core));
    }

    @Test
    void aProblemMarksOnlyTheElementItConcernsAndUndoClearsIt() {
        Nic nic = platform.getDevices().stream().filter(Nic.class::isInstance).map(Nic.class::cast).findFirst()
            .orElseThrow();
        Socket socket = platform.getSockets().get(0);
        IFigure socketTip = part(socket).getFigure().getToolTip();
        assertEquals(0, ((NodeFigure) part(nic).getFigure()).severity(), tip(nic));
        stack().execute(SetCommand.create(editor.getEditingDomain(), nic,
            PlatsimPackage.Literals.DEVICE__DMA_ADDRESS_MASK_BITS, 12));
        drain();
        assertTrue(((NodeFigure) part(nic).getFigure()).severity() > 0, "the NIC's box carries a badge: " + tip(nic));
        assertSame(socketTip, part(socket).getFigure().getToolTip(), "the socket, untouched, did not redraw");
        stack().undo();
        drain();
        assertEquals(0, ((NodeFigure) part(nic).getFigure()).severity(), "undo clears the badge: " + tip(nic));
    }

    @Test
    void aCoreAddedToASocketGetsABoxInsideItAndTheSocketCountsIt() {
        Socket socket = platform.getSockets().get(0);
        IFigure socketTip = part(socket).getFigure().getToolTip();
        Core added = PlatsimFactory.eINSTANCE.createCore();
        added.setName("added-core");
        stack().execute(AddCommand.create(editor.getEditingDomain(), socket, PlatsimPackage.Literals.SOCKET__CORES,
            added));
        drain();
        assertNotNull(part(added), "the new core has a box");
        assertSame(part(socket), part(added).getParent(), "inside its socket");
        assertNotNull(editor.diagram().layout().box(Ids.of(added)), "placed in the layout");
        assertNotSame(socketTip, part(socket).getFigure().getToolTip(), "the socket redrew for its new core");
        assertTrue(tip(socket).contains(socket.getCores().size() + " cores"), tip(socket));
        stack().undo();
        drain();
        assertNull(part(added), "undo removes the box");
    }
}
