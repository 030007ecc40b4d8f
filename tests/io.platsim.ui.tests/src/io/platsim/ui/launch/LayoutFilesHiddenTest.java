/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.launch;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.navigator.CommonViewer;
import org.junit.jupiter.api.Test;

import io.platsim.diagram.layout.LayoutFile;
import io.platsim.templates.Templates;

/** The Project Explorer shows a model and hides the layout file its diagram keeps beside it. */
class LayoutFilesHiddenTest {

    @Test
    void theProjectExplorerHidesLayoutFiles() throws Exception {
        IFile model = ModelProjects.fresh("Layout Files", Templates.small("lab"));
        IFile layout = model.getProject().getFile(model.getName() + LayoutFile.SUFFIX);
        layout.create(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)), true, null);
        CommonNavigator explorer = (CommonNavigator) PlatformUI.getWorkbench().getActiveWorkbenchWindow()
            .getActivePage().showView(IPageLayout.ID_PROJECT_EXPLORER);
        CommonViewer viewer = explorer.getCommonViewer();
        viewer.refresh();
        viewer.expandToLevel(model.getProject(), 1);
        assertNotNull(viewer.testFindItem(model), "the model is listed");
        assertNull(viewer.testFindItem(layout), "its " + layout.getName() + " is not");
    }
}
