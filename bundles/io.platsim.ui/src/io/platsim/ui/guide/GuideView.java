/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.guide;

import java.io.IOException;
import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.GlyphMetrics;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.part.ViewPart;

import io.platsim.ui.PlatsimUi;
import io.platsim.ui.guide.GuidePages.Page;

/**
 * PlatSim's guide, as Help > Help Contents opens it: a search box and the pages with their sections on the left,
 * the page on the right; a link to another page of the guide opens it there.
 */
public class GuideView extends ViewPart {

    public static final String ID = PlatsimUi.ID + ".guide";

    private Tree contents;
    private Text search;
    /** Whether the tree lists a search's results rather than the contents. */
    private boolean searching;
    private StyledText page;
    private Page shown;
    private GuideText text;
    private Font[] headings;
    private final GuidePictures pictures = new GuidePictures();
    /** The width the pictures were scaled for. */
    private int pictureWidth;

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        Composite left = new Composite(sash, SWT.NONE);
        GridLayout column = new GridLayout(1, false);
        column.marginWidth = 0;
        column.marginHeight = 0;
        left.setLayout(column);
        search = new Text(left, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage("Search the guide");
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        search.addListener(SWT.DefaultSelection, e -> search(e.detail == SWT.ICON_CANCEL ? "" : search.getText()));
        search.addListener(SWT.Modify, e -> {
            if (search.getText().isEmpty() && searching) {
                search("");
            }
        });
        contents = new Tree(left, SWT.SINGLE | SWT.BORDER);
        contents.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        page = new StyledText(sash, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        page.setMargins(16, 12, 16, 12);
        page.setEditable(false);
        sash.setWeights(1, 4);
        Font base = JFaceResources.getDialogFont();
        headings = new Font[] {font(base, 1.6), font(base, 1.3), font(base, 1.1)};
        listPages();
        contents.addListener(SWT.Selection, e -> {
            TreeItem item = (TreeItem) e.item;
            if (item.getData() instanceof Page chosen) {
                show(chosen, null);
            } else if (item.getData() instanceof GuideText.Section section) {
                scrollTo(section.offset());
            } else if (item.getData() instanceof GuideSearch.Hit hit) {
                show(hit.page(), null);
                page.setSelectionRange(hit.offset(), hit.length());
                topLine(page.getLineAtOffset(hit.offset())); // its paragraph at the top, the words in view
                page.showSelection();
            }
        });
        page.addPaintObjectListener(e -> {
            if (e.style.data instanceof Image picture) {
                e.gc.drawImage(picture, e.x, e.y + e.ascent - e.style.metrics.ascent);
            }
        });
        page.addListener(SWT.Resize, e -> {
            if (Math.abs(width() - pictureWidth) > 40 && !pictures.bounds().isEmpty()) {
                int top = page.getTopIndex();
                render(); // the pictures, scaled for the new width
                topLine(top);
            }
        });
        page.addListener(SWT.MouseUp, e -> follow(page.getOffsetAtPoint(new org.eclipse.swt.graphics.Point(e.x,
            e.y))));
        show(GuidePages.PAGES.get(0), null);
    }

    private static Font font(Font base, double scale) {
        FontData data = base.getFontData()[0];
        return new Font(Display.getCurrent(), data.getName(), (int) Math.round(data.getHeight() * scale), SWT.BOLD);
    }

    /** Shows {@code target} from its top, or from the heading whose anchor is {@code anchor}. */
    public void show(Page target, String anchor) {
        if (target != shown) {
            try {
                text = GuideText.of(GuidePages.read(target));
            } catch (IOException e) {
                text = GuideText.of("# " + target.title() + "\n\n" + e.getMessage());
            }
            shown = target;
            render();
            select(target);
        }
        int offset = 0;
        for (GuideText.Section section : text.sections()) {
            if (anchor != null && GuidePages.anchor(section.title()).equals(anchor)) {
                offset = section.offset();
                break;
            }
        }
        scrollTo(offset);
    }

    /** The page shown. */
    public Page shown() {
        return shown;
    }

    /** The text shown, as the reader sees it. */
    public String shownText() {
        return page.getText();
    }

    /** The sizes of the pictures the page shows. */
    public List<org.eclipse.swt.graphics.Rectangle> pictures() {
        return pictures.bounds();
    }

    /** The width a picture may take: the page's, less its margins; a guess before the page is laid out. */
    private int width() {
        int client = page.getClientArea().width - page.getLeftMargin() - page.getRightMargin() - 8;
        return client < 200 ? 900 : client;
    }

    private void render() {
        pictures.dispose();
        pictureWidth = width();
        page.setText(text.text());
        Font mono = JFaceResources.getTextFont();
        for (GuideText.Span span : text.spans()) {
            StyleRange range = new StyleRange();
            range.start = span.start();
            range.length = span.length();
            switch (span.style()) {
                case HEADING_1 -> range.font = headings[0];
                case HEADING_2 -> range.font = headings[1];
                case HEADING_3 -> range.font = headings[2];
                case BOLD -> range.fontStyle = SWT.BOLD;
                case ITALIC -> range.fontStyle = SWT.ITALIC;
                case CODE -> range.font = mono;
                case CODE_BOLD -> range.font = JFaceResources.getFontRegistry().getBold(JFaceResources.TEXT_FONT);
                case LINK -> {
                    range.underline = true;
                    range.underlineStyle = SWT.UNDERLINE_LINK;
                    range.data = span.target();
                }
                case PICTURE -> picture(range, span.target());
                case CAPTION -> {
                    range.fontStyle = SWT.ITALIC;
                    range.foreground = page.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
                }
                default -> throw new IllegalStateException(span.style().name());
            }
            page.setStyleRange(range);
        }
        GC gc = new GC(page);
        int space = gc.textExtent(" ").x;
        gc.dispose();
        for (var indent : text.indents().entrySet()) {
            int line = page.getLineAtOffset(indent.getKey());
            page.setLineIndent(line, 1, indent.getValue() * space);
            page.setLineWrapIndent(line, 1, (indent.getValue() + 3) * space);
        }
    }

    /** Draws the picture {@code link} names in {@code range}'s place; nothing when it cannot be read. */
    private void picture(StyleRange range, String link) {
        Image picture = pictures.load(page.getDisplay(), shown, link, pictureWidth);
        if (picture != null) {
            range.data = picture;
            range.metrics = new GlyphMetrics(picture.getBounds().height, 0, picture.getBounds().width);
        } else {
            range.metrics = new GlyphMetrics(0, 0, 0);
        }
    }

    /**
     * Lists the places the guide holds {@code query} in place of the contents, page by page, each as the words
     * around it; choosing one opens its page with the words selected. An empty query brings the contents back.
     */
    public void search(String query) {
        if (!query.equals(search.getText())) {
            search.setText(query);
        }
        contents.removeAll();
        searching = !query.isBlank();
        if (!searching) {
            listPages();
            select(shown);
            return;
        }
        List<GuideSearch.Hit> hits = GuideSearch.find(query);
        TreeItem summary = new TreeItem(contents, SWT.NONE);
        summary.setText(hits.isEmpty() ? "No page holds \u201C" + query.strip() + "\u201D"
            : (hits.size() >= GuideSearch.MOST ? "The first " : "") + hits.size()
                + (hits.size() == 1 ? " place holds \u201C" : " places hold \u201C") + query.strip() + "\u201D");
        TreeItem pageItem = null;
        for (GuideSearch.Hit hit : hits) {
            if (pageItem == null || pageItem.getData() != hit.page()) {
                pageItem = new TreeItem(contents, SWT.NONE);
                pageItem.setText(hit.page().title());
                pageItem.setData(hit.page());
            }
            TreeItem item = new TreeItem(pageItem, SWT.NONE);
            item.setText(hit.section().isEmpty() ? hit.snippet() : hit.section() + ": " + hit.snippet());
            item.setData(hit);
            pageItem.setExpanded(true);
        }
    }

    /** The tree on the left: the pages and their sections, or a search's results. */
    public Tree contents() {
        return contents;
    }

    /** The range of the page's text selected, as (start, end). */
    public org.eclipse.swt.graphics.Point selection() {
        return page.getSelection();
    }

    /** Puts the cursor in the search box (Help > Search). */
    public void focusSearch() {
        search.setFocus();
        search.selectAll();
    }

    private void listPages() {
        for (Page each : GuidePages.PAGES) {
            TreeItem item = new TreeItem(contents, SWT.NONE);
            item.setText(each.title());
            item.setData(each);
        }
    }

    private void select(Page target) {
        if (searching) {
            return; // the results stay listed while their pages are read
        }
        for (TreeItem item : contents.getItems()) {
            item.removeAll();
            if (item.getData() == target) {
                List<GuideText.Section> sections = text.sections().stream().filter(s -> s.level() == 2).toList();
                for (GuideText.Section section : sections) {
                    TreeItem child = new TreeItem(item, SWT.NONE);
                    child.setText(section.title());
                    child.setData(section);
                }
                item.setExpanded(true);
                contents.setSelection(item);
            }
        }
    }

    private void scrollTo(int offset) {
        topLine(page.getLineAtOffset(offset));
    }

    /** Scrolls so {@code line} is the first shown; the first line with the page's top margin above it. */
    private void topLine(int line) {
        if (line == 0) {
            page.setTopPixel(0);
        } else {
            page.setTopIndex(line);
        }
    }

    /** Opens what the link at {@code offset} leads to, when it leads into the guide. */
    private void follow(int offset) {
        if (offset < 0) {
            return;
        }
        StyleRange range = page.getStyleRangeAtOffset(offset);
        if (range != null && range.data instanceof String link) {
            GuidePages.Target target = GuidePages.resolve(shown, link);
            if (target != null) {
                show(target.page(), target.anchor());
            }
        }
    }

    @Override
    public void setFocus() {
        page.setFocus();
    }

    @Override
    public void dispose() {
        pictures.dispose();
        if (headings != null) {
            for (Font font : headings) {
                font.dispose();
            }
        }
        super.dispose();
    }
}
