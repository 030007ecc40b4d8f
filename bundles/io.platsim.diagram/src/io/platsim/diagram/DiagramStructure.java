/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import io.platsim.model.Cache;
import io.platsim.model.Core;
import io.platsim.model.DeviceAttachment;
import io.platsim.model.InterSocketLink;
import io.platsim.model.MsiRoute;
import io.platsim.model.PcieLink;
import io.platsim.model.Platform;
import io.platsim.model.PlatsimPackage;
import io.platsim.model.Socket;

/**
 * What the diagram shows of a model: which elements are boxes, which box holds which (containment shown as
 * nesting: a socket holds its cores, caches, home agents, memory controllers and root complexes), and which
 * elements and references are lines between boxes.
 */
public final class DiagramStructure {

    private static final PlatsimPackage P = PlatsimPackage.eINSTANCE;
    private static final Predicate<EObject> NOTHING_FOLDED = e -> false;

    /** References drawn as lines from the element that holds them to each element they name. */
    public static final List<EReference> LINE_REFERENCES = List.of(
        P.getIommu_CoveredRootComplexes(),
        P.getVirtualCpu_PinnedTo(),
        P.getDmaStream_Device(),
        P.getCpuAccessStream_Core(),
        P.getCpuAccessStream_Bar(),
        P.getWorkSubmission_WorkQueue(),
        P.getRequestResponseFlow_Vm(),
        P.getRequestResponseFlow_Device(),
        P.getFaultInjection_Core(),
        P.getMemoryRegistration_Core(),
        P.getMemoryRegistration_Nic(),
        P.getMemoryRegistration_Vm(),
        P.getDevice_PhysicalFunction());

    private DiagramStructure() {
    }

    /** True for elements drawn as lines rather than boxes. */
    public static boolean isConnection(EObject element) {
        return element instanceof PcieLink || element instanceof InterSocketLink
            || element instanceof DeviceAttachment || element instanceof MsiRoute;
    }

    /** The boxes drawn inside {@code parent} (the platform for the top level), in model order, nothing folded. */
    public static List<EObject> children(EObject parent) {
        return children(parent, NOTHING_FOLDED);
    }

    /**
     * The boxes drawn inside {@code parent} (the platform for the top level), in model order: in a socket that
     * {@code folded} accepts, each group of alike cores ({@link CoreGroup}) is its first core alone.
     */
    public static List<EObject> children(EObject parent, Predicate<EObject> folded) {
        Tiles tiles = new Tiles(folded);
        List<EObject> children = new ArrayList<>();
        for (EObject child : parent.eContents()) {
            if (!isConnection(child) && tiles.shownAs(child) == child) {
                children.add(child);
            }
        }
        return children;
    }

    /** Every box of the diagram, parents before their children, nothing folded. */
    public static List<EObject> allNodes(Platform platform) {
        return allNodes(platform, NOTHING_FOLDED);
    }

    /** Every box of the diagram as {@code folded} shows it, parents before their children. */
    public static List<EObject> allNodes(Platform platform, Predicate<EObject> folded) {
        Tiles tiles = new Tiles(folded);
        List<EObject> nodes = new ArrayList<>();
        for (TreeIterator<EObject> it = platform.eAllContents(); it.hasNext();) {
            EObject element = it.next();
            if (isConnection(element) || tiles.shownAs(element) != element) {
                it.prune();
            } else {
                nodes.add(element);
            }
        }
        return nodes;
    }

    /**
     * The box that shows {@code element}: the element's own, or, for a core or private cache folded into a tile,
     * the tile's (the group's first core).
     */
    public static EObject shownAs(EObject element, Predicate<EObject> folded) {
        return new Tiles(folded).shownAs(element);
    }

    /**
     * Every line of the diagram as {@code folded} shows it: an end folded into a tile ends at the tile, and a line
     * whose two ends fold into one tile is not drawn.
     */
    public static List<Connection> connections(Platform platform, Predicate<EObject> folded) {
        Tiles tiles = new Tiles(folded);
        List<Connection> lines = new ArrayList<>();
        for (Connection line : connections(platform)) {
            EObject source = tiles.shownAs(line.source());
            EObject target = tiles.shownAs(line.target());
            if (source != target) {
                lines.add(source == line.source() && target == line.target() ? line
                    : line.drawnBetween(source, target));
            }
        }
        return lines;
    }

    /** Every line of the diagram whose two ends are boxes, nothing folded. */
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

    /** Which box shows each core and private cache of the folded sockets, worked out once per socket. */
    private static final class Tiles {

        private final Predicate<EObject> folded;
        private final Map<Socket, Map<EObject, EObject>> shown = new HashMap<>();

        Tiles(Predicate<EObject> folded) {
            this.folded = folded;
        }

        EObject shownAs(EObject element) {
            if (!(element instanceof Core || element instanceof Cache)
                    || !(element.eContainer() instanceof Socket socket) || !folded.test(socket)) {
                return element;
            }
            return shown.computeIfAbsent(socket, Tiles::tiles).getOrDefault(element, element);
        }

        private static Map<EObject, EObject> tiles(Socket socket) {
            Map<EObject, EObject> tiles = new HashMap<>();
            for (CoreGroup group : CoreGroup.of(socket)) {
                if (group.folds()) {
                    group.cores().forEach(core -> tiles.put(core, group.first()));
                    group.caches().forEach(cache -> tiles.put(cache, group.first()));
                }
            }
            return tiles;
        }
    }
}
