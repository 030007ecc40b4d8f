/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.platsim.ui.wizards.NewModelWizard;

/** The PlatSim perspective: projects on the left, the model in the middle, properties and problems below. */
public class PlatsimPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editors);
        left.addView(IPageLayout.ID_PROJECT_EXPLORER);
        IFolderLayout outline = layout.createFolder("outline", IPageLayout.BOTTOM, 0.6f, "left");
        outline.addView(IPageLayout.ID_OUTLINE);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.68f, editors);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(io.platsim.ui.charts.ChartsView.ID);
        bottom.addView("org.eclipse.ui.console.ConsoleView");
        bottom.addView("org.eclipse.ui.views.ProgressView");
        bottom.addPlaceholder(io.platsim.ui.workspace.WelcomeView.ID);
        layout.addPlaceholder(io.platsim.ui.guide.GuideView.ID, IPageLayout.RIGHT, 0.55f, editors);
        layout.addActionSet("org.eclipse.debug.ui.launchActionSet");

        layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(io.platsim.ui.charts.ChartsView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addNewWizardShortcut(NewModelWizard.ID);
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
    }
}
