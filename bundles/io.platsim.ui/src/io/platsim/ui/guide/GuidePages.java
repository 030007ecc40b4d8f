/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.guide;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;

import io.platsim.ui.PlatsimUi;

/**
 * The guide's pages: README.md and docs/, which the build copies into this bundle under {@value #ROOT}, in the
 * order a new user reads them.
 */
public final class GuidePages {

    /** Where the guide lies in the bundle. */
    static final String ROOT = "guide/";

    /** A page: its title in the contents and its path under the guide's root, as the repository has it. */
    public record Page(String title, String path) {
    }

    /** Every page, in reading order. */
    public static final List<Page> PAGES = List.of(
        new Page("Getting started", "README.md"),
        new Page("The diagram", "docs/diagram.md"),
        new Page("Runs and charts", "docs/run-folder.md"),
        new Page("Sweeps", "docs/sweeps.md"),
        new Page("The engine", "docs/engine.md"),
        new Page("Validation against measurements", "docs/validation.md"),
        new Page("Scenarios", "docs/scenarios.md"),
        new Page("Model reference", "docs/model-reference.md"),
        new Page("Trace format", "docs/trace-format.md"),
        new Page("Reliability", "docs/reliability.md"));

    private GuidePages() {
    }

    /** The Markdown of {@code page}. */
    public static String read(Page page) throws IOException {
        URL url = FileLocator.find(Platform.getBundle(PlatsimUi.ID), IPath.fromOSString(ROOT + page.path()));
        if (url == null) {
            throw new IOException("The guide's " + page.path() + " is not in this installation of PlatSim");
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The file of the guide a link from {@code from} names (a picture, say), or null when it has none. */
    static URL file(Page from, String link) {
        if (link == null || link.contains("://")) {
            return null;
        }
        String path = URI.create(from.path()).resolve(URI.create(link.replace(" ", "%20"))).getPath();
        return FileLocator.find(Platform.getBundle(PlatsimUi.ID), IPath.fromOSString(ROOT + path));
    }

    /**
     * The page a link from {@code from} leads to, and the heading after its '#' (null for none); null when the
     * link leads out of the guide (a web address, a file the guide does not have).
     */
    public static Target resolve(Page from, String link) {
        if (link == null || link.contains("://") || link.startsWith("mailto:")) {
            return null;
        }
        int hash = link.indexOf('#');
        String file = hash < 0 ? link : link.substring(0, hash);
        String anchor = hash < 0 ? null : link.substring(hash + 1);
        String path = file.isEmpty() ? from.path()
            : URI.create(from.path()).resolve(URI.create(file.replace(" ", "%20"))).getPath();
        for (Page page : PAGES) {
            if (page.path().equals(path)) {
                return new Target(page, anchor);
            }
        }
        return null;
    }

    /** Where a link leads: a page and a heading's anchor on it, or null for its top. */
    public record Target(Page page, String anchor) {
    }

    /** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
    public static String anchor(String heading) {
        return heading.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N} -]", "").replace(' ', '-');
    }
}
