/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A chart exported as PDF keeps its words: µ, × and · are drawn from an embedded font, and a reader finds them. */
class ChartExportTest {

    @TempDir
    Path folder;

    private static JFreeChart chart() {
        XYSeries series = new XYSeries("nic100g · Gen4 ×16");
        for (int i = 0; i < 50; i++) {
            series.add(i * 0.5, 10 + i % 7);
        }
        return ChartFactory.createXYLineChart("DMA latency, p99 × 2", "Time (µs)", "Latency (µs)",
            new XYSeriesCollection(series));
    }

    @Test
    void aPdfChartEmbedsItsFontAndItsTextReadsBack() throws Exception {
        Path file = folder.resolve("latency.pdf");
        ChartExport.write(chart(), 640, 400, file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertEquals("DMA latency, p99 × 2", pdf.getDocumentInformation().getTitle());
            String text = new PDFTextStripper().getText(pdf);
            // JFreeChart draws the rotated range-axis label as outlines: right glyphs, but not text.
            for (String words : List.of("DMA latency, p99 × 2", "Time (µs)", "nic100g · Gen4 ×16")) {
                assertTrue(text.contains(words), () -> "'" + words + "' is not in the PDF's text: " + text);
            }
            assertFalse(text.contains("?"), "a character turned into '?'");
            PDResources page = pdf.getPage(0).getResources();
            int fonts = 0;
            for (COSName name : page.getXObjectNames()) {
                if (page.getXObject(name) instanceof PDFormXObject form) {
                    for (COSName font : form.getResources().getFontNames()) {
                        assertTrue(form.getResources().getFont(font).isEmbedded(), font.getName());
                        fonts++;
                    }
                }
            }
            assertTrue(fonts > 0, "the chart's text is text, in embedded fonts");
        }
    }

    @Test
    void theSameChartGivesTheSamePdfBytes() throws Exception {
        ChartExport.write(chart(), 640, 400, folder.resolve("a.pdf"));
        ChartExport.write(chart(), 640, 400, folder.resolve("b.pdf"));
        assertEquals(-1L, Files.mismatch(folder.resolve("a.pdf"), folder.resolve("b.pdf")));
        assertTrue(Files.readString(folder.resolve("a.pdf"), StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    }
}
