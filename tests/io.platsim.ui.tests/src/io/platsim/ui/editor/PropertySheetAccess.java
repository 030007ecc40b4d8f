/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.editor;

import org.eclipse.ui.views.properties.IPropertySource;

/** Lets tests reach the property source behind the PlatSim Properties page, as the view's cell editors do. */
public final class PropertySheetAccess {

    private PropertySheetAccess() {
    }

    public static IPropertySource source(Object page, Object element) {
        return ((ModelPropertySheetPage) page).propertySource(element);
    }
}
