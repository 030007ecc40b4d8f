/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.draw2d.PositionConstants;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.KeyHandler;
import org.eclipse.gef.KeyStroke;
import org.eclipse.gef.MouseWheelHandler;
import org.eclipse.gef.MouseWheelZoomHandler;
import org.eclipse.gef.SnapToGrid;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.ui.palette.FlyoutPaletteComposite;
import org.eclipse.gef.ui.palette.FlyoutPaletteComposite.FlyoutPreferences;
import org.eclipse.gef.ui.palette.PaletteViewerProvider;
import org.eclipse.gef.ui.parts.GraphicalViewerKeyHandler;
import org.eclipse.gef.ui.parts.ScrollingGraphicalViewer;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IEditorPart;

import io.platsim.diagram.LineKind;
import io.platsim.diagram.export.DiagramExport;
import io.platsim.model.Platform;
import io.platsim.model.Socket;
import io.platsim.ui.PlatsimUi;
import io.platsim.ui.diagram.commands.DiagramCommands;
import io.platsim.ui.diagram.editparts.NodePart;
import io.platsim.ui.diagram.figures.Draw2dCanvas;

/** The diagram tab's controls: its toolbar, the palette beside the canvas, keys, mouse-wheel zoom and menu. */
final class DiagramControls {

    /** Zoom levels offered, as in other GEF editors; "fit" is added to them. */
    private static final double[] ZOOM_LEVELS = {0.1, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0};
    private static final String OPEN_TIP =
        "Open the selected socket (or the socket holding the selected box) in the diagram on its own";

    private DiagramControls() {
    }

    static Composite create(Composite parent, IEditorPart editor, DefaultEditDomain editDomain,
            ScrollingGraphicalViewer viewer, DiagramPage page) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayout grid = new GridLayout(1, false);
        grid.marginWidth = 0;
        grid.marginHeight = 0;
        grid.verticalSpacing = 0;
        area.setLayout(grid);
        ToolBar bar = new ToolBar(area, SWT.FLAT | SWT.RIGHT);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Breadcrumb.create(area, page);
        FlyoutPaletteComposite flyout = new FlyoutPaletteComposite(area, SWT.NONE, editor.getSite().getPage(),
            new PaletteViewerProvider(editDomain), new PalettePreferences());
        flyout.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.createControl(flyout);
        flyout.setGraphicalControl(viewer.getControl());
        viewer.getControl().setBackground(Draw2dCanvas.colour(0xFFFFFF));
        tool(bar, "Zoom In", () -> page.zoomManager().zoomIn());
        tool(bar, "Zoom Out", () -> page.zoomManager().zoomOut());
        tool(bar, "Fit", () -> page.zoomManager().setZoomAsText(ZoomManager.FIT_ALL));
        tool(bar, "100%", () -> page.zoomManager().setZoom(1.0));
        new ToolItem(bar, SWT.SEPARATOR);
        ToolItem gridItem = new ToolItem(bar, SWT.CHECK);
        gridItem.setText("Grid");
        gridItem.setToolTipText("Show the grid and snap boxes to it");
        gridItem.addListener(SWT.Selection, e -> setGrid(viewer, gridItem.getSelection()));
        new ToolItem(bar, SWT.SEPARATOR);
        tool(bar, "Auto Layout", page::autoLayout);
        ToolItem open = tool(bar, "Open Socket", () -> openOrReturn(page));
        open.setToolTipText(OPEN_TIP);
        page.onShownChanged(() -> {
            boolean platform = page.shown() instanceof Platform;
            open.setText(platform ? "Open Socket" : "Back to Platform");
            open.setToolTipText(platform ? OPEN_TIP : "Return to the whole platform, at the zoom it had");
            bar.getParent().layout(true, true);
        });
        lineFilter(bar, page);
        tool(bar, "Export…", () -> exportWithDialog(page, area));
        KeyHandler keys = new GraphicalViewerKeyHandler(viewer);
        keys.put(KeyStroke.getPressed(SWT.DEL, 127, 0), action("Delete", page::deleteSelection));
        keys.put(KeyStroke.getPressed(SWT.F2, 0), action("Rename", () -> renameSelection(viewer)));
        viewer.setKeyHandler(keys);
        viewer.setProperty(MouseWheelHandler.KeyGenerator.getKey(SWT.MOD1), MouseWheelZoomHandler.SINGLETON);
        MenuManager menu = new MenuManager();
        menu.add(action("Rename", () -> renameSelection(viewer)));
        menu.add(action("Delete", page::deleteSelection));
        MenuManager align = new MenuManager("Align");
        for (DiagramCommands.Alignment alignment : DiagramCommands.Alignment.values()) {
            String name = alignment.name().charAt(0) + alignment.name().substring(1).toLowerCase(java.util.Locale.ROOT);
            align.add(action(name, () -> page.align(alignment)));
        }
        menu.add(align);
        menu.add(new Separator());
        menu.add(action("Auto Layout", page::autoLayout));
        menu.add(action("Fold or Unfold Alike Cores", page::toggleFolds));
        menu.add(action("Open Socket", () -> openOrReturn(page)));
        menu.add(action("Back to Platform", page::showPlatform));
        menu.add(action("Export Diagram…", () -> exportWithDialog(page, area)));
        menu.add(new Separator());
        menu.add(action("Sweep a Field…", () -> {
            if (editor instanceof io.platsim.ui.editor.PlatsimEditor model && page.modelSelection()
                    instanceof org.eclipse.jface.viewers.IStructuredSelection selected && selected.size() == 1
                    && selected.getFirstElement() instanceof org.eclipse.emf.ecore.EObject element) {
                new io.platsim.ui.sweep.SweepFieldAction(model, element).run();
            }
        }));
        viewer.setContextMenu(menu);
        return area;
    }

    static void zoom(ZoomManager zoom, ScrollingGraphicalViewer viewer) {
        zoom.setZoomLevels(ZOOM_LEVELS);
        zoom.setZoomLevelContributions(java.util.List.of(ZoomManager.FIT_ALL, ZoomManager.FIT_WIDTH));
        setGrid(viewer, false);
    }

    private static void setGrid(ScrollingGraphicalViewer viewer, boolean on) {
        viewer.setProperty(SnapToGrid.PROPERTY_GRID_ENABLED, on);
        viewer.setProperty(SnapToGrid.PROPERTY_GRID_VISIBLE, on);
        viewer.setProperty(SnapToGrid.PROPERTY_GRID_SPACING, new org.eclipse.draw2d.geometry.Dimension(10, 10));
    }

    private static void renameSelection(ScrollingGraphicalViewer viewer) {
        var selected = ((org.eclipse.jface.viewers.IStructuredSelection) viewer.getSelection()).getFirstElement();
        if (selected instanceof NodePart part) {
            part.performRequest(new org.eclipse.gef.Request(org.eclipse.gef.RequestConstants.REQ_DIRECT_EDIT));
        }
    }

    /**
     * A "Lines" drop-down whose ticked kinds of line are drawn; the links are always drawn. Its one menu lives as
     * long as the toolbar and shows the layout's current choice each time it opens (undo may have changed it).
     */
    private static void lineFilter(ToolBar bar, DiagramPage page) {
        new ToolItem(bar, SWT.SEPARATOR);
        ToolItem item = new ToolItem(bar, SWT.DROP_DOWN);
        item.setText("Lines");
        item.setToolTipText("Show or hide kinds of line: MSI routes, vCPU pinning, IOMMU coverage, ...");
        Menu menu = new Menu(bar.getShell(), SWT.POP_UP);
        bar.addDisposeListener(e -> menu.dispose());
        for (LineKind kind : LineKind.values()) {
            if (kind.hideable()) {
                MenuItem choice = new MenuItem(menu, SWT.CHECK);
                choice.setText(kind.label());
                choice.setData(kind);
                choice.addListener(SWT.Selection, c -> page.showLines(kind, choice.getSelection()));
            }
        }
        menu.addListener(SWT.Show, e -> {
            for (MenuItem choice : menu.getItems()) {
                choice.setSelection(!page.layout().hidden().contains((LineKind) choice.getData()));
            }
        });
        item.addListener(SWT.Selection, e -> {
            org.eclipse.swt.graphics.Rectangle at = item.getBounds();
            menu.setLocation(bar.toDisplay(at.x, at.y + at.height));
            menu.setVisible(true);
        });
    }

    /** Opens the selected socket on its own; with none to open and one open, returns to the platform. */
    private static void openOrReturn(DiagramPage page) {
        Socket socket = page.socketToOpen();
        if (socket != null) {
            page.open(socket);
        } else {
            page.showPlatform();
        }
    }

    private static ToolItem tool(ToolBar bar, String text, Runnable run) {
        if (bar.getItemCount() > 0 && (bar.getItem(bar.getItemCount() - 1).getStyle() & SWT.SEPARATOR) == 0) {
            new ToolItem(bar, SWT.SEPARATOR);
        }
        ToolItem item = new ToolItem(bar, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, e -> run.run());
        return item;
    }

    private static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    /** Asks where to write the diagram (the extension picks PNG, SVG or PDF) and writes it. */
    static void exportWithDialog(DiagramPage page, Composite shellOwner) {
        FileDialog dialog = new FileDialog(shellOwner.getShell(), SWT.SAVE);
        dialog.setText("Export Diagram");
        dialog.setFilterExtensions(new String[] {"*.svg", "*.pdf", "*.png"});
        dialog.setFilterNames(new String[] {"SVG (vector)", "PDF (vector)", "PNG image"});
        dialog.setFileName(page.context().platform().getName() + ".svg");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        String extension = chosen.substring(chosen.lastIndexOf('.') + 1);
        DiagramExport.Format format = DiagramExport.Format.named(extension);
        if (format == null) {
            MessageDialog.openError(shellOwner.getShell(), "Export Diagram", "'" + chosen
                + "' does not end in .svg, .pdf or .png, so PlatSim cannot tell which format to write.");
            return;
        }
        try {
            page.export(format, Path.of(chosen));
        } catch (IOException | RuntimeException e) {
            PlatsimUi.log("Exporting the diagram to " + chosen + " failed", e);
            MessageDialog.openError(shellOwner.getShell(), "Export Diagram", "PlatSim could not write " + chosen
                + ":\n\n" + e.getMessage());
        }
    }

    /** Where the palette sits: docked on the left, open, 180 pixels wide; kept for the session. */
    private static final class PalettePreferences implements FlyoutPreferences {
        private int dock = PositionConstants.WEST;
        private int state = FlyoutPaletteComposite.STATE_PINNED_OPEN;
        private int width = 180;

        @Override
        public int getDockLocation() {
            return dock;
        }

        @Override
        public int getPaletteState() {
            return state;
        }

        @Override
        public int getPaletteWidth() {
            return width;
        }

        @Override
        public void setDockLocation(int location) {
            dock = location;
        }

        @Override
        public void setPaletteState(int newState) {
            state = newState;
        }

        @Override
        public void setPaletteWidth(int newWidth) {
            width = newWidth;
        }
    }
}
