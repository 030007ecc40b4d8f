/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;

import io.platsim.ui.Workbenches;
import io.platsim.ui.PlatsimUi;
import io.platsim.ui.charts.ChartsView;

/** The welcome page says what to do first and its links do it; About names the version and the build. */
class WelcomeAndAboutTest {

    @Test
    void theWelcomePageListsTheFirstStepsAndItsChartsLinkShowsTheCharts() throws Exception {
        Workbenches.page().hideView(Workbenches.page().findView(ChartsView.ID));
        IViewPart welcome = Workbenches.page().showView(WelcomeView.ID);
        Workbenches.drain();
        List<Link> links = new ArrayList<>();
        collect(welcome.getSite().getShell(), links);
        List<String> texts = links.stream().map(Link::getText).filter(t -> t.contains("<a>")).toList();
        for (String step : List.of("Open the two-socket server", "Run it", "Look at the charts",
                "Draw your own platform", "Explore a design space")) {
            assertTrue(texts.stream().anyMatch(t -> t.contains("<a>" + step + "</a>")), step + " in " + texts);
        }
        Link charts = links.stream().filter(l -> l.getText().contains("<a>Look at the charts</a>")).findFirst()
            .orElseThrow();
        charts.notifyListeners(SWT.Selection, new Event());
        Workbenches.drain();
        assertNotNull(Workbenches.page().findView(ChartsView.ID), "the link opened the Charts view");
        assertTrue(Workbenches.page().isPartVisible(Workbenches.page().findView(ChartsView.ID)));
        Workbenches.page().hideView(welcome);
    }

    @Test
    void aboutShowsTheVersionAndTheBuildTheProductWasMadeFrom() throws Exception {
        Bundle ui = Platform.getBundle(PlatsimUi.ID);
        URL mappings = FileLocator.find(ui, IPath.fromOSString("about.mappings"));
        assertNotNull(mappings, "the build puts about.mappings into the bundle");
        Properties values = new Properties();
        try (InputStream in = mappings.openStream()) {
            values.load(in);
        }
        Version version = ui.getVersion();
        assertEquals(version.getMajor() + "." + version.getMinor() + "." + version.getMicro(), values.get("0"));
        assertEquals(version.getQualifier(), values.get("1"), "the build's qualifier, filled in by the build");
        String about = null;
        for (IConfigurationElement product : Platform.getExtensionRegistry()
                .getConfigurationElementsFor("org.eclipse.core.runtime.products")) {
            for (IConfigurationElement property : product.getChildren("property")) {
                if (PlatsimUi.ID.equals(product.getContributor().getName())
                        && "aboutText".equals(property.getAttribute("name"))) {
                    about = property.getAttribute("value");
                }
            }
        }
        assertNotNull(about, "the product has an about text");
        assertTrue(about.startsWith("PlatSim {0}") && about.contains("Build {1}"), about);
    }

    private static void collect(Control control, List<Link> into) {
        if (control instanceof Link link) {
            into.add(link);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, into);
            }
        }
    }
}
