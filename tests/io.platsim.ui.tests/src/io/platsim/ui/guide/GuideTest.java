/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import io.platsim.ui.Workbenches;


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
        assertEquals(1, guide.pictures().size(), "README's screenshot is drawn in the page");
        org.eclipse.swt.graphics.Rectangle shot = guide.pictures().get(0);
        assertEquals(1.6, (double) shot.width / shot.height, 0.02, "the 1600 x 1000 screenshot, scaled whole: " + shot);
        assertTrue(shot.width >= 200, "at the page's width: " + shot);
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
            assertTrue(text.text().lines().noneMatch(line -> line.startsWith("|")), page.path()
                + " shows its tables laid out, not as Markdown rows");
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
    void helpSearchFindsWordsInEveryPageAndAResultOpensItsPageWithTheWordsSelected() {
        PlatformUI.getWorkbench().getHelpSystem().displaySearch();
        Workbenches.drain();
        GuideView guide = (GuideView) Workbenches.page().findView(GuideView.ID);
        assertNotNull(guide, "Help > Search opened the guide");
        guide.search("zeppelin");
        org.eclipse.swt.widgets.Tree tree = guide.contents();
        assertTrue(tree.getItem(0).getText().startsWith("No page holds"), tree.getItem(0).getText());
        guide.search("iotlb");
        assertTrue(tree.getItem(0).getText().matches("\\d+ places hold \u201Ciotlb\u201D"), tree.getItem(0).getText());
        org.eclipse.swt.widgets.TreeItem engine = java.util.Arrays.stream(tree.getItems())
            .filter(item -> "The engine".equals(item.getText())).findFirst().orElseThrow();
        org.eclipse.swt.widgets.TreeItem hit = engine.getItem(0);
        tree.setSelection(hit);
        org.eclipse.swt.widgets.Event click = new org.eclipse.swt.widgets.Event();
        click.item = hit;
        tree.notifyListeners(org.eclipse.swt.SWT.Selection, click);
        assertEquals("The engine", guide.shown().title(), "the result opened its page");
        org.eclipse.swt.graphics.Point selected = guide.selection();
        assertEquals("iotlb", guide.shownText().substring(selected.x, selected.y).toLowerCase(java.util.Locale.ROOT),
            "with the words found selected");
        guide.search("");
        assertEquals(GuidePages.PAGES.get(0).title(), tree.getItem(0).getText(), "an empty search lists the pages");
        Workbenches.page().hideView(guide);
    }

    @Test
    void aWideTableReadsAsOneRecordPerRow() {
        String sentence = "Four engines behind a 32-entry shared queue get every descriptor through without a retry "
            + "while the submitters are few";
        GuideText text = GuideText.of("| Scenario | Models | What it shows |\n|---|---|---|\n"
            + "| 5 Shared work queue | `submitters-4`, `submitters-32` | " + sentence + " ([docs](docs/engine.md)). |\n"
            + "| 6 Faults | `page-faults` | |\n");
        assertEquals("5 Shared work queue\nModels: submitters-4, submitters-32\nWhat it shows: " + sentence
            + " (docs).\n\n6 Faults\nModels: page-faults\n", text.text());
        String shown = text.text();
        int models = shown.indexOf("Models");
        assertEquals(3, text.indents().get(models), "each column's line is indented under its row");
        assertTrue(text.spans().contains(new GuideText.Span(0, 19, GuideText.Style.BOLD, null)), "the row's name");
        assertTrue(text.spans().contains(new GuideText.Span(models, 8, GuideText.Style.ITALIC, null)));
        assertTrue(text.spans().contains(new GuideText.Span(shown.indexOf("submitters-4"), 12, GuideText.Style.CODE,
            null)), text.spans().toString());
        assertTrue(text.spans().contains(new GuideText.Span(shown.indexOf("docs)"), 4, GuideText.Style.LINK,
            "docs/engine.md")), text.spans().toString());
    }

    @Test
    void markdownReadsAsTheGuideShowsIt() {
        GuideText text = GuideText.of("# Title\n\nSome *stress*, `code` and [a link](docs/sweeps.md#results).\n\n"
            + "- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        assertEquals("Title\n\nSome stress, code and a link.\n\n•  one\n•  two\n\na   b\n\u2500   \u2500\n1   2\n",
            text.text(), "a narrow table is a grid under a rule");
        int header = text.text().indexOf("a   b");
        assertTrue(text.spans().contains(new GuideText.Span(header, 5, GuideText.Style.CODE_BOLD, null)),
            text.spans().toString());
        assertEquals(List.of(new GuideText.Section(1, "Title", 0)), text.sections());
        assertTrue(text.spans().contains(new GuideText.Span(29, 6, GuideText.Style.LINK, "docs/sweeps.md#results")),
            text.spans().toString());
        assertEquals("results", GuidePages.anchor("Results"));
        GuideText picture = GuideText.of("Before.\n\n![The workbench at Fit](images/workbench.png)\n");
        assertEquals("Before.\n\n" + GuideText.OBJECT + "\nThe workbench at Fit\n", picture.text(),
            "a picture takes one character's place, its words under it");
        assertTrue(picture.spans().contains(new GuideText.Span(9, 1, GuideText.Style.PICTURE, "images/workbench.png")),
            picture.spans().toString());
    }
}
