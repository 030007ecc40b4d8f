/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.diagram.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkConnectableShape;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.emf.ecore.EObject;

import io.platsim.diagram.Connection;
import io.platsim.diagram.CoreGroup;
import io.platsim.diagram.DiagramStructure;
import io.platsim.diagram.Ids;
import io.platsim.diagram.render.Canvas;
import io.platsim.diagram.render.DiagramRenderer;
import io.platsim.diagram.render.LinePainter;
import io.platsim.diagram.render.NodePainter;
import io.platsim.model.InterSocketLink;
import io.platsim.model.PcieLink;
import io.platsim.model.Platform;
import io.platsim.model.Socket;

/**
 * Places a model's boxes. The top level is a layered graph laid out by ELK, read downwards: sockets first, the
 * PCIe tree below them, then the VMs and workloads that use the devices. The inside of each socket, root
 * complex, accelerator and VM is packed in bands ({@link Packer}).
 */
public final class AutoLayout {

    /** Margin around the whole diagram. */
    public static final int MARGIN = 20;
    /** The space ELK leaves between one layer of boxes and the next. */
    static final int BETWEEN_LAYERS = 60;

    private static boolean registered;

    private AutoLayout() {
    }

    /**
     * A fresh layout of every box of {@code platform}; lines are straight. A socket whose alike cores would not
     * fit one row of tiles (more than {@value Packer#ONE_ROW}) shows them folded into one tile.
     */
    public static DiagramLayout layout(Platform platform, Canvas measure) {
        Set<String> folded = new HashSet<>();
        for (Socket socket : platform.getSockets()) {
            if (CoreGroup.of(socket).stream().anyMatch(g -> g.cores().size() > Packer.ONE_ROW)) {
                folded.add(Ids.of(socket));
            }
        }
        return layout(platform, measure, folded);
    }

    /** A fresh layout of every box of {@code platform}, the sockets of keys {@code folded} folded. */
    public static DiagramLayout layout(Platform platform, Canvas measure, Set<String> folded) {
        DiagramLayout layout = new DiagramLayout();
        folded.forEach(key -> layout.setFolded(key, true));
        Packer packer = new Packer(measure, layout);
        ElkNode root = graph();
        Map<EObject, ElkNode> nodes = new HashMap<>();
        for (EObject top : DiagramStructure.children(platform)) {
            Box size = packer.pack(top);
            ElkNode node = ElkGraphUtil.createNode(root);
            node.setDimensions(size.width(), size.height());
            nodes.put(top, node);
        }
        Map<List<Object>, ElkEdge> edges = new HashMap<>();
        Map<Connection, ElkEdge> routes = new HashMap<>();
        Set<Connection> upwards = new HashSet<>();
        for (Connection line : DiagramStructure.connections(platform, layout::isFolded)) {
            if (line.element() instanceof InterSocketLink) {
                continue; // sockets side by side read better than one above the other
            }
            boolean downwards = line.element() instanceof PcieLink;
            EObject upper = downwards ? line.source() : line.target();
            EObject lower = downwards ? line.target() : line.source();
            ElkNode from = nodes.get(topLevel(upper));
            ElkNode to = nodes.get(topLevel(lower));
            if (from == null || to == null || from == to) {
                continue;
            }
            ElkConnectableShape start = port(from, upper, layout, true);
            ElkConnectableShape end = port(to, lower, layout, false);
            routes.put(line, edges.computeIfAbsent(List.of(start, end),
                k -> ElkGraphUtil.createSimpleEdge(start, end)));
            if (!downwards) {
                upwards.add(line);
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        for (Map.Entry<EObject, ElkNode> entry : nodes.entrySet()) {
            ElkNode node = entry.getValue();
            layout.setBox(Ids.of(entry.getKey()), new Box((int) Math.round(node.getX()), (int) Math.round(node.getY()),
                (int) Math.round(node.getWidth()), (int) Math.round(node.getHeight())));
        }
        Map<EObject, Box> boxes = DiagramRenderer.absoluteBoxes(platform, layout);
        routes.forEach((line, edge) -> layout.setBends(line.key(),
            inside(line, route(edge, upwards.contains(line)), boxes)));
        return layout;
    }

    /**
     * {@code route} (ELK's, between top-level boxes) carried on inside the top-level boxes to the inner boxes the
     * line really ends at: from its last corner outside, in through the edge it reached and around the neighbours
     * there. No bends when what is left is the line from centre to centre.
     */
    private static List<DiagramLayout.Point> inside(Connection line, List<DiagramLayout.Point> route,
            Map<EObject, Box> boxes) {
        List<DiagramLayout.Point> points = new ArrayList<>(route);
        if (points.size() >= 2 && !(line.target().eContainer() instanceof Platform)) {
            points = inward(points, line.target(), boxes);
        }
        if (points.size() >= 2 && !(line.source().eContainer() instanceof Platform)) {
            Collections.reverse(points);
            points = inward(points, line.source(), boxes);
            Collections.reverse(points);
        }
        List<DiagramLayout.Point> corners = OrthogonalRouter.corners(points);
        if (corners.size() == 2) {
            int[] straight = LinePainter.route(boxes.get(line.source()), boxes.get(line.target()), List.of());
            if (corners.equals(List.of(point(straight[0], straight[1]), point(straight[2], straight[3])))) {
                return List.of(); // the line from centre to centre: it follows its boxes when they move
            }
        }
        return corners.size() < 2 ? List.of() : corners;
    }

    /**
     * {@code points}, which end at a port on the top or bottom edge of {@code end}'s top-level box, with their last
     * segment replaced by a way from its start in to {@code end}; unchanged when there is none.
     */
    private static List<DiagramLayout.Point> inward(List<DiagramLayout.Point> points, EObject end,
            Map<EObject, Box> boxes) {
        Box outer = boxes.get(topLevel(end));
        DiagramLayout.Point port = points.get(points.size() - 1);
        DiagramLayout.Point from = points.get(points.size() - 2);
        if (outer == null) {
            return points;
        }
        boolean fromBelow = Math.abs(port.y() - outer.bottom()) <= Math.abs(port.y() - outer.y());
        // From a corner, on the way the route came to it; from the line's other box, out of its edge.
        boolean corner = points.size() > 2;
        List<DiagramLayout.Point> way = Routes.inside(from, corner ? heading(points.get(points.size() - 3), from)
            : heading(from, port), !corner, end, boxes,
            fromBelow ? OrthogonalRouter.Heading.UP : OrthogonalRouter.Heading.DOWN);
        if (way.isEmpty()) {
            return points;
        }
        List<DiagramLayout.Point> joined = new ArrayList<>(points.subList(0, points.size() - 2));
        joined.addAll(way);
        return joined;
    }

    /** The way a segment from {@code a} to {@code b} runs (down for a point). */
    private static OrthogonalRouter.Heading heading(DiagramLayout.Point a, DiagramLayout.Point b) {
        if (Math.abs(b.x() - a.x()) > Math.abs(b.y() - a.y())) {
            return b.x() > a.x() ? OrthogonalRouter.Heading.RIGHT : OrthogonalRouter.Heading.LEFT;
        }
        return b.y() < a.y() ? OrthogonalRouter.Heading.UP : OrthogonalRouter.Heading.DOWN;
    }

    /**
     * Gives a box to every element that has none (added in the tree editor or by hand), keeping every placed box
     * where it is: a new box goes below its siblings, the boxes holding it grow to fit, and the top-level boxes
     * around make room for them.
     */
    public static void placeMissing(Platform platform, DiagramLayout layout, Canvas measure) {
        for (EObject element : DiagramStructure.allNodes(platform, layout::isFolded)) {
            if (layout.box(Ids.of(element)) != null) {
                continue;
            }
            DiagramLayout inner = new DiagramLayout();
            Box size = new Packer(measure, inner, layout::isFolded).pack(element);
            inner.boxes().forEach((key, box) -> {
                if (layout.box(key) == null) {
                    layout.setBox(key, box);
                }
            });
            EObject parent = element.eContainer();
            boolean top = parent instanceof Platform;
            int x = top ? MARGIN : Packer.INSET;
            int y = top ? MARGIN : NodePainter.headerHeight(measure, parent);
            for (EObject sibling : DiagramStructure.children(parent, layout::isFolded)) {
                Box box = sibling == element ? null : layout.box(Ids.of(sibling));
                if (box != null) {
                    y = Math.max(y, box.bottom() + Packer.GAP);
                }
            }
            EObject outer = top ? null : topLevel(parent);
            Box before = outer == null ? null : layout.box(Ids.of(outer));
            layout.setBox(Ids.of(element), new Box(x, y, size.width(), size.height()));
            grow(parent, layout);
            if (outer != null) {
                Room.make(platform, layout, outer, before);
            }
        }
    }

    /** Widens and lengthens {@code container} and the boxes holding it until their children fit. */
    static void grow(EObject container, DiagramLayout layout) {
        for (EObject box = container; box != null && !(box instanceof Platform); box = box.eContainer()) {
            Box own = layout.box(Ids.of(box));
            if (own == null) {
                return;
            }
            int right = own.width();
            int bottom = own.height();
            for (EObject child : DiagramStructure.children(box, layout::isFolded)) {
                Box inner = layout.box(Ids.of(child));
                if (inner != null) {
                    right = Math.max(right, inner.right() + Packer.INSET);
                    bottom = Math.max(bottom, inner.bottom() + Packer.INSET + 2);
                }
            }
            if (right != own.width() || bottom != own.height()) {
                layout.setBox(Ids.of(box), new Box(own.x(), own.y(), right, bottom));
            }
        }
    }

    /**
     * The orthogonal route ELK found for {@code edge}, as points in diagram coordinates: where it leaves its first
     * box (or the port above the inner box it starts from), its corners, and where it enters its last box; reversed
     * for a line drawn the other way.
     */
    private static List<DiagramLayout.Point> route(ElkEdge edge, boolean reversed) {
        List<DiagramLayout.Point> points = new ArrayList<>();
        if (edge.getSections().isEmpty()) {
            return points;
        }
        ElkEdgeSection section = edge.getSections().get(0);
        points.add(point(section.getStartX(), section.getStartY()));
        for (ElkBendPoint bend : section.getBendPoints()) {
            points.add(point(bend.getX(), bend.getY()));
        }
        points.add(point(section.getEndX(), section.getEndY()));
        if (reversed) {
            Collections.reverse(points);
        }
        return points;
    }

    private static DiagramLayout.Point point(double x, double y) {
        return new DiagramLayout.Point((int) Math.round(x), (int) Math.round(y));
    }

    /**
     * Where a line meets a top-level box: the box itself when the line's end is that box, otherwise a port on the
     * box's bottom (or top) edge above the inner box it really leaves from, such as one root port of a socket, so
     * that ELK places the device below its own port.
     */
    private static ElkConnectableShape port(ElkNode node, EObject end, DiagramLayout layout, boolean bottom) {
        if (end.eContainer() instanceof Platform) {
            return node;
        }
        int x = 0;
        Box inner = layout.box(Ids.of(end));
        for (EObject e = end; e != null && !(e.eContainer() instanceof Platform); e = e.eContainer()) {
            x += layout.box(Ids.of(e)).x();
        }
        node.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
        ElkPort port = ElkGraphUtil.createPort(node);
        port.setDimensions(1, 1);
        port.setLocation(x + inner.width() / 2.0, bottom ? node.getHeight() : -1);
        port.setProperty(CoreOptions.PORT_SIDE, bottom ? PortSide.SOUTH : PortSide.NORTH);
        return port;
    }

    private static EObject topLevel(EObject element) {
        EObject top = element;
        while (top.eContainer() != null && !(top.eContainer() instanceof Platform)) {
            top = top.eContainer();
        }
        return top;
    }

    private static ElkNode graph() {
        synchronized (AutoLayout.class) {
            if (!registered) {
                LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
                registered = true;
            }
        }
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 30.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, (double) BETWEEN_LAYERS);
        root.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, 40.0);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(MARGIN));
        // Sockets and devices in model order where crossings allow: socket 0 left of socket 1.
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.PREFER_EDGES);
        // Network-simplex placement keeps each layer compact; Brandes-Köpf's alignment spread the two-socket
        // example over 2,900 pixels (2,270 with this), pushing socket 1 out above the devices of its own links.
        root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.NETWORK_SIMPLEX);
        return root;
    }
}
