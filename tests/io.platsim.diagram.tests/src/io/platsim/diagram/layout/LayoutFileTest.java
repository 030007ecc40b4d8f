/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.platsim.diagram.Ids;
import io.platsim.diagram.layout.DiagramLayout.Point;
import io.platsim.diagram.render.AwtCanvas;
import io.platsim.model.Platform;
import io.platsim.model.persistence.ModelFiles;
import io.platsim.templates.Templates;

class LayoutFileTest {

    @TempDir
    Path folder;

    @Test
    void positionsSizesAndBendsSurviveSaveAndReload() throws IOException {
        DiagramLayout layout = new DiagramLayout();
        layout.setBox("_a", new Box(10, 20, 120, 44));
        layout.setBox("_b", new Box(-5, 300, 90, 40));
        layout.setBends("_link", List.of(new Point(40, 80), new Point(40, 200)));
        layout.setFolded("_socket0", true);
        Path model = folder.resolve("lab.platsim");
        Path file = LayoutFile.of(model);
        assertEquals("lab.platsim.layout", file.getFileName().toString());
        LayoutFile.write(layout, file);
        DiagramLayout read = LayoutFile.read(file);
        assertEquals(layout.boxes(), read.boxes());
        assertEquals(layout.allBends(), read.allBends());
        assertEquals(java.util.Set.of("_socket0"), read.folded(), "which sockets are folded");
    }

    @Test
    void aModelWithoutALayoutFileHasAnEmptyLayout() throws IOException {
        assertTrue(LayoutFile.read(folder.resolve("none.platsim.layout")).isEmpty());
    }

    @Test
    void aBadNumberNamesTheFileTheElementAndTheField() throws IOException {
        Path file = folder.resolve("bad.platsim.layout");
        Files.writeString(file, "<diagram version='1'><box id='_core7' x='12' y='ten' width='1' height='1'/>"
            + "</diagram>", StandardCharsets.UTF_8);
        IOException error = assertThrows(IOException.class, () -> LayoutFile.read(file));
        assertTrue(error.getMessage().contains(file.toString()), error.getMessage());
        assertTrue(error.getMessage().contains("_core7") && error.getMessage().contains("y is 'ten'"),
            error.getMessage());
    }

    @Test
    void anAbsurdBoxIsReportedAndLaidOutAfresh() throws IOException {
        Platform platform = Templates.small("lab");
        Path model = folder.resolve("lab.platsim");
        ModelFiles.save(platform, model);
        String core = Ids.of(platform.getSockets().get(0).getCores().get(0));
        String cache = Ids.of(platform.getSockets().get(0).getCaches().get(0));
        Files.writeString(LayoutFile.of(model), "<diagram version='1'><box id='" + core + "' x='0' y='0' width='"
            + Integer.MAX_VALUE + "' height='40'/><box id='" + cache + "' x='10' y='10' width='-30' height='20'/>"
            + "<line id='_l'><bend x='-2147483648' y='3'/></line></diagram>", StandardCharsets.UTF_8);
        DiagramLayout read = LayoutFile.read(LayoutFile.of(model));
        assertEquals(3, read.ignored().size(), read.ignored().toString());
        assertTrue(read.ignored().get(0).contains(core) && read.ignored().get(0).contains("laid out afresh"),
            read.ignored().get(0));
        DiagramLayout complete = Layouts.forModel(platform, model, AwtCanvas.measuring());
        Box box = complete.box(core);
        assertTrue(box != null && box.width() > 0 && box.width() < 10_000, "laid out afresh: " + box);
    }

    @Test
    void aDoctypeIsRefused() throws IOException {
        Path file = folder.resolve("xxe.platsim.layout");
        Files.writeString(file, "<?xml version='1.0'?><!DOCTYPE d [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>"
            + "<diagram>&e;</diagram>", StandardCharsets.UTF_8);
        assertThrows(IOException.class, () -> LayoutFile.read(file));
    }
}
