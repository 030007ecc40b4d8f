/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram;

import org.eclipse.gef.palette.PaletteContainer;
import org.eclipse.gef.palette.ToolEntry;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

/** Finding what a user sees: a palette entry by its label, an open text field. */
final class Widgets {

    private Widgets() {
    }

    static ToolEntry find(PaletteContainer container, String label) {
        for (Object child : container.getChildren()) {
            if (child instanceof ToolEntry entry && label.equals(entry.getLabel())) {
                return entry;
            }
            if (child instanceof PaletteContainer inner) {
                ToolEntry found = find(inner, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static Text findText(Composite parent) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Text text && child.isVisible()) {
                return text;
            }
            if (child instanceof Composite inner) {
                Text found = findText(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
