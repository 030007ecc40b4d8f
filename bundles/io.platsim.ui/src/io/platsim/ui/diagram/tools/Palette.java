/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram.tools;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.draw2d.SWTGraphics;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.gef.palette.ConnectionCreationToolEntry;
import org.eclipse.gef.palette.CreationToolEntry;
import org.eclipse.gef.palette.MarqueeToolEntry;
import org.eclipse.gef.palette.PaletteDrawer;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.palette.PaletteGroup;
import org.eclipse.gef.palette.SelectionToolEntry;
import org.eclipse.gef.requests.CreationFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

import io.platsim.diagram.Kind;
import io.platsim.diagram.render.NodePainter;
import io.platsim.model.labels.Labels;
import io.platsim.ui.diagram.figures.Draw2dCanvas;

/**
 * The diagram's palette, in drawers as an architect thinks of a platform: compute, interconnect, devices,
 * translation, interrupts, virtualization and workloads. Every kind of the metamodel has a tool: boxes are
 * created by clicking into the box that will hold them, lines by clicking their two ends.
 */
public final class Palette {

    private static final Map<Kind, ImageDescriptor> ICONS = new EnumMap<>(Kind.class);

    private Palette() {
    }

    public static PaletteRoot create() {
        PaletteRoot root = new PaletteRoot();
        PaletteGroup tools = new PaletteGroup("Tools");
        SelectionToolEntry select = new SelectionToolEntry();
        tools.add(select);
        tools.add(new MarqueeToolEntry());
        root.add(tools);
        root.setDefaultEntry(select);
        for (Kind.Group group : Kind.Group.values()) {
            PaletteDrawer drawer = new PaletteDrawer(group.label());
            drawer.setInitialState(group == Kind.Group.COMPUTE ? PaletteDrawer.INITIAL_STATE_OPEN
                : PaletteDrawer.INITIAL_STATE_CLOSED);
            for (Kind kind : Kind.inGroup(group)) {
                if (!kind.isLine()) {
                    drawer.add(new CreationToolEntry(label(kind), "A new " + Labels.kind(kind.eClass()),
                        nodeFactory(kind), icon(kind), icon(kind)));
                }
            }
            for (LineTool tool : LineTool.values()) {
                if (tool.kind().group() == group) {
                    drawer.add(new ConnectionCreationToolEntry(tool.label(), tool.description(), lineFactory(tool),
                        icon(tool.kind()), icon(tool.kind())));
                }
            }
            root.add(drawer);
        }
        return root;
    }

    /** {@code NVMe drive} as {@code NVMe drive}, {@code cache} as {@code Cache}: kinds as palette labels. */
    static String label(Kind kind) {
        String words = Labels.kind(kind.eClass());
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static CreationFactory nodeFactory(Kind kind) {
        return new CreationFactory() {
            @Override
            public Object getNewObject() {
                return EcoreUtil.create(kind.eClass());
            }

            @Override
            public Object getObjectType() {
                return kind.eClass();
            }
        };
    }

    private static CreationFactory lineFactory(LineTool tool) {
        return new CreationFactory() {
            @Override
            public Object getNewObject() {
                return tool;
            }

            @Override
            public Object getObjectType() {
                return tool;
            }
        };
    }

    /** The kind's pictogram as a 16 × 16 image, painted by the same code as the diagram's boxes. */
    static ImageDescriptor icon(Kind kind) {
        return ICONS.computeIfAbsent(kind, k -> {
            Display display = Display.getCurrent();
            Image image = new Image(display, 17, 17);
            GC gc = new GC(image);
            gc.setBackground(display.getSystemColor(org.eclipse.swt.SWT.COLOR_WHITE));
            gc.fillRectangle(0, 0, 17, 17);
            SWTGraphics graphics = new SWTGraphics(gc);
            NodePainter.paintIcon(new Draw2dCanvas(graphics), k, 0, 0);
            graphics.dispose();
            gc.dispose();
            ImageDescriptor descriptor = ImageDescriptor.createFromImageData(image.getImageData());
            image.dispose();
            return descriptor;
        });
    }
}
