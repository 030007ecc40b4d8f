/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.platsim.ui.diagram.figures.Draw2dCanvas;
import io.platsim.ui.editor.PlatsimEditor;

/** Printing and painting the diagram: GTK's Print to File printer, File > Print, and painting zoomed far out. */
class DiagramPrintTest {

    private IWorkbenchPage page;
    private PlatsimEditor editor;
    private DiagramPage diagram;

    @AfterEach
    void close() {
        if (page != null) {
            page.closeAllEditors(false);
        }
    }

    private void open(String model) throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = Widgets.openCopy(page, "Print Test", model);
        diagram = editor.diagram();
    }

    private static void drain() {
        while (PlatformUI.getWorkbench().getDisplay().readAndDispatch()) {
            // let the print job finish
        }
    }

    @Test
    void printingTheDiagramToAFileWritesAPage(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
        open("small.platsim");
        org.eclipse.swt.printing.PrinterData file = java.util.Arrays.stream(org.eclipse.swt.printing.Printer
            .getPrinterList()).filter(p -> p.name.toLowerCase(java.util.Locale.ROOT).contains("file")).findFirst()
            .orElseThrow(() -> new AssertionError("GTK offers no Print to File printer: "
                + java.util.Arrays.toString(org.eclipse.swt.printing.Printer.getPrinterList())));
        file.printToFile = true;
        file.fileName = temp.resolve("diagram.pdf").toString();
        org.eclipse.swt.printing.Printer printer = new org.eclipse.swt.printing.Printer(file);
        new org.eclipse.gef.print.PrintGraphicalViewerOperation(printer, diagram.viewer()).run("PlatSim diagram");
        printer.dispose();
        assertTrue(editor.getEditorSite().getActionBars().getGlobalActionHandler(
            org.eclipse.ui.actions.ActionFactory.PRINT.getId()) != null, "File > Print reaches the diagram");
        Path printed = temp.resolve("diagram.pdf");
        long end = System.currentTimeMillis() + 20_000;
        while ((!Files.exists(printed) || Files.size(printed) < 1000) && System.currentTimeMillis() < end) {
            drain();
            Thread.sleep(50);
        }
        assertTrue(Files.exists(printed) && Files.size(printed) > 1000, "a printed page");
        assertTrue(Files.readString(printed, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
    }

    @Test
    void anOvalZoomedToNothingDoesNotStopTheRestOfThePaint() {
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(null, 60, 60);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(image);
        org.eclipse.draw2d.SWTGraphics graphics = new org.eclipse.draw2d.SWTGraphics(gc);
        Draw2dCanvas canvas = new Draw2dCanvas(graphics);
        canvas.setBackground(0xFFFFFF);
        canvas.fillRectangle(0, 0, 60, 60);
        canvas.setForeground(0x000000);
        canvas.drawOval(10, 10, 8, 0); // what a pictogram's small oval becomes when the diagram is zoomed far out
        canvas.setBackground(0x000000);
        canvas.fillRectangle(20, 20, 20, 20);
        graphics.dispose();
        gc.dispose();
        org.eclipse.swt.graphics.ImageData pixels = image.getImageData();
        image.dispose();
        org.eclipse.swt.graphics.RGB centre = pixels.palette.getRGB(pixels.getPixel(30, 30));
        assertTrue(centre.red < 50 && centre.green < 50 && centre.blue < 50, "painted after the oval: " + centre);
    }
}
