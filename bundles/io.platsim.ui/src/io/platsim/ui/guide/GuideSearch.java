/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.guide;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.platsim.ui.guide.GuidePages.Page;

/**
 * Finds words in the guide's pages as the reader sees them (tables laid out, links as their words): every place a
 * page's text holds the query, whatever its case, with the section it is in and the line around it.
 */
final class GuideSearch {

    /** The most places listed for one query. */
    static final int MOST = 300;
    private static final int AROUND = 40;

    private GuideSearch() {
    }

    /** A place the query was found: its page, where in the page's text, and words to show for it. */
    record Hit(Page page, int offset, int length, String section, String snippet) {
    }

    /** The places {@code query} (trimmed; nothing for an empty one) is found, page by page in reading order. */
    static List<Hit> find(String query) {
        String wanted = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<Hit> hits = new ArrayList<>();
        if (wanted.isEmpty()) {
            return hits;
        }
        for (Page page : GuidePages.PAGES) {
            GuideText text;
            try {
                text = GuideText.of(GuidePages.read(page));
            } catch (IOException e) {
                continue; // a page missing from this installation has nothing to find
            }
            String lower = text.text().toLowerCase(Locale.ROOT);
            for (int at = lower.indexOf(wanted); at >= 0 && hits.size() < MOST; at = lower.indexOf(wanted,
                    at + wanted.length())) {
                hits.add(new Hit(page, at, wanted.length(), section(text, at), snippet(text.text(), at,
                    wanted.length())));
            }
        }
        return hits;
    }

    /** The title of the heading {@code offset} lies under, or the page's first. */
    private static String section(GuideText text, int offset) {
        String title = "";
        for (GuideText.Section section : text.sections()) {
            if (section.offset() <= offset) {
                title = section.title();
            }
        }
        return title;
    }

    /** The words around a hit, on its line, with "…" where the line goes on. */
    private static String snippet(String text, int offset, int length) {
        int lineStart = text.lastIndexOf('\n', offset) + 1;
        int lineEnd = text.indexOf('\n', offset + length);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        int from = Math.max(lineStart, offset - AROUND);
        int to = Math.min(lineEnd, offset + length + AROUND);
        return (from > lineStart ? "\u2026" : "") + text.substring(from, to).replace(GuideText.OBJECT, ' ').strip()
            + (to < lineEnd ? "\u2026" : "");
    }
}
