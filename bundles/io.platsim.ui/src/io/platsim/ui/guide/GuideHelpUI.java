/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.guide;

import org.eclipse.help.IContext;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.help.AbstractHelpUI;

import io.platsim.ui.PlatsimUi;

/**
 * The workbench's help presentation (Help > Help Contents, Search, context help): every request opens PlatSim's
 * guide in the Guide view, at the page a help address names when it names one.
 */
public class GuideHelpUI extends AbstractHelpUI {

    @Override
    public void displayHelp() {
        open(null);
    }

    @Override
    public void displaySearch() {
        GuideView view = open(null);
        if (view != null) {
            view.focusSearch();
        }
    }

    @Override
    public void displayDynamicHelp() {
        open(null);
    }

    @Override
    public void displayContext(IContext context, int x, int y) {
        open(null);
    }

    @Override
    public void displayHelpResource(String href) {
        open(href);
    }

    @Override
    public boolean isContextHelpDisplayed() {
        return false;
    }

    /**
     * Opens the guide, at the page of {@code href} (a path such as {@code docs/engine.md#caches}) if it has one;
     * null when there is no window to open it in.
     */
    private static GuideView open(String href) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null || window.getActivePage() == null) {
            return null;
        }
        try {
            GuideView view = (GuideView) window.getActivePage().showView(GuideView.ID);
            GuidePages.Target target = href == null ? null : GuidePages.resolve(GuidePages.PAGES.get(0), href);
            if (target != null) {
                view.show(target.page(), target.anchor());
            }
            return view;
        } catch (PartInitException e) {
            PlatsimUi.log("Could not open the guide", e);
            return null;
        }
    }
}
