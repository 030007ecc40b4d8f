/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Link;

import io.platsim.diagram.NodeLabels;
import io.platsim.model.Platform;

/**
 * The row above the canvas while a socket is open on its own: "platform › socket", the platform a link back to
 * the whole diagram, and how many lines leave the socket and so are not drawn. Hidden while the platform shows.
 */
final class Breadcrumb {

    private Breadcrumb() {
    }

    static void create(Composite area, DiagramPage page) {
        Composite row = new Composite(area, SWT.NONE);
        GridLayout grid = new GridLayout(1, false);
        grid.marginHeight = 3;
        grid.marginWidth = 6;
        row.setLayout(grid);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        row.setLayoutData(data);
        Link path = new Link(row, SWT.NONE);
        path.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        path.addListener(SWT.Selection, e -> page.showPlatform());
        Runnable update = () -> {
            boolean open = !(page.shown() instanceof Platform);
            data.exclude = !open;
            row.setVisible(open);
            if (open) {
                int leaving = page.context().linesLeavingShown();
                path.setText("<a>" + escaped(page.context().platform().getName()) + "</a>  \u203A  "
                    + escaped(NodeLabels.title(page.shown()))
                    + (leaving == 0 ? "" : "      (" + leaving + (leaving == 1 ? " line leaves" : " lines leave")
                        + " this socket and " + (leaving == 1 ? "is" : "are") + " drawn only in the platform)"));
            }
            area.layout(true, true);
        };
        update.run();
        page.onShownChanged(update);
    }

    private static String escaped(String text) {
        return text == null ? "" : text.replace("&", "&&").replace("<", "&lt;");
    }
}
