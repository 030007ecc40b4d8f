/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The engine's packages are layered as docs/engine.md draws them: a package uses only packages of a lower layer,
 * so no arrow points up and a mechanism's parameters live with the mechanism.
 */
class EnginePackagesTest {

    /** Each package's layer, bottom up (docs/engine.md's diagram). */
    private static final Map<String, Integer> LAYER = Map.ofEntries(Map.entry("kernel", 0), Map.entry("trace", 0),
        Map.entry("vm", 1), Map.entry("resource", 1), Map.entry("component", 2), Map.entry("memory", 3),
        Map.entry("cache", 3), Map.entry("pcie", 4), Map.entry("iommu", 4), Map.entry("socket", 4),
        Map.entry("config", 5), Map.entry("dma", 6), Map.entry("mmio", 6),
        Map.entry("stats", 7), Map.entry("workload", 8),
        Map.entry("platform", 9));

    private static final Pattern USE = Pattern.compile("io\\.platsim\\.engine\\.(\\w+)");
    private static final int FEW = 6;
    private static final Pattern RECORD = Pattern.compile("record (\\w+)\\(([^)]*)\\)");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\n]*", Pattern.DOTALL);

    @Test
    void everyPackageUsesOnlyPackagesBelowIt() throws IOException {
        Path sources = engineSources();
        List<String> upward = new ArrayList<>();
        TreeSet<String> packages = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = file.getParent().getFileName().toString();
                packages.add(pkg);
                String code = COMMENT.matcher(Files.readString(file)).replaceAll("");
                Matcher m = USE.matcher(code);
                while (m.find()) {
                    String used = m.group(1);
                    if (!used.equals(pkg) && LAYER.containsKey(pkg) && LAYER.containsKey(used)
                        && LAYER.get(used) >= LAYER.get(pkg)) {
                        upward.add(pkg + "/" + file.getFileName() + " uses " + used);
                    }
                }
            }
        }
        assertEquals(new TreeSet<>(LAYER.keySet()), packages,
            "every engine package has its place in docs/engine.md's layers (and this test's)");
        assertTrue(upward.isEmpty(), "uses of a package at the same layer or above: " + upward);
    }

    /** A record of more than {@value #FEW} components is built by name, so no two of its numbers can swap unseen. */
    @Test
    void everyRecordOfMoreThanAFewComponentsIsBuiltByName() throws IOException {
        List<String> positional = new ArrayList<>();
        try (Stream<Path> files = Files.walk(engineSources())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = COMMENT.matcher(Files.readString(file)).replaceAll("");
                Matcher m = RECORD.matcher(code);
                while (m.find()) {
                    int components = m.group(2).split(",").length;
                    if (components > FEW && !code.contains("public static Builder of(")) {
                        positional.add(m.group(1) + " (" + components + " components)");
                    }
                }
            }
        }
        assertTrue(positional.isEmpty(), "records without a builder: " + positional);
    }

    private static Path engineSources() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("bundles/io.platsim.engine/src/io/platsim/engine"))) {
            dir = dir.getParent();
            assertTrue(dir != null, "the engine's sources are where they should be");
        }
        return dir.resolve("bundles/io.platsim.engine/src/io/platsim/engine");
    }
}
