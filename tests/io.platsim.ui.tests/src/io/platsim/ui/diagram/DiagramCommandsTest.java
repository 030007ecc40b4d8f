/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;

import io.platsim.diagram.Connection;
import io.platsim.diagram.DiagramStructure;
import io.platsim.diagram.Ids;
import io.platsim.diagram.layout.AutoLayout;
import io.platsim.diagram.layout.Box;
import io.platsim.diagram.render.AwtCanvas;
import io.platsim.model.Core;
import io.platsim.model.Nic;
import io.platsim.model.PcieLink;
import io.platsim.model.Platform;
import io.platsim.model.PlatsimFactory;
import io.platsim.model.RootPort;
import io.platsim.model.Socket;
import io.platsim.model.VirtualCpu;
import io.platsim.templates.Templates;
import io.platsim.ui.diagram.commands.DiagramCommands;
import io.platsim.ui.diagram.commands.LayoutCommand;
import io.platsim.ui.diagram.commands.SetBendsCommand;
import io.platsim.ui.diagram.commands.SetBoxCommand;
import io.platsim.ui.diagram.tools.LineTool;
import io.platsim.ui.editor.EditingDomains;

/**
 * The diagram's commands as a list of steps on one command stack. After every step the model and the layout are
 * what the step promises; undo gives back exactly the state before it and redo exactly the state after it.
 */
class DiagramCommandsTest {

    private record Step(String name, Supplier<Command> command, Predicate<DiagramContext> expected) {
    }

    private record State(Platform model, Map<String, Box> boxes,
            Map<String, List<io.platsim.diagram.layout.DiagramLayout.Point>> bends) {
    }

    /** The small template named {@code name} in an editing domain of its own, laid out as a new diagram is. */
    private static DiagramContext small(String name) {
        return context(Templates.small(name));
    }

    private static DiagramContext context(Platform platform) {
        AdapterFactoryEditingDomain domain = EditingDomains.domain(EditingDomains.adapterFactory());
        Resource resource = domain.getResourceSet().createResource(URI.createURI("memory:/" + platform.getName()
            + ".platsim"));
        resource.getContents().add(platform);
        return new DiagramContext(platform, domain, AutoLayout.layout(platform, AwtCanvas.measuring()));
    }

    @Test
    void everyStepExecutesUndoesAndRedoes() {
        DiagramContext context = small("steps");
        Platform platform = context.platform();
        var domain = context.domain();
        Socket socket = platform.getSockets().get(0);
        RootPort port = socket.getRootComplexes().get(0).getRootPorts().get(0);
        Core core = PlatsimFactory.eINSTANCE.createCore();
        Nic nic = PlatsimFactory.eINSTANCE.createNic();
        Nic oldNic = (Nic) platform.getDevices().get(0);
        List<Step> steps = List.of(
            new Step("create a core in the socket",
                () -> DiagramCommands.createNode(context, socket, core, new Box(500, 40, 90, 36)),
                c -> socket.getCores().contains(core) && "core".equals(core.getName())
                    && core.getCoreId() == socket.getCores().size() - 1
                    && new Box(500, 40, 90, 36).equals(c.layout().box(Ids.of(core)))),
            new Step("create a NIC on the diagram",
                () -> DiagramCommands.createNode(context, platform, nic, new Box(900, 700, 120, 40)),
                c -> platform.getDevices().contains(nic) && c.layout().box(Ids.of(nic)) != null),
            new Step("draw a PCIe link from the root port to the new NIC",
                () -> DiagramCommands.createLine(context, LineTool.PCIE_LINK, port, nic),
                c -> platform.getPcieLinks().stream()
                    .anyMatch(l -> l.getUpstream() == port && l.getDownstream() == nic)),
            new Step("align the new core's left edge with the first core's",
                () -> DiagramCommands.align(context, List.of(socket.getCores().get(0), core),
                    DiagramCommands.Alignment.LEFT),
                c -> c.layout().box(Ids.of(core)).x() == c.layout().box(Ids.of(socket.getCores().get(0))).x()),
            new Step("bend the new link",
                () -> new SetBendsCommand(context.layout(), line(platform, nic).key(),
                    List.of(new io.platsim.diagram.layout.DiagramLayout.Point(300, 650))),
                c -> c.layout().bends(line(platform, nic).key()).size() == 1),
            new Step("move the NIC",
                () -> new SetBoxCommand(context.layout(), nic, new Box(950, 720, 120, 40)),
                c -> new Box(950, 720, 120, 40).equals(c.layout().box(Ids.of(nic)))),
            new Step("rename the NIC",
                () -> DiagramCommands.rename(context, nic, "nic-b"),
                c -> "nic-b".equals(nic.getName())),
            new Step("reconnect the old NIC's link to the new NIC",
                () -> DiagramCommands.reconnect(context, line(platform, oldNic), nic, false),
                c -> platform.getPcieLinks().stream().filter(l -> l.getDownstream() == nic).count() == 2),
            new Step("delete the socket",
                () -> DiagramCommands.delete(context, List.of(socket)),
                c -> platform.getSockets().isEmpty() && platform.getPcieLinks().isEmpty()),
            new Step("lay everything out again",
                () -> new LayoutCommand("Auto Layout", context.layout(),
                    AutoLayout.layout(platform, AwtCanvas.measuring())),
                c -> DiagramStructure.allNodes(platform).stream().allMatch(e -> c.layout().box(Ids.of(e)) != null)));
        CommandStack stack = domain.getCommandStack();
        for (Step step : steps) {
            State before = state(platform, context);
            Command command = step.command().get();
            assertNotNull(command, step.name() + ": no command");
            assertTrue(command.canExecute(), step.name() + ": cannot execute");
            stack.execute(command);
            assertTrue(step.expected().test(context), step.name() + ": not done");
            State after = state(platform, context);
            stack.undo();
            assertSame(before, state(platform, context), step.name() + ": undo");
            stack.redo();
            assertSame(after, state(platform, context), step.name() + ": redo");
            assertTrue(step.expected().test(context), step.name() + ": not done after redo");
        }
    }

    @Test
    void aNewSocketCoreOrVcpuTakesTheSmallestFreeNumber() {
        DiagramContext context = small("numbers");
        Platform platform = context.platform();
        var domain = context.domain();
        Socket first = platform.getSockets().get(0);
        first.getCores().get(2).setCoreId(9);
        Core core = PlatsimFactory.eINSTANCE.createCore();
        domain.getCommandStack().execute(DiagramCommands.createNode(context, first, core, new Box(500, 40, 90, 36)));
        assertTrue(core.getCoreId() == 2, "cores 0, 1, 9 and 3 leave 2 free: " + core.getCoreId());
        Socket socket = PlatsimFactory.eINSTANCE.createSocket();
        domain.getCommandStack().execute(DiagramCommands.createNode(context, platform, socket,
            new Box(900, 40, 300, 200)));
        assertTrue(socket.getSocketId() == 1, "socket 0 is taken: " + socket.getSocketId());
    }

    @Test
    void aLineToAFoldedCoreEditsTheCoreItNamesNotTheTile() {
        DiagramContext context = context(Templates.realistic("folded"));
        Platform platform = context.platform();
        Socket socket = platform.getSockets().get(0);
        assertTrue(context.layout().isFolded(socket), "the example opens folded");
        Core fifth = socket.getCores().get(5);
        VirtualCpu pinned = platform.getVms().get(0).getVcpus().get(0);
        VirtualCpu other = platform.getVms().get(0).getVcpus().get(1);
        pinned.setPinnedTo(fifth);
        Connection drawn = DiagramStructure.connections(platform, context.layout()::isFolded).stream()
            .filter(line -> line.modelSource() == pinned && line.reference() != null).findFirst().orElseThrow();
        assertEquals(socket.getCores().get(0), drawn.target(), "drawn to the tile");
        assertEquals(fifth, drawn.modelTarget());
        context.domain().getCommandStack().execute(DiagramCommands.reconnect(context, drawn, other, true));
        assertEquals(fifth, other.getPinnedTo(), "moving the line's vCPU end keeps the core it named");
        assertEquals(null, pinned.getPinnedTo());
        Connection moved = DiagramStructure.connections(platform, context.layout()::isFolded).stream()
            .filter(line -> line.modelSource() == other && line.reference() != null).findFirst().orElseThrow();
        context.domain().getCommandStack().execute(DiagramCommands.deleteLine(context, moved));
        assertEquals(null, other.getPinnedTo(), "deleting the line unpins the core it named");
    }

    private static Connection line(Platform platform, Nic device) {
        PcieLink link = platform.getPcieLinks().stream().filter(l -> l.getDownstream() == device).findFirst()
            .orElseThrow();
        return DiagramStructure.connections(platform).stream().filter(c -> c.element() == link).findFirst()
            .orElseThrow();
    }

    private static State state(Platform platform, DiagramContext context) {
        return new State(EcoreUtil.copy(platform), context.layout().boxes(), context.layout().allBends());
    }

    private static void assertSame(State expected, State actual, String message) {
        assertTrue(new EcoreUtil.EqualityHelper().equals((EObject) expected.model(), actual.model()),
            message + ": the model differs");
        assertEquals(expected.boxes(), actual.boxes(), message + ": the layout differs");
        assertEquals(expected.bends(), actual.bends(), message + ": the bends differ");
    }
}
