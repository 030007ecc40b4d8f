/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.graphics;

import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The typeface PlatSim draws diagrams with, and embeds in the PDF files it writes: DejaVu Sans, shipped in this
 * bundle (fonts/, with its licence) so that the editor, PNG, SVG and PDF measure and draw the same glyphs on every
 * machine, µ, ×, · and → included.
 */
public final class Fonts {

    /** The family name the font files declare, as SWT and SVG viewers look it up. */
    public static final String FAMILY = "DejaVu Sans";

    /** The two faces PlatSim uses. */
    public enum Face {
        REGULAR("fonts/DejaVuSans.ttf"), BOLD("fonts/DejaVuSans-Bold.ttf");

        private final String resource;

        Face(String resource) {
            this.resource = resource;
        }

        /** The face's file, as a path inside this bundle (or its jar). */
        public String resource() {
            return resource;
        }
    }

    private static final Map<Face, java.awt.Font> AWT = new EnumMap<>(Face.class);

    private Fonts() {
    }

    /** The face's TrueType file; the caller closes it. */
    public static InputStream open(Face face) {
        InputStream in = Fonts.class.getClassLoader().getResourceAsStream(face.resource);
        if (in == null) {
            throw new IllegalStateException(face.resource + " is missing from the io.platsim.graphics bundle");
        }
        return in;
    }

    /**
     * {@code face} at {@code pixels} pixels (Java2D's unit: a point of a 72-dpi device) for AWT. The bold face also
     * says it is bold, so that SVG writes its weight; its glyphs are bold already, so none is emboldened twice.
     */
    public static java.awt.Font awt(Face face, float pixels) {
        java.awt.Font base;
        synchronized (AWT) {
            base = AWT.computeIfAbsent(face, Fonts::load);
        }
        return base.deriveFont(face == Face.BOLD ? java.awt.Font.BOLD : java.awt.Font.PLAIN, pixels);
    }

    private static java.awt.Font load(Face face) {
        try (InputStream in = open(face)) {
            return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(face.resource + " is not a TrueType font", e);
        }
    }
}
