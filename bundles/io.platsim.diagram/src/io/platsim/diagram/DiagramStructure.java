/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.diagram;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import io.platsim.model.DeviceAttachment;
import io.platsim.model.InterSocketLink;
import io.platsim.model.MsiRoute;
import io.platsim.model.PcieLink;
import io.platsim.model.Platform;
import io.platsim.model.PlatsimPackage;

/**
 * What the diagram shows of a model: which elements are boxes, which box holds which (containment shown as
 * nesting: a socket holds its cores, caches, home agents, memory controllers and root complexes), and which
 * elements and references are lines between boxes.
 */
public final class DiagramStructure {

    private static final PlatsimPackage P = PlatsimPackage.eINSTANCE;

    /** References drawn as lines from the element that holds them to each element they name. */
    public static final List<EReference> LINE_REFERENCES = List.of(
        P.getIommu_CoveredRootComplexes(),
        P.getVirtualCpu_PinnedTo(),
        P.getDmaStream_Device(),
        P.getCpuAccessStream_Core(),
        P.getWorkSubmission_WorkQueue(),
        P.getRequestResponseFlow_Vm(),
        P.getRequestResponseFlow_Device(),
        P.getFaultInjection_Core(),
        P.getDevice_PhysicalFunction());

    private DiagramStructure() {
    }

    /** True for elements drawn as lines rather than boxes. */
    public static boolean isConnection(EObject element) {
        return element instanceof PcieLink || element instanceof InterSocketLink
            || element instanceof DeviceAttachment || element instanceof MsiRoute;
    }

    /** The boxes drawn inside {@code parent} (the platform for the top level), in model order. */
    public static List<EObject> children(EObject parent) {
        List<EObject> children = new ArrayList<>();
        for (EObject child : parent.eContents()) {
            if (!isConnection(child)) {
                children.add(child);
            }
        }
        return children;
    }

    /** Every box of the diagram, parents before their children. */
    public static List<EObject> allNodes(Platform platform) {
        List<EObject> nodes = new ArrayList<>();
        for (TreeIterator<EObject> it = platform.eAllContents(); it.hasNext();) {
            EObject element = it.next();
            if (isConnection(element)) {
                it.prune();
            } else {
                nodes.add(element);
            }
        }
        return nodes;
    }

    /** Every line of the diagram whose two ends are boxes. */
    public static List<Connection> connections(Platform platform) {
        List<Connection> lines = new ArrayList<>();
        for (TreeIterator<EObject> it = platform.eAllContents(); it.hasNext();) {
            EObject element = it.next();
            if (isConnection(element)) {
                addElementLine(lines, element);
                it.prune();
                continue;
            }
            for (EReference reference : LINE_REFERENCES) {
                if (reference.getEContainingClass().isInstance(element)) {
                    for (EObject target : targets(element, reference)) {
                        lines.add(new Connection(Ids.of(element) + "/" + reference.getName() + "/" + Ids.of(target),
                            null, reference, element, target));
                    }
                }
            }
        }
        return lines;
    }

    private static void addElementLine(List<Connection> lines, EObject element) {
        EObject source = source(element);
        EObject target = target(element);
        if (source != null && target != null) {
            lines.add(new Connection(Ids.of(element), element, null, source, target));
        }
    }

    /** Where a line element starts: a link's upstream end or socket A, an attachment's VM, a route's device. */
    public static EObject source(EObject line) {
        return switch (line) {
            case PcieLink link -> link.getUpstream();
            case InterSocketLink link -> link.getSocketA();
            case DeviceAttachment attachment -> attachment.eContainer();
            case MsiRoute route -> route.getDevice();
            default -> null;
        };
    }

    /** Where a line element ends: a link's downstream end or socket B, the attached device, the MSI's target. */
    public static EObject target(EObject line) {
        return switch (line) {
            case PcieLink link -> link.getDownstream();
            case InterSocketLink link -> link.getSocketB();
            case DeviceAttachment attachment -> attachment.getDevice();
            case MsiRoute route -> route.getTargetVcpu() != null ? route.getTargetVcpu() : route.getTargetCore();
            default -> null;
        };
    }

    /** The elements {@code reference} of {@code owner} names, whether it holds one or many. */
    public static List<EObject> targets(EObject owner, EReference reference) {
        Object value = owner.eGet(reference);
        List<EObject> targets = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                targets.add((EObject) item);
            }
        } else if (value instanceof EObject single) {
            targets.add(single);
        }
        return targets;
    }

    /** True when {@code element} is shown by the diagram's boxes at some level under {@code platform}. */
    public static boolean isShown(EObject element) {
        return element != null && !(element instanceof Platform) && !isConnection(element)
            && (element.eContainer() == null || element.eContainer() instanceof Platform
                || isShown(element.eContainer()));
    }

}
