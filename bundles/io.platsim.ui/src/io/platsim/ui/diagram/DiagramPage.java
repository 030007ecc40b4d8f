/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.CompoundCommand;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.requests.GroupRequest;
import org.eclipse.gef.ui.parts.ScrollingGraphicalViewer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;

import io.platsim.diagram.Connection;
import io.platsim.diagram.DiagramStructure;
import io.platsim.diagram.Ids;
import io.platsim.diagram.LineKind;
import io.platsim.diagram.export.DiagramExport;
import io.platsim.diagram.layout.AutoLayout;
import io.platsim.diagram.layout.DiagramLayout;
import io.platsim.diagram.layout.LayoutFile;
import io.platsim.diagram.layout.Layouts;
import io.platsim.model.Platform;
import io.platsim.model.Socket;
import io.platsim.ui.diagram.commands.DiagramCommands;
import io.platsim.ui.diagram.commands.FoldCommands;
import io.platsim.ui.diagram.commands.LayoutCommand;
import io.platsim.ui.diagram.commands.SharedCommandStack;
import io.platsim.ui.diagram.editparts.NodePart;
import io.platsim.ui.diagram.editparts.PartFactory;
import io.platsim.ui.diagram.figures.Draw2dCanvas;
import io.platsim.ui.diagram.tools.Palette;

/**
 * The diagram tab of the PlatSim editor: a GEF viewer on the model, with its palette and toolbar, editing through
 * the model's command stack. Each box and line redraws itself when its own element or its geometry changes; after
 * every command, whoever ran it (the diagram, the tree, the Properties view, undo), the page finds the lines and
 * problems again for the parts they changed. It keeps its geometry in the layout file beside the model.
 */
public final class DiagramPage {

    private final DiagramContext context;
    private final ScrollingGraphicalViewer viewer = new ScrollingGraphicalViewer();
    private final ScalableFreeformRootEditPart root = new ScalableFreeformRootEditPart();
    private final PartFactory parts;
    private final CommandStackListener commandWatcher = event -> queueRefresh();
    private final Consumer<String> layoutWatcher;
    private final Control control;
    private boolean refreshQueued;
    /** The zoom and scroll position of the whole diagram while a socket is open on its own. */
    private double platformZoom = 1.0;
    private Point platformScroll = new Point();
    private final List<Runnable> shownWatchers = new ArrayList<>();

    /**
     * Opens the diagram of {@code platform}: with the layout file beside {@code modelFile} when there is one (and
     * {@code problem} told why it could not be read when it cannot), or laid out automatically.
     */
    public DiagramPage(Composite parent, IEditorPart editor, EditingDomain domain, Platform platform,
            Path modelFile, Consumer<String> problem) {
        DiagramLayout saved = new DiagramLayout();
        if (modelFile != null) {
            try {
                saved = LayoutFile.read(LayoutFile.of(modelFile));
                saved.ignored().forEach(problem);
            } catch (IOException e) {
                problem.accept(e.getMessage() + " The diagram is laid out afresh; saving replaces the file.");
            }
        }
        DiagramLayout layout = Layouts.complete(platform, saved, new Draw2dCanvas(null));
        context = new DiagramContext(platform, domain, layout);
        DefaultEditDomain editDomain = new DefaultEditDomain(editor);
        editDomain.setCommandStack(new SharedCommandStack((BasicCommandStack) domain.getCommandStack()));
        editDomain.setPaletteRoot(Palette.create());
        control = DiagramControls.create(parent, editor, editDomain, viewer, this);
        viewer.setRootEditPart(root);
        parts = new PartFactory(context);
        layoutWatcher = parts.index()::layoutChanged;
        viewer.setEditPartFactory(parts);
        editDomain.addViewer(viewer);
        viewer.setContents(platform);
        DiagramControls.zoom(root.getZoomManager(), viewer);
        domain.getCommandStack().addCommandStackListener(commandWatcher);
        layout.addListener(layoutWatcher);
    }

    public Control control() {
        return control;
    }

    public GraphicalViewer viewer() {
        return viewer;
    }

    public ZoomManager zoomManager() {
        return root.getZoomManager();
    }

    DiagramContext context() {
        return context;
    }

    public DiagramLayout layout() {
        return context.layout();
    }

    /** The outline page showing a thumbnail of this diagram. */
    public org.eclipse.ui.views.contentoutline.IContentOutlinePage outline() {
        return new DiagramOutline(root);
    }

    /**
     * After each command, once, on the UI thread: finds the lines and problems again and redraws only the parts
     * whose lines or problems changed. Each part has already redrawn itself for changes to its own element.
     */
    private void queueRefresh() {
        if (refreshQueued) {
            return;
        }
        refreshQueued = true;
        Display.getDefault().asyncExec(this::refreshNow);
    }

    /** Places boxes for new elements, recomputes lines and problems, and redraws the parts they changed. */
    public void refreshNow() {
        refreshQueued = false;
        if (viewer.getControl() == null || viewer.getControl().isDisposed()) {
            return;
        }
        AutoLayout.placeMissing(context.platform(), context.layout(), new Draw2dCanvas(null));
        if (context.shown() != context.platform() && !EcoreUtil.isAncestor(
                context.platform(), context.shown())) {
            showPlatform(); // the opened socket was deleted (or its creation undone)
            return;
        }
        parts.index().derivedChanged(context.recompute());
        parts.index().refreshFoldedSockets(context.layout()::isFolded);
    }

    /** The model objects behind the diagram's selection: elements, or lines for references. */
    public ISelection modelSelection() {
        List<Object> selected = new ArrayList<>();
        for (Object part : ((IStructuredSelection) viewer.getSelection()).toList()) {
            Object model = ((EditPart) part).getModel();
            selected.add(model instanceof Connection line && line.element() != null ? line.element() : model);
        }
        return new StructuredSelection(selected);
    }

    /** Selects and reveals the boxes and lines of {@code elements}. */
    public void select(Collection<?> elements) {
        if (refreshQueued) {
            refreshNow(); // the parts of elements just created must exist before they can be selected
        }
        List<EditPart> parts = new ArrayList<>();
        Set<Object> wanted = new HashSet<>();
        for (Object element : elements) {
            wanted.add(element instanceof EObject e ? DiagramStructure.shownAs(e, layout()::isFolded) : element);
        }
        for (Object entry : viewer.getEditPartRegistry().values()) {
            EditPart part = (EditPart) entry;
            Object model = part.getModel();
            if (wanted.contains(model) || model instanceof Connection line && wanted.contains(line.element())) {
                parts.add(part);
            }
        }
        viewer.setSelection(new StructuredSelection(parts));
        if (!parts.isEmpty()) {
            viewer.reveal(parts.get(0));
        }
    }

    /** Deletes what is selected in the diagram, boxes and lines alike, as one undoable step. */
    public void deleteSelection() {
        GroupRequest request = new GroupRequest(RequestConstants.REQ_DELETE);
        List<?> parts = ((IStructuredSelection) viewer.getSelection()).toList();
        request.setEditParts(parts);
        CompoundCommand delete = new CompoundCommand("Delete");
        for (Object part : parts) {
            delete.add(((EditPart) part).getCommand(request));
        }
        if (!delete.isEmpty() && delete.canExecute()) {
            viewer.getEditDomain().getCommandStack().execute(delete.unwrap());
        }
    }

    /** Lines the selected boxes up with the first one selected, as one undoable step. */
    void align(DiagramCommands.Alignment alignment) {
        List<EObject> boxes = new ArrayList<>();
        for (Object part : ((IStructuredSelection) viewer.getSelection()).toList()) {
            if (part instanceof NodePart node) {
                boxes.add(node.element());
            }
        }
        org.eclipse.emf.common.command.Command align = DiagramCommands.align(context, boxes, alignment);
        if (align != null) {
            context.domain().getCommandStack().execute(align);
        }
    }

    /** Lays the whole diagram out again, as one undoable step; folded sockets stay folded, hidden lines hidden. */
    public void autoLayout() {
        DiagramLayout fresh = Layouts.relaidOut(context.platform(), layout(), new Draw2dCanvas(null));
        ((BasicCommandStack) context.domain().getCommandStack())
            .execute(new LayoutCommand("Auto Layout", context.layout(), fresh));
    }

    /** Shows ({@code show}) or hides every line of {@code kind}, as one undoable step saved with the layout. */
    public void showLines(LineKind kind, boolean show) {
        DiagramLayout changed = layout().copy();
        changed.setHidden(kind, !show);
        context.domain().getCommandStack().execute(new LayoutCommand((show ? "Show " : "Hide ")
            + kind.label(), layout(), changed));
    }

    /** Folds the alike cores of the selected sockets (or of the sockets of the selected cores), or unfolds them. */
    public void toggleFolds() {
        for (Object part : ((IStructuredSelection) viewer.getSelection()).toList()) {
            Socket socket = part instanceof NodePart node ? FoldCommands.foldableSocket(node.element()) : null;
            if (socket != null) {
                context.domain().getCommandStack().execute(FoldCommands.fold(context, socket,
                    !layout().isFolded(socket)));
                return;
            }
        }
    }

    /**
     * Opens {@code socket} in the diagram on its own: its boxes where they sit inside it, fitted to the window, and
     * the lines between them; lines to boxes outside it are not drawn. Edits change the same model and layout.
     */
    public void open(Socket socket) {
        if (context.shown() == context.platform()) {
            platformZoom = zoomManager().getZoom();
            platformScroll = ((FigureCanvas) viewer.getControl()).getViewport().getViewLocation();
        }
        show(socket);
        zoomManager().setZoomAsText(ZoomManager.FIT_ALL);
    }

    /** Returns from an opened socket to the whole diagram, at the zoom and scroll position it had. */
    public void showPlatform() {
        if (context.shown() == context.platform()) {
            return;
        }
        show(context.platform());
        zoomManager().setZoom(platformZoom);
        viewer.getControl().getDisplay().asyncExec(() -> {
            if (!viewer.getControl().isDisposed()) {
                ((FigureCanvas) viewer.getControl()).scrollTo(platformScroll.x, platformScroll.y);
            }
        });
    }

    private void show(EObject element) {
        List<EObject> selected = new ArrayList<>();
        for (Object part : ((IStructuredSelection) viewer.getSelection()).toList()) {
            if (((EditPart) part).getModel() instanceof EObject model && model != element) {
                selected.add(model);
            }
        }
        context.show(element);
        viewer.setContents(element);
        shownWatchers.forEach(Runnable::run);
        select(selected);
    }

    /** What the diagram shows: the platform, or the socket opened on its own. */
    public EObject shown() {
        return context.shown();
    }

    /** The socket to open for the selection: a selected socket, or the socket holding the first box selected. */
    public Socket socketToOpen() {
        for (Object part : ((IStructuredSelection) viewer.getSelection()).toList()) {
            for (EObject e = ((EditPart) part).getModel() instanceof EObject m ? m : null; e != null;
                    e = e.eContainer()) {
                if (e instanceof Socket socket && socket != context.shown()) {
                    return socket;
                }
            }
        }
        return null;
    }

    /** Tells {@code watcher} each time the diagram opens a socket or returns to the platform. */
    void onShownChanged(Runnable watcher) {
        shownWatchers.add(watcher);
    }

    /** Writes the diagram (or, when boxes are selected, those boxes and what they hold) to {@code file}. */
    public void export(DiagramExport.Format format, Path file) throws IOException {
        export(format, file, true);
    }

    /** Writes the diagram to {@code file}: only the selected boxes when {@code selectionOnly} and some are. */
    public void export(DiagramExport.Format format, Path file, boolean selectionOnly) throws IOException {
        List<EObject> boxes = new ArrayList<>();
        for (Object part : ((IStructuredSelection) viewer.getSelection()).toList()) {
            if (selectionOnly && ((EditPart) part).getModel() instanceof EObject element
                    && DiagramStructure.isShown(element)) {
                boxes.add(element);
            }
        }
        if (boxes.isEmpty() && context.shown() != context.platform()) {
            boxes.add(context.shown()); // an opened socket exports as itself
        }
        DiagramExport.export(context.platform(), context.layout(), boxes, format, file);
    }

    /** Writes the layout beside the model, keeping only the geometry of elements that still exist. */
    public void save(Path modelFile) throws IOException {
        Set<String> keys = new HashSet<>();
        for (EObject element : DiagramStructure.allNodes(context.platform())) {
            keys.add(Ids.of(element));
        }
        for (Connection line : DiagramStructure.connections(context.platform())) {
            keys.add(line.key());
        }
        DiagramLayout kept = context.layout().copy();
        kept.retainAll(keys);
        LayoutFile.write(kept, LayoutFile.of(modelFile));
    }

    public void dispose() {
        context.domain().getCommandStack().removeCommandStackListener(commandWatcher);
        context.layout().removeListener(layoutWatcher);
    }
}
