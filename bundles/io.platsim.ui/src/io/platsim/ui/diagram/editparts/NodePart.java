/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram.editparts;

import java.util.List;

import org.eclipse.draw2d.ChopboxAnchor;
import org.eclipse.draw2d.ConnectionAnchor;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.gef.ConnectionEditPart;
import org.eclipse.gef.DragTracker;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.gef.editpolicies.ComponentEditPolicy;
import org.eclipse.gef.requests.GroupRequest;
import org.eclipse.gef.tools.DragEditPartsTracker;

import io.platsim.diagram.CoreGroup;
import io.platsim.diagram.DiagramStructure;
import io.platsim.diagram.Ids;
import io.platsim.diagram.NodeLabels;
import io.platsim.diagram.layout.Box;
import io.platsim.diagram.render.NodePainter;
import io.platsim.model.Socket;
import io.platsim.ui.diagram.DiagramContext;
import io.platsim.ui.diagram.commands.DiagramCommands;
import io.platsim.ui.diagram.commands.EmfCommand;
import io.platsim.ui.diagram.commands.FoldCommands;
import io.platsim.ui.diagram.figures.NodeFigure;
import io.platsim.ui.diagram.policies.BoxLayoutPolicy;
import io.platsim.ui.diagram.policies.LinePolicy;
import io.platsim.ui.diagram.policies.RenameManager;
import io.platsim.ui.diagram.policies.RenamePolicy;

/**
 * A box: any model element the diagram shows as one (a socket, a core, a device, a VM, a workload, ...). It watches
 * its own element and redraws itself, or adds and removes its boxes, when that element changes; lines and problems,
 * which depend on the whole model, reach it through the {@link PartIndex}.
 */
public final class NodePart extends AbstractGraphicalEditPart implements org.eclipse.gef.NodeEditPart {

    private final DiagramContext context;
    private final PartIndex index;
    private final Adapter watcher = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification notification) {
            if (notification.isTouch()) {
                return;
            }
            if (notification.getFeature() instanceof EReference reference && reference.isContainment()) {
                refreshChildren();
            }
            refreshVisuals();
        }
    };
    private String key;
    /** Whether the socket's cores were folded when its children were last listed (null before the first time). */
    private Boolean shownFolded;
    /** The title and detail the box last showed. */
    private String shownLabel;

    NodePart(EObject element, DiagramContext context, PartIndex index) {
        setModel(element);
        this.context = context;
        this.index = index;
    }

    public EObject element() {
        return (EObject) getModel();
    }

    /** The key of this box in the layout file, as it was when the part was activated. */
    String key() {
        return key;
    }

    @Override
    public void activate() {
        key = Ids.of(element());
        index.add(this);
        element().eAdapters().add(watcher);
        super.activate();
    }

    @Override
    public void deactivate() {
        super.deactivate();
        element().eAdapters().remove(watcher);
        index.remove(this);
    }

    @Override
    protected IFigure createFigure() {
        return new NodeFigure(element(), context.layout()::isFolded);
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.COMPONENT_ROLE, new ComponentEditPolicy() {
            @Override
            protected org.eclipse.gef.commands.Command createDeleteCommand(GroupRequest request) {
                return EmfCommand.of(DiagramCommands.delete(context, List.of(element())));
            }
        });
        installEditPolicy(EditPolicy.LAYOUT_ROLE, new BoxLayoutPolicy(context));
        installEditPolicy(EditPolicy.GRAPHICAL_NODE_ROLE, new LinePolicy(context));
        installEditPolicy(EditPolicy.DIRECT_EDIT_ROLE, new RenamePolicy(context));
    }

    @Override
    protected List<?> getModelChildren() {
        return DiagramStructure.children(element(), context.layout()::isFolded);
    }

    @Override
    protected List<?> getModelSourceConnections() {
        return context.outgoing(element());
    }

    @Override
    protected List<?> getModelTargetConnections() {
        return context.incoming(element());
    }

    /** The lines in or out of this box changed. */
    void linesChanged() {
        refreshSourceConnections();
        refreshTargetConnections();
    }

    @Override
    protected void refreshVisuals() {
        boolean folded = context.layout().isFolded(element());
        if (shownFolded != null && shownFolded != folded) {
            refreshChildren();
        }
        shownFolded = folded;
        shownLabel = label();
        Box box = context.layout().box(Ids.of(element()));
        if (box != null) {
            ((GraphicalEditPart) getParent()).setLayoutConstraint(this, getFigure(),
                new Rectangle(box.x(), box.y(), box.width(), box.height()));
        }
        ((NodeFigure) getFigure()).update(!getModelChildren().isEmpty(), context.problems(element()));
    }

    /**
     * Lists the boxes inside a folded socket again, and redraws those whose words changed: which cores are alike,
     * and how many a tile holds, may have changed with the model.
     */
    void refreshFolded() {
        refreshChildren();
        for (Object child : getChildren()) {
            NodePart part = (NodePart) child;
            if (!part.label().equals(part.shownLabel)) {
                part.refreshVisuals();
            }
        }
    }

    private String label() {
        return NodeLabels.title(element(), context.layout()::isFolded) + "\n"
            + NodeLabels.detail(element(), context.layout()::isFolded);
    }

    @Override
    public void performRequest(Request request) {
        if (RequestConstants.REQ_OPEN.equals(request.getType())
                && CoreGroup.foldedGroupOf(element(), context.layout()::isFolded) != null) {
            toggleFold(); // a double-click opens a folded tile
        } else if (RequestConstants.REQ_DIRECT_EDIT.equals(request.getType())
                || RequestConstants.REQ_OPEN.equals(request.getType())) {
            new RenameManager(this).show();
        }
    }

    /** Folds or unfolds the alike cores of this socket, or of the socket of this core. */
    void toggleFold() {
        Socket socket = FoldCommands.foldableSocket(element());
        if (socket != null) {
            context.domain().getCommandStack().execute(FoldCommands.fold(context, socket,
                !context.layout().isFolded(socket)));
        }
    }

    /** True when {@code absolute} (a point in the viewer) is on this box's fold toggle. */
    boolean onFoldToggle(org.eclipse.draw2d.geometry.Point absolute) {
        Rectangle r = getFigure().getBounds();
        Box toggle = NodePainter.foldToggle(element(), new Box(r.x, r.y, r.width, r.height));
        if (toggle == null) {
            return false;
        }
        org.eclipse.draw2d.geometry.Point p = absolute.getCopy();
        getFigure().getParent().translateToRelative(p);
        return p.x >= toggle.x() - 2 && p.x <= toggle.right() + 2 && p.y >= toggle.y() - 2
            && p.y <= toggle.bottom() + 2;
    }

    @Override
    public DragTracker getDragTracker(Request request) {
        return new DragEditPartsTracker(this) {
            @Override
            protected boolean handleButtonUp(int button) {
                if (button == 1 && isInState(STATE_DRAG) && onFoldToggle(getLocation())) {
                    setState(STATE_TERMINAL);
                    toggleFold();
                    handleFinished();
                    return true;
                }
                return super.handleButtonUp(button);
            }
        };
    }

    @Override
    public ConnectionAnchor getSourceConnectionAnchor(ConnectionEditPart connection) {
        return new ChopboxAnchor(getFigure());
    }

    @Override
    public ConnectionAnchor getTargetConnectionAnchor(ConnectionEditPart connection) {
        return new ChopboxAnchor(getFigure());
    }

    @Override
    public ConnectionAnchor getSourceConnectionAnchor(Request request) {
        return new ChopboxAnchor(getFigure());
    }

    @Override
    public ConnectionAnchor getTargetConnectionAnchor(Request request) {
        return new ChopboxAnchor(getFigure());
    }
}
