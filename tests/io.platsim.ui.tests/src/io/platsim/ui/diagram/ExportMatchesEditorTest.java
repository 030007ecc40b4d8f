/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

import io.platsim.diagram.export.DiagramExport.Format;
import io.platsim.diagram.render.Canvas;
import io.platsim.diagram.render.DiagramRenderer;
import io.platsim.graphics.Fonts;
import io.platsim.ui.diagram.figures.Draw2dCanvas;
import io.platsim.ui.editor.PlatsimEditor;

/**
 * Exports of the diagram the editor laid out (its boxes sized by the editor's text metrics) show every label the
 * editor shows, whole: the two-socket example as SVG and as PDF.
 */
class ExportMatchesEditorTest {

    @TempDir
    Path temp;

    private IWorkbenchPage page;

    @AfterEach
    void close() {
        if (page != null) {
            page.closeAllEditors(false);
        }
    }

    @Test
    void theEditorsLayoutExportsWithEveryLabelWhole() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        PlatsimEditor editor = Widgets.openCopy(page, "Export Test", "two-socket-server.platsim");
        for (Canvas.Font role : Canvas.Font.values()) {
            assertEquals(Fonts.FAMILY, Draw2dCanvas.font(role).getFontData()[0].getName(),
                "the editor draws the diagram in the exports' typeface");
        }
        DiagramPage diagram = editor.diagram();
        List<String> labels = DiagramRenderer.texts(editor.platform(), diagram.layout());
        assertTrue(labels.size() > 100, labels.size() + " labels");

        Path svg = temp.resolve("two-socket.svg");
        diagram.export(Format.SVG, svg, false);
        NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile())
            .getElementsByTagName("text");
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            shown.add(nodes.item(i).getTextContent());
        }
        List<String> cut = shown.stream().filter(t -> t.endsWith("…")).toList();
        assertTrue(cut.isEmpty(), () -> cut.size() + " labels cut in the SVG, first " + cut.get(0));
        for (String label : labels) {
            assertTrue(shown.contains(label), () -> "'" + label + "' is not whole in the SVG");
        }

        Path pdf = temp.resolve("two-socket.pdf");
        diagram.export(Format.PDF, pdf, false);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(!text.contains("?") && !text.contains("…"), "nothing cut or turned into '?' in the PDF");
            for (String label : labels) {
                assertTrue(text.contains(label), () -> "'" + label + "' is not in the PDF's text");
            }
        }
    }
}
