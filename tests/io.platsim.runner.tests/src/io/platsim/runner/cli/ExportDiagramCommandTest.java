/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.platsim.diagram.layout.Box;
import io.platsim.diagram.layout.DiagramLayout;
import io.platsim.diagram.layout.LayoutFile;
import io.platsim.model.persistence.ModelFiles;
import io.platsim.templates.Templates;

/** {@code platsim export-diagram} on a plain class path, without a display. */
class ExportDiagramCommandTest {

    @TempDir
    Path temp;

    private static String[] cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {Integer.toString(code), out.toString(StandardCharsets.UTF_8),
            err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void aModelWithoutALayoutIsLaidOutAndWrittenAsSvgWithItsNames() throws IOException {
        Path model = temp.resolve("server.platsim");
        ModelFiles.save(Templates.realistic("server"), model);
        Path svg = temp.resolve("server.svg");
        String[] result = cli("export-diagram", model.toString(), "--format", "svg", "--out", svg.toString());
        assertEquals("0", result[0], result[2]);
        String text = Files.readString(svg);
        assertTrue(text.contains(">socket0<") && text.contains(">nic100g<"), "names drawn as text");
        assertFalse(Files.exists(LayoutFile.of(model)), "exporting does not write beside the model");
    }

    @Test
    void theSavedLayoutIsUsed() throws IOException {
        Path model = temp.resolve("small.platsim");
        ModelFiles.save(Templates.small("small"), model);
        var loaded = ModelFiles.load(model);
        DiagramLayout layout = io.platsim.diagram.layout.AutoLayout.layout(loaded.platform(),
            io.platsim.diagram.render.AwtCanvas.measuring());
        String socket = ((org.eclipse.emf.ecore.xmi.XMLResource) loaded.resource()).getID(
            loaded.platform().getSockets().get(0));
        Box laidOut = layout.box(socket);
        layout.setBox(socket, laidOut.moved(4000, 0));
        LayoutFile.write(layout, LayoutFile.of(model));
        Path png = temp.resolve("small.png");
        assertEquals("0", cli("export-diagram", model.toString(), "--format", "png", "--out", png.toString())[0]);
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > 4000, "the socket sits where the saved layout put it: " + image.getWidth());
    }

    @Test
    void badInputGetsAClearMessageAndItsExitCode() throws IOException {
        String[] format = cli("export-diagram", "x.platsim", "--format", "gif");
        assertEquals(Integer.toString(Cli.USAGE), format[0]);
        assertTrue(format[2].contains("png, svg or pdf"), format[2]);
        String[] missing = cli("export-diagram", temp.resolve("none.platsim").toString(), "--format", "svg");
        assertEquals(Integer.toString(Cli.INVALID_MODEL), missing[0]);
        Path broken = temp.resolve("broken.platsim");
        Files.writeString(broken, "<platsim:Platform");
        String[] bad = cli("export-diagram", broken.toString(), "--format", "svg");
        assertEquals(Integer.toString(Cli.INVALID_MODEL), bad[0]);
        assertTrue(bad[2].contains("broken.platsim"), bad[2]);
    }
}
