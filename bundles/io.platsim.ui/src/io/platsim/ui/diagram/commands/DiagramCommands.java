/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram.commands;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;

import io.platsim.diagram.Connection;
import io.platsim.diagram.DiagramStructure;
import io.platsim.diagram.Ids;
import io.platsim.diagram.layout.Box;
import io.platsim.model.Core;
import io.platsim.model.DeviceAttachment;
import io.platsim.model.InterSocketLink;
import io.platsim.model.MsiRoute;
import io.platsim.model.PcieLink;
import io.platsim.model.PlatsimFactory;
import io.platsim.model.PlatsimPackage;
import io.platsim.model.Socket;
import io.platsim.model.VirtualCpu;
import io.platsim.ui.diagram.DiagramContext;
import io.platsim.ui.diagram.tools.LineTool;

/** The model edits the diagram makes, as EMF commands for the shared command stack. */
public final class DiagramCommands {

    private static final PlatsimPackage P = PlatsimPackage.eINSTANCE;

    private DiagramCommands() {
    }

    /** Adds {@code element} to {@code parent} (in the first containment that takes it) and places its box. */
    public static Command createNode(DiagramContext context, EObject parent, EObject element, Box box) {
        EReference feature = containmentFor(parent, element);
        if (feature == null) {
            return null;
        }
        nameIfUnnamed(context, element);
        numberIfNew(parent, feature, element);
        CompoundCommand create = new CompoundCommand("Create " + element.eClass().getName());
        create.append(AddCommand.create(context.domain(), parent, feature, element));
        create.append(new SetBoxCommand(context.layout(), element, box));
        return create;
    }

    /** The containment reference of {@code parent} that holds elements like {@code element}, or null. */
    static EReference containmentFor(EObject parent, EObject element) {
        for (EReference feature : parent.eClass().getEAllContainments()) {
            if (feature.getEReferenceType().isInstance(element)) {
                return feature;
            }
        }
        return null;
    }

    /** Gives a new element a name no other element of the model has: {@code core}, {@code core2}, ... */
    static void nameIfUnnamed(DiagramContext context, EObject element) {
        EStructuralFeature name = element.eClass().getEStructuralFeature("name");
        if (name == null || element.eGet(name) != null) {
            return;
        }
        Set<Object> taken = new HashSet<>();
        for (TreeIterator<EObject> it = context.platform().eAllContents(); it.hasNext();) {
            EObject other = it.next();
            EStructuralFeature otherName = other.eClass().getEStructuralFeature("name");
            if (otherName != null) {
                taken.add(other.eGet(otherName));
            }
        }
        String base = element.eClass().getName().toLowerCase(Locale.ROOT);
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + n;
        }
        element.eSet(name, candidate);
    }

    /**
     * Gives a new socket, core or vCPU the smallest number its siblings do not have (a socket's id in the platform,
     * a core's in its socket, a vCPU's index in its VM), rather than the 0 the first one already has.
     */
    static void numberIfNew(EObject parent, EReference feature, EObject element) {
        EAttribute number = element instanceof Socket ? P.getSocket_SocketId() : element instanceof Core
            ? P.getCore_CoreId() : element instanceof VirtualCpu ? P.getVirtualCpu_Index() : null;
        if (number == null || !feature.isMany()) {
            return;
        }
        Set<Object> taken = new HashSet<>();
        for (Object sibling : (List<?>) parent.eGet(feature)) {
            if (sibling != element && sibling instanceof EObject other && other.eClass() == element.eClass()) {
                taken.add(other.eGet(number));
            }
        }
        int free = 0;
        while (taken.contains(free)) {
            free++;
        }
        element.eSet(number, free);
    }

    /** Draws a line of kind {@code tool} from {@code source} to {@code target}, or null when it cannot join them. */
    public static Command createLine(DiagramContext context, LineTool tool, EObject source, EObject target) {
        if (!tool.canStartAt(source) || !tool.canEndAt(source, target)) {
            return null;
        }
        EObject platform = context.platform();
        return switch (tool) {
            case PCIE_LINK -> {
                PcieLink link = PlatsimFactory.eINSTANCE.createPcieLink();
                link.setUpstream((io.platsim.model.PcieUpstreamEnd) source);
                link.setDownstream((io.platsim.model.PcieDownstreamEnd) target);
                nameIfUnnamed(context, link);
                yield AddCommand.create(context.domain(), platform, P.getPlatform_PcieLinks(), link);
            }
            case INTER_SOCKET_LINK -> {
                InterSocketLink link = PlatsimFactory.eINSTANCE.createInterSocketLink();
                link.setSocketA((io.platsim.model.Socket) source);
                link.setSocketB((io.platsim.model.Socket) target);
                nameIfUnnamed(context, link);
                yield AddCommand.create(context.domain(), platform, P.getPlatform_InterSocketLinks(), link);
            }
            case MSI_ROUTE -> {
                MsiRoute route = PlatsimFactory.eINSTANCE.createMsiRoute();
                route.setDevice((io.platsim.model.Device) source);
                if (target instanceof VirtualCpu vcpu) {
                    route.setTargetVcpu(vcpu);
                } else {
                    route.setTargetCore((io.platsim.model.Core) target);
                }
                nameIfUnnamed(context, route);
                yield AddCommand.create(context.domain(), platform, P.getPlatform_MsiRoutes(), route);
            }
            case DEVICE_ATTACHMENT -> {
                DeviceAttachment attachment = PlatsimFactory.eINSTANCE.createDeviceAttachment();
                attachment.setDevice((io.platsim.model.Device) target);
                yield AddCommand.create(context.domain(), source, P.getVirtualMachine_Attachments(), attachment);
            }
            default -> setReference(context, source, tool.reference(source, target), target);
        };
    }

    private static Command setReference(DiagramContext context, EObject owner, EReference reference, EObject value) {
        if (reference.isMany()) {
            return ((List<?>) owner.eGet(reference)).contains(value) ? null
                : AddCommand.create(context.domain(), owner, reference, value);
        }
        return SetCommand.create(context.domain(), owner, reference, value);
    }

    /** Moves one end of a line to {@code end}; null when that end cannot go there. */
    public static Command reconnect(DiagramContext context, Connection line, EObject end, boolean source) {
        EObject from = source ? end : line.modelSource();
        EObject to = source ? line.modelTarget() : end;
        if (line.element() == null) {
            EReference reference = line.reference();
            if (!reference.getEContainingClass().isInstance(from) || !reference.getEReferenceType().isInstance(to)) {
                return null;
            }
            CompoundCommand move = new CompoundCommand("Reconnect");
            move.append(deleteLine(context, line));
            move.append(setReference(context, from, reference, to));
            return move;
        }
        EStructuralFeature feature = switch (line.element()) {
            case PcieLink link -> source ? P.getPcieLink_Upstream() : P.getPcieLink_Downstream();
            case InterSocketLink link -> source ? P.getInterSocketLink_SocketA() : P.getInterSocketLink_SocketB();
            case DeviceAttachment attachment -> source ? null : P.getDeviceAttachment_Device();
            case MsiRoute route -> source ? P.getMsiRoute_Device()
                : end instanceof VirtualCpu ? P.getMsiRoute_TargetVcpu() : P.getMsiRoute_TargetCore();
            default -> null;
        };
        if (feature == null || !((EReference) feature).getEReferenceType().isInstance(end)) {
            return null;
        }
        return SetCommand.create(context.domain(), line.element(), feature, end);
    }

    /**
     * Deletes elements with everything inside them and every reference to them, and the links, attachments and
     * MSI routes that would be left with a loose end.
     */
    public static Command delete(DiagramContext context, Collection<? extends EObject> elements) {
        if (elements.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        Set<EObject> doomed = new java.util.LinkedHashSet<>(elements);
        for (Connection line : DiagramStructure.connections(context.platform())) {
            if (line.element() != null && (inside(line.source(), elements) || inside(line.target(), elements))) {
                doomed.add(line.element());
            }
        }
        return DeleteCommand.create(context.domain(), doomed);
    }

    private static boolean inside(EObject element, Collection<? extends EObject> roots) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (roots.contains(e)) {
                return true;
            }
        }
        return false;
    }

    /** Deletes a line: its element, or the one reference value it stands for. */
    public static Command deleteLine(DiagramContext context, Connection line) {
        if (line.element() != null) {
            return delete(context, List.of(line.element()));
        }
        if (line.reference().isMany()) {
            return RemoveCommand.create(context.domain(), line.modelSource(), line.reference(), line.modelTarget());
        }
        return SetCommand.create(context.domain(), line.modelSource(), line.reference(), SetCommand.UNSET_VALUE);
    }

    /** Renames an element; null when the name is blank or unchanged. */
    public static Command rename(DiagramContext context, EObject element, String name) {
        EStructuralFeature feature = element.eClass().getEStructuralFeature("name");
        if (feature == null || name == null || name.isBlank() || name.equals(element.eGet(feature))) {
            return null;
        }
        return SetCommand.create(context.domain(), element, feature, name.strip());
    }

    /** The ways boxes line up with the first one selected. */
    public enum Alignment { LEFT, CENTRE, RIGHT, TOP, MIDDLE, BOTTOM }

    /**
     * Lines up the boxes of {@code elements} that share the first one's parent with that first box; null when
     * there is nothing to move.
     */
    public static Command align(DiagramContext context, List<? extends EObject> elements, Alignment alignment) {
        if (elements.size() < 2) {
            return null;
        }
        Box first = context.layout().box(Ids.of(elements.get(0)));
        CompoundCommand align = new CompoundCommand("Align");
        for (EObject element : elements.subList(1, elements.size())) {
            Box box = context.layout().box(Ids.of(element));
            if (first == null || box == null || element.eContainer() != elements.get(0).eContainer()) {
                continue;
            }
            Box moved = switch (alignment) {
                case LEFT -> new Box(first.x(), box.y(), box.width(), box.height());
                case CENTRE -> new Box(first.x() + (first.width() - box.width()) / 2, box.y(), box.width(),
                    box.height());
                case RIGHT -> new Box(first.right() - box.width(), box.y(), box.width(), box.height());
                case TOP -> new Box(box.x(), first.y(), box.width(), box.height());
                case MIDDLE -> new Box(box.x(), first.y() + (first.height() - box.height()) / 2, box.width(),
                    box.height());
                case BOTTOM -> new Box(box.x(), first.bottom() - box.height(), box.width(), box.height());
            };
            align.append(new SetBoxCommand(context.layout(), element, moved));
        }
        return align.isEmpty() ? null : align;
    }
}
