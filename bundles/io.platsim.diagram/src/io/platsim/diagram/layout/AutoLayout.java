/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.diagram.layout;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.emf.ecore.EObject;

import io.platsim.diagram.Connection;
import io.platsim.diagram.DiagramStructure;
import io.platsim.diagram.Ids;
import io.platsim.diagram.render.Canvas;
import io.platsim.diagram.render.NodePainter;
import io.platsim.model.InterSocketLink;
import io.platsim.model.PcieLink;
import io.platsim.model.Platform;

/**
 * Places a model's boxes. The top level is a layered graph laid out by ELK, read downwards: sockets first, the
 * PCIe tree below them, then the VMs and workloads that use the devices. The inside of each socket, root
 * complex, accelerator and VM is packed in bands ({@link Packer}).
 */
public final class AutoLayout {

    /** Margin around the whole diagram. */
    public static final int MARGIN = 20;

    private static boolean registered;

    private AutoLayout() {
    }

    /** A fresh layout of every box of {@code platform}; lines are straight. */
    public static DiagramLayout layout(Platform platform, Canvas measure) {
        DiagramLayout layout = new DiagramLayout();
        Packer packer = new Packer(measure, layout);
        ElkNode root = graph();
        Map<EObject, ElkNode> nodes = new HashMap<>();
        for (EObject top : DiagramStructure.children(platform)) {
            Box size = packer.pack(top);
            ElkNode node = ElkGraphUtil.createNode(root);
            node.setDimensions(size.width(), size.height());
            nodes.put(top, node);
        }
        Set<List<ElkNode>> edges = new HashSet<>();
        for (Connection line : DiagramStructure.connections(platform)) {
            if (line.element() instanceof InterSocketLink) {
                continue; // sockets side by side read better than one above the other
            }
            ElkNode from = nodes.get(topLevel(line.source()));
            ElkNode to = nodes.get(topLevel(line.target()));
            if (!(line.element() instanceof PcieLink)) {
                ElkNode swap = from;
                from = to;
                to = swap;
            }
            if (from != null && to != null && from != to && edges.add(List.of(from, to))) {
                ElkGraphUtil.createSimpleEdge(from, to);
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        for (Map.Entry<EObject, ElkNode> entry : nodes.entrySet()) {
            ElkNode node = entry.getValue();
            layout.setBox(Ids.of(entry.getKey()), new Box((int) Math.round(node.getX()), (int) Math.round(node.getY()),
                (int) Math.round(node.getWidth()), (int) Math.round(node.getHeight())));
        }
        return layout;
    }

    /**
     * Gives a box to every element that has none (added in the tree editor or by hand), keeping every placed box
     * where it is: a new box goes below its siblings, and the boxes holding it grow to fit.
     */
    public static void placeMissing(Platform platform, DiagramLayout layout, Canvas measure) {
        for (EObject element : DiagramStructure.allNodes(platform)) {
            if (layout.box(Ids.of(element)) != null) {
                continue;
            }
            DiagramLayout inner = new DiagramLayout();
            Box size = new Packer(measure, inner).pack(element);
            inner.boxes().forEach((key, box) -> {
                if (layout.box(key) == null) {
                    layout.setBox(key, box);
                }
            });
            EObject parent = element.eContainer();
            boolean top = parent instanceof Platform;
            int x = top ? MARGIN : Packer.INSET;
            int y = top ? MARGIN : NodePainter.headerHeight(measure, parent);
            for (EObject sibling : DiagramStructure.children(parent)) {
                Box box = sibling == element ? null : layout.box(Ids.of(sibling));
                if (box != null) {
                    y = Math.max(y, box.bottom() + Packer.GAP);
                }
            }
            layout.setBox(Ids.of(element), new Box(x, y, size.width(), size.height()));
            grow(parent, layout);
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
            for (EObject child : DiagramStructure.children(box)) {
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
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 60.0);
        root.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, 40.0);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(MARGIN));
        return root;
    }
}
