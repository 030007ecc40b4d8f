/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import io.platsim.diagram.export.DiagramExport.Format;
import io.platsim.diagram.export.DiagramExport;
import io.platsim.diagram.layout.AutoLayout;
import io.platsim.diagram.layout.DiagramLayout;
import io.platsim.diagram.render.AwtCanvas;
import io.platsim.model.Platform;
import io.platsim.model.Socket;
import io.platsim.templates.Templates;

class DiagramExportTest {

    @TempDir
    Path folder;

    private final Platform platform = Templates.realistic("lab");
    private final DiagramLayout layout = AutoLayout.layout(platform, AwtCanvas.measuring());

    @Test
    void svgParsesAndNamesEveryElementAsText() throws Exception {
        Path file = folder.resolve("lab.svg");
        DiagramExport.export(platform, layout, null, Format.SVG, file);
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        assertEquals("svg", svg.getDocumentElement().getTagName());
        String text = texts(svg);
        for (String name : List.of("socket0", "socket1", "s0-LLC", "iommu0", "nic100g", "vm-virtio")) {
            assertTrue(text.contains(name), () -> name + " is not in the SVG");
        }
    }

    @Test
    void pdfIsWellFormedAndItsPageDrawsTheElementNames() throws Exception {
        Path file = folder.resolve("lab.pdf");
        DiagramExport.export(platform, layout, null, Format.PDF, file);
        byte[] bytes = Files.readAllBytes(file);
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        assertTrue(raw.startsWith("%PDF-1."), "PDF header");
        assertTrue(raw.stripTrailing().endsWith("%%EOF"), "PDF trailer");
        assertTrue(raw.contains("xref") && raw.contains("/Type /Page"), "cross-reference table and a page");
        String page = inflatedStreams(bytes);
        for (String name : List.of("socket0", "s1-LLC", "iommu0", "nvme0")) {
            assertTrue(page.contains("(" + name + ")"), () -> name + " is not drawn on the PDF page");
        }
    }

    @Test
    void pngHasTheDiagramsSizeAndIsNotBlank() throws IOException {
        Path file = folder.resolve("lab.png");
        DiagramExport.export(platform, layout, null, Format.PNG, file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertTrue(image.getWidth() > 1000 && image.getHeight() > 400, image.getWidth() + " x " + image.getHeight());
        long coloured = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                coloured += (image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF ? 1 : 0;
            }
        }
        assertTrue(coloured > 1000, "the image is almost blank");
    }

    @Test
    void aSelectionExportsOnlyItsBoxesAndTheirInsides() throws Exception {
        Socket socket = platform.getSockets().get(1);
        Path file = folder.resolve("socket1.svg");
        DiagramExport.export(platform, layout, List.of(socket), Format.SVG, file);
        String text = texts(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()));
        assertTrue(text.contains("socket1") && text.contains("s1-LLC"), text);
        assertFalse(text.contains("socket0") || text.contains("nic100g"), "only the selection is exported");
    }

    private static String texts(Document svg) {
        NodeList nodes = svg.getElementsByTagName("text");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < nodes.getLength(); i++) {
            all.append(nodes.item(i).getTextContent()).append('\n');
        }
        return all.toString();
    }

    /** The text of every Flate-compressed stream in a PDF file. */
    private static String inflatedStreams(byte[] pdf) throws DataFormatException {
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher stream = Pattern.compile("(?<!end)stream\r?\n").matcher(raw);
        StringBuilder text = new StringBuilder();
        while (stream.find()) {
            int start = stream.end();
            int end = raw.indexOf("endstream", start);
            Inflater inflater = new Inflater();
            inflater.setInput(pdf, start, end - start);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[65536];
            while (!inflater.finished() && !inflater.needsInput()) {
                int n = inflater.inflate(buffer);
                out.write(buffer, 0, n);
            }
            inflater.end();
            text.append(out.toString(StandardCharsets.ISO_8859_1));
        }
        return text.toString();
    }
}
