/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.diagram.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import io.platsim.diagram.export.DiagramExport.Format;
import io.platsim.diagram.layout.AutoLayout;
import io.platsim.diagram.layout.DiagramLayout;
import io.platsim.diagram.render.AwtCanvas;
import io.platsim.diagram.render.DiagramRenderer;
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
    void svgShowsEveryLabelOfTheDiagramUncut() throws Exception {
        Path file = folder.resolve("lab.svg");
        DiagramExport.export(platform, layout, null, Format.SVG, file);
        List<String> shown = List.of(texts(DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(file.toFile())).split("\n"));
        List<String> labels = DiagramRenderer.texts(platform, layout);
        assertTrue(labels.size() > 100, labels.size() + " labels");
        for (String label : labels) {
            assertTrue(shown.contains(label), () -> "'" + label + "' is not in the SVG whole");
        }
        assertTrue(labels.stream().anyMatch(l -> l.contains("×")) && labels.stream().anyMatch(l -> l.contains("µ"))
            && labels.stream().anyMatch(l -> l.contains("·")), "the example's labels use ×, µ and ·");
    }

    @Test
    void svgEmbedsItsTypefaceWithTheGlyphsItUsesAndBoldTitles() throws Exception {
        Path file = folder.resolve("lab.svg");
        DiagramExport.export(platform, layout, null, Format.SVG, file);
        String svg = Files.readString(file);
        Matcher faces = Pattern.compile("@font-face\\{font-family:'DejaVu Sans';font-weight:(\\w+);"
            + "src:url\\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\\)").matcher(svg);
        int found = 0;
        while (faces.find()) {
            byte[] ttf = Base64.getDecoder().decode(faces.group(2));
            assertTrue(ttf.length < 100_000, faces.group(1) + " face is a subset: " + ttf.length + " bytes");
            java.awt.Font font = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
            for (int c : new int[] {'s', '0', 'µ', '×', '·'}) {
                assertTrue(font.canDisplay(c), () -> faces.group(1) + " subset lacks " + Character.toString(c));
            }
            found++;
        }
        assertEquals(2, found, "a regular and a bold face");
        assertTrue(Pattern.compile("font-family: .DejaVu Sans.;[^>]*font-weight: bold[^>]*>socket0<").matcher(svg)
            .find(), "titles are bold");
    }

    @Test
    void pdfEmbedsItsFontAndAReaderFindsEveryLabelInItsText() throws Exception {
        Path file = folder.resolve("lab.pdf");
        DiagramExport.export(platform, layout, null, Format.PDF, file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
            assertEquals("lab", pdf.getDocumentInformation().getTitle());
            PDResources resources = pdf.getPage(0).getResources();
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDFormXObject form) {
                    for (COSName fontName : form.getResources().getFontNames()) {
                        fonts.add(form.getResources().getFont(fontName));
                    }
                }
            }
            assertTrue(fonts.stream().anyMatch(f -> f.getName().endsWith("DejaVuSans-Bold"))
                && fonts.stream().anyMatch(f -> f.getName().endsWith("DejaVuSans")), "titles bold, details regular");
            for (PDFont font : fonts) {
                assertTrue(font.isEmbedded(), () -> font.getName() + " is not embedded");
                assertTrue(font.getName().contains("DejaVuSans"), font.getName());
            }
            String text = new PDFTextStripper().getText(pdf);
            assertFalse(text.contains("?"), "a character turned into '?'");
            for (String label : DiagramRenderer.texts(platform, layout)) {
                assertTrue(text.contains(label), () -> "'" + label + "' is not in the PDF's text");
            }
        }
    }

    @Test
    void aPdfIsTheSameBytesWhenDrawnAgainAndAnotherDrawingHasAnotherIdentifier() throws Exception {
        Path first = folder.resolve("first.pdf");
        Path again = folder.resolve("again.pdf");
        DiagramExport.export(platform, layout, null, Format.PDF, first);
        DiagramExport.export(platform, layout, null, Format.PDF, again);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(again), "no clock in the file");
        DiagramLayout renamed = layout.copy();
        platform.getDevices().get(0).setName(platform.getDevices().get(0).getName().toUpperCase());
        Path other = folder.resolve("other.pdf");
        DiagramExport.export(platform, renamed, null, Format.PDF, other);
        try (PDDocument a = Loader.loadPDF(first.toFile()); PDDocument b = Loader.loadPDF(other.toFile())) {
            assertEquals(a.getPage(0).getMediaBox().toString(), b.getPage(0).getMediaBox().toString(),
                "the same title and page size");
            assertFalse(id(a).equals(id(b)), "another drawing, another identifier: " + id(a));
        }
    }

    private static String id(PDDocument pdf) {
        return ((COSString) pdf.getDocument().getTrailer().getCOSArray(COSName.ID).get(0)).toHexString();
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
}
