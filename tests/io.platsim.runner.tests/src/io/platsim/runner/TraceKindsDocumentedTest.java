/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.platsim.engine.trace.TraceKind;

/**
 * docs/run-folder.md describes each trace kind's columns in a table; the engine's {@link TraceKind} is where they
 * are declared. Every kind has its row, and the row names its columns in the engine's order.
 */
class TraceKindsDocumentedTest {

    private static final Pattern NAME = Pattern.compile("`([a-z_]+)`");

    @Test
    void theRunFolderDocumentationListsEveryKindsColumnsInOrder() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isRegularFile(dir.resolve("docs/run-folder.md"))) {
            dir = dir.getParent();
            assertTrue(dir != null, "docs/run-folder.md is where it should be");
        }
        List<String> lines = Files.readAllLines(dir.resolve("docs/run-folder.md"));
        for (TraceKind kind : TraceKind.values()) {
            String row = lines.stream().filter(line -> line.startsWith("| `" + kind.id() + "` |")).findFirst()
                .orElse(null);
            assertTrue(row != null, "docs/run-folder.md has no row for the " + kind.id() + " trace");
            String columnsCell = row.split("\\|")[2];
            List<String> documented = new ArrayList<>();
            Matcher name = NAME.matcher(columnsCell);
            while (name.find()) {
                documented.add(name.group(1));
            }
            assertEquals(kind.columns(), documented, "the " + kind.id() + " row of docs/run-folder.md");
        }
    }
}
