/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram.policies;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.eclipse.gef.tools.DirectEditManager;

import io.platsim.diagram.NodeLabels;
import io.platsim.diagram.render.Canvas;
import io.platsim.ui.diagram.editparts.NodePart;
import io.platsim.ui.diagram.figures.Draw2dCanvas;

/** The text field over a box's title while it is renamed in place (F2, or a click on a selected box). */
public final class RenameManager extends DirectEditManager {

    private final NodePart part;

    public RenameManager(NodePart part) {
        super(part, TextCellEditor.class, cellEditor -> {
            IFigure figure = part.getFigure();
            Rectangle r = figure.getBounds().getCopy();
            figure.translateToAbsolute(r);
            Text text = (Text) cellEditor.getControl();
            int height = text.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
            text.setBounds(r.x + 24, r.y + 3, Math.max(80, r.width - 30), height);
        });
        this.part = part;
    }

    @Override
    protected CellEditor createCellEditorOn(org.eclipse.swt.widgets.Composite composite) {
        return new TextCellEditor(composite, SWT.SINGLE);
    }

    @Override
    protected void initCellEditor() {
        getCellEditor().setValue(NodeLabels.title(part.element()));
        ((Text) getCellEditor().getControl()).setFont(Draw2dCanvas.font(Canvas.Font.TITLE));
        ((Text) getCellEditor().getControl()).selectAll();
    }
}
