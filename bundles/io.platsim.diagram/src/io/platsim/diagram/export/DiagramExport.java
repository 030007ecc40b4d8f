/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.diagram.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.function.Predicate;

import javax.imageio.ImageIO;

import org.eclipse.emf.ecore.EObject;
import org.jfree.svg.SVGGraphics2D;

import io.platsim.diagram.layout.AutoLayout;
import io.platsim.diagram.layout.Box;
import io.platsim.diagram.layout.DiagramLayout;
import io.platsim.diagram.render.AwtCanvas;
import io.platsim.diagram.render.DiagramRenderer;
import io.platsim.graphics.PdfFile;
import io.platsim.graphics.SvgFile;
import io.platsim.model.Platform;

/**
 * Writes a diagram, or the part of it that holds a selection, as PNG, as vector SVG through JFree's Graphics2D back
 * end (the glyphs its text uses embedded by {@link SvgFile}), or as vector PDF with its font embedded
 * ({@link PdfFile}). The files are written whole and then moved into place.
 */
public final class DiagramExport {

    /** The file formats a diagram exports to. */
    public enum Format {
        PNG, SVG, PDF;

        /** The format named {@code name} (any case), or null. */
        public static Format named(String name) {
            for (Format format : values()) {
                if (format.name().equalsIgnoreCase(name)) {
                    return format;
                }
            }
            return null;
        }

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private DiagramExport() {
    }

    /**
     * Exports the boxes of {@code selection} and everything inside them (the whole diagram when the selection is
     * null or empty), with the lines between them, to {@code file}.
     *
     * @throws IOException when the file cannot be written, or when the selection has no box
     */
    public static void export(Platform platform, DiagramLayout layout, Collection<? extends EObject> selection,
            Format format, Path file) throws IOException {
        Predicate<EObject> include = selection == null || selection.isEmpty() ? e -> true
            : e -> inside(e, selection);
        Box bounds = DiagramRenderer.bounds(DiagramRenderer.absoluteBoxes(platform, layout), include);
        if (bounds == null) {
            throw new IOException("Nothing to export: " + (include.test(platform) ? "the diagram is empty"
                : "the selection has no box in the diagram"));
        }
        int margin = AutoLayout.MARGIN;
        int width = bounds.width() + 2 * margin;
        int height = bounds.height() + 2 * margin;
        int dx = margin - bounds.x();
        int dy = margin - bounds.y();
        Path temporary = file.toAbsolutePath().resolveSibling("." + file.getFileName() + ".part");
        try {
            switch (format) {
                case PNG -> {
                    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
                    Graphics2D g = image.createGraphics();
                    paint(g, platform, layout, include, width, height, dx, dy);
                    g.dispose();
                    ImageIO.write(image, "png", temporary.toFile());
                }
                case SVG -> {
                    SVGGraphics2D g = new SVGGraphics2D(width, height);
                    paint(g, platform, layout, include, width, height, dx, dy);
                    Files.writeString(temporary, SvgFile.of(g.getSVGElement()), StandardCharsets.UTF_8);
                }
                case PDF -> Files.write(temporary, PdfFile.write(platform.getName(), width, height,
                    g -> paint(g, platform, layout, include, width, height, dx, dy)));
                default -> throw new IllegalArgumentException(format.name());
            }
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void paint(Graphics2D g, Platform platform, DiagramLayout layout, Predicate<EObject> include,
            int width, int height, int dx, int dy) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        DiagramRenderer.paint(new AwtCanvas(g), platform, layout, include, e -> 0, dx, dy);
    }

    /** True when {@code element} is one of {@code selection} or lies inside one. */
    static boolean inside(EObject element, Collection<? extends EObject> selection) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (selection.contains(e)) {
                return true;
            }
        }
        return false;
    }
}
