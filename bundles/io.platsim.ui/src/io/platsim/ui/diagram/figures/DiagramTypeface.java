/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram.figures;

import java.io.IOException;
import java.net.URL;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import io.platsim.graphics.Fonts;

/** Makes {@link Fonts}' typeface known to SWT, from the files its bundle ships, once per display. */
final class DiagramTypeface {

    private static Display loadedOn;
    private static boolean loaded;

    private DiagramTypeface() {
    }

    /** True when the typeface's faces are loaded on {@code display}; false (and logged) when they cannot be. */
    static synchronized boolean load(Display display) {
        if (loadedOn == display) {
            return loaded;
        }
        loadedOn = display;
        loaded = true;
        Bundle bundle = FrameworkUtil.getBundle(Fonts.class);
        for (Fonts.Face face : Fonts.Face.values()) {
            try {
                URL entry = bundle == null ? null : bundle.getEntry(face.resource());
                String path = entry == null ? null : FileLocator.toFileURL(entry).getPath();
                loaded &= path != null && display.loadFont(path);
            } catch (IOException e) {
                ILog.of(DiagramTypeface.class).warn("The diagram font " + face.resource() + " cannot be read", e);
                loaded = false;
            }
        }
        if (!loaded) {
            ILog.of(DiagramTypeface.class).warn("The diagram falls back to the system font; exports may cut labels");
        }
        return loaded;
    }
}
