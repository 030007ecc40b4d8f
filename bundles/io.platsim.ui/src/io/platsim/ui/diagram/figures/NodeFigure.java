/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram.figures;

import java.util.List;
import java.util.function.Predicate;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.XYLayout;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;

import io.platsim.diagram.CoreGroup;
import io.platsim.diagram.NodeLabels;
import io.platsim.diagram.layout.Box;
import io.platsim.diagram.render.NodePainter;
import io.platsim.model.labels.Labels;
import io.platsim.model.validation.ValidationProblem;

/**
 * One box of the diagram, painted by the shared {@link NodePainter}; the boxes it holds are its children, placed
 * relative to its top-left corner.
 */
public final class NodeFigure extends Figure {

    private final EObject element;
    private final Predicate<EObject> folded;
    private boolean container;
    private int severity;

    /** The box of {@code element}, drawn as a tile when {@code folded} folds it with its alike cores. */
    public NodeFigure(EObject element, Predicate<EObject> folded) {
        this.element = element;
        this.folded = folded;
        setLayoutManager(new XYLayout());
        setOpaque(false);
    }

    @Override
    protected boolean useLocalCoordinates() {
        return true;
    }

    /** Shows the element's current state: whether it holds boxes, and its problems as a badge and a tooltip. */
    public void update(boolean holdsBoxes, List<ValidationProblem> problems) {
        container = holdsBoxes;
        severity = problems.isEmpty() ? 0
            : problems.get(0).severity() == ValidationProblem.Severity.ERROR ? NodePainter.ERROR : NodePainter.WARNING;
        CoreGroup group = CoreGroup.foldedGroupOf(element, folded);
        StringBuilder tip = new StringBuilder(group == null ? Labels.describe(element)
            : group.title() + ": " + NodeLabels.title(group.first()) + " to "
                + NodeLabels.title(group.cores().get(group.cores().size() - 1)) + " (double-click to unfold)");
        String detail = NodeLabels.detail(element, folded);
        if (!detail.isEmpty()) {
            tip.append('\n').append(detail);
        }
        for (ValidationProblem problem : problems) {
            tip.append('\n').append(problem.severity() == ValidationProblem.Severity.ERROR ? "Error: " : "Warning: ")
                .append(problem.message());
        }
        setToolTip(new Label(tip.toString()));
        repaint();
    }

    public int severity() {
        return severity;
    }

    @Override
    protected void paintFigure(Graphics g) {
        g.setAntialias(SWT.ON);
        g.setTextAntialias(SWT.ON);
        Rectangle r = getBounds();
        g.pushState();
        try {
            NodePainter.paint(new Draw2dCanvas(g), element, new Box(r.x, r.y, r.width, r.height), container, severity,
                folded);
        } catch (RuntimeException e) {
            io.platsim.ui.PlatsimUi.log("Painting " + element + " failed", e);
        } finally {
            g.popState();
        }
    }
}
