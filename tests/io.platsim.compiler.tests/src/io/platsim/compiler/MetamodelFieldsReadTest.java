/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;

import io.platsim.model.PlatsimPackage;

/**
 * Every field a model can set changes a run or what validation says of it: the compiler, the validation rules or the
 * model's queries read it (through its getter or its feature literal). A field nothing reads would let an architect
 * set a figure that does nothing, as a cache's replacement policy, a queue's priority and a CPU stream's shared
 * buffer once did. Fields that are meant only to be read by people are listed here with the reason.
 */
class MetamodelFieldsReadTest {

    /** Fields only people read, and why. */
    private static final Map<String, String> DESCRIPTIVE = Map.of(
        "NamedElement.description", "free text",
        "Core.frequencyMHz", "shown on the core; the cores' work is given in ns",
        "RootPort.portNumber", "names the port as lspci does",
        "VirtualCpu.index", "names the vCPU in its VM");

    @Test
    void everyFieldIsReadByTheCompilerOrValidation() throws IOException {
        String sources = sources("bundles/io.platsim.compiler/src", "bundles/io.platsim.model/src");
        List<String> unread = new ArrayList<>();
        for (var classifier : PlatsimPackage.eINSTANCE.getEClassifiers()) {
            if (!(classifier instanceof EClass type)) {
                continue;
            }
            for (EStructuralFeature feature : type.getEStructuralFeatures()) {
                String name = type.getName() + "." + feature.getName();
                if (feature instanceof EReference reference && reference.isContainment()
                        || DESCRIPTIVE.containsKey(name)) {
                    continue;
                }
                String capital = Character.toUpperCase(feature.getName().charAt(0)) + feature.getName().substring(1);
                String literal = constant(type.getName()) + "__" + constant(feature.getName());
                if (!sources.contains("get" + capital + "(") && !sources.contains("is" + capital + "(")
                        && !sources.contains(literal)) {
                    unread.add(name);
                }
            }
        }
        assertEquals(List.of(), unread, "fields no compiler, rule or query reads: give them an effect, retire them "
            + "(persistence.RetiredFields) or, if only people read them, list them here");
    }

    /** {@code replacementPolicy} as EMF names its feature literal: {@code REPLACEMENT_POLICY}. */
    private static String constant(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    private static String sources(String... folders) throws IOException {
        Path top = Path.of("").toAbsolutePath();
        while (top != null && !Files.isDirectory(top.resolve("bundles"))) {
            top = top.getParent();
        }
        StringBuilder all = new StringBuilder();
        for (String folder : folders) {
            try (Stream<Path> files = Files.walk(top.resolve(folder))) {
                all.append(files.filter(f -> f.toString().endsWith(".java")).map(f -> {
                    try {
                        return Files.readString(f);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).collect(Collectors.joining("\n")));
            }
        }
        return all.toString();
    }
}
