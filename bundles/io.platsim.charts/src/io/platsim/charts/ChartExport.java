/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.charts;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

import io.platsim.graphics.PdfFile;
import io.platsim.graphics.SvgFile;

/**
 * A chart as a PNG image, as vector SVG through JFree's Graphics2D back end, or as vector PDF with its font
 * embedded ({@link PdfFile}: "µs" stays "µs").
 */
public final class ChartExport {

    private ChartExport() {
    }

    /** Writes {@code chart} at {@code width} × {@code height} to {@code file}; the extension picks the format. */
    public static void write(JFreeChart chart, int width, int height, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            SVGGraphics2D g = new SVGGraphics2D(width, height);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
            Files.writeString(file, SvgFile.of(g.getSVGElement()), StandardCharsets.UTF_8);
        } else if (name.endsWith(".pdf")) {
            String title = chart.getTitle() == null ? "PlatSim chart" : chart.getTitle().getText();
            Files.write(file, PdfFile.write(title, width, height,
                g -> chart.draw(g, new Rectangle2D.Double(0, 0, width, height))));
        } else if (name.endsWith(".png")) {
            ChartUtils.saveChartAsPNG(file.toFile(), chart, width, height);
        } else {
            throw new IOException(file + ": charts export to .png, .svg or .pdf");
        }
    }
}
