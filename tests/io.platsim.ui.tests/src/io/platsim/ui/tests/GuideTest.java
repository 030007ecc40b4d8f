/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import io.platsim.ui.guide.GuidePages;
import io.platsim.ui.guide.GuideText;
import io.platsim.ui.guide.GuideView;

/** Help > Help Contents opens PlatSim's guide: README.md and docs/, read in the workbench, their links followed. */
class GuideTest {

    @Test
    void helpContentsOpensTheGuideAndALinkOpensTheEnginesPage() throws Exception {
        PlatformUI.getWorkbench().getHelpSystem().displayHelp();
        Workbenches.drain();
        GuideView guide = (GuideView) Workbenches.page().findView(GuideView.ID);
        assertNotNull(guide, "Help Contents opened the guide");
        assertEquals("Getting started", guide.shown().title());
        assertTrue(guide.shownText().startsWith("PlatSim\n"), guide.shownText().substring(0, 40));
        assertTrue(guide.shownText().contains("./platsim test"), "the commands, as code");
        GuidePages.Target engine = GuidePages.resolve(guide.shown(), "docs/engine.md");
        assertNotNull(engine, "README's link to docs/engine.md leads into the guide");
        guide.show(engine.page(), engine.anchor());
        assertEquals("The engine", guide.shown().title());
        assertTrue(guide.shownText().contains("Packages"), "the engine's page, with its sections");
        Workbenches.page().hideView(guide);
    }

    @Test
    void everyPageIsInTheProductAndEveryLinkBetweenPagesLeadsToAPage() throws Exception {
        for (GuidePages.Page page : GuidePages.PAGES) {
            GuideText text = GuideText.of(GuidePages.read(page));
            assertFalse(text.sections().isEmpty(), page.path() + " has headings");
            for (GuideText.Span span : text.spans()) {
                String link = span.target();
                if (span.style() == GuideText.Style.LINK && link != null && link.endsWith(".md")) {
                    assertNotNull(GuidePages.resolve(page, link), page.path() + " links to " + link
                        + ", which the guide does not have");
                }
            }
        }
    }

    @Test
    void markdownReadsAsTheGuideShowsIt() {
        GuideText text = GuideText.of("# Title\n\nSome *stress*, `code` and [a link](docs/sweeps.md#results).\n\n"
            + "- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        assertEquals("Title\n\nSome stress, code and a link.\n\n•  one\n•  two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
            text.text());
        assertEquals(List.of(new GuideText.Section(1, "Title", 0)), text.sections());
        assertTrue(text.spans().contains(new GuideText.Span(29, 6, GuideText.Style.LINK, "docs/sweeps.md#results")),
            text.spans().toString());
        assertEquals("results", GuidePages.anchor("Results"));
    }
}
