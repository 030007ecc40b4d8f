/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.platsim.model.Platform;
import io.platsim.model.labels.FieldLabels;
import io.platsim.model.persistence.LoadResult;
import io.platsim.model.persistence.ModelFiles;
import io.platsim.trace.analysis.RunSummary;

/**
 * Which settings two runs' models differ in, element by element: the models each run kept in its folder
 * ({@value Runner#MODEL}), matched by each element's path of names ({@code socket0/s0c3}), every attribute and
 * every single reference (by the path of what it names) compared as the user reads it.
 */
public final class SettingsDiff {

    /** One setting that differs: the element (by path), its field, and its value in each run. */
    public record Difference(String element, String field, String first, String second) {
    }

    /** What an element's absence reads as. */
    static final String ABSENT = "(none)";

    private SettingsDiff() {
    }

    /**
     * The settings in which runs {@code first} and {@code second} differ: the run's own (seed, warm-up and length,
     * which a launch may set over the model's), then their models'; null when either run kept no copy of its model
     * (a run from before runs kept one) or a copy does not load.
     */
    public static List<Difference> between(Path first, Path second) throws IOException {
        Platform a = kept(first);
        Platform b = kept(second);
        if (a == null || b == null) {
            return null;
        }
        List<Difference> differences = new ArrayList<>();
        RunSummary x = RunSummary.read(first);
        RunSummary y = RunSummary.read(second);
        if (x != null && y != null) {
            run(differences, "seed", Long.toString(x.seed()), Long.toString(y.seed()));
            run(differences, "warm-up (µs)", number(x.warmupUs()), number(y.warmupUs()));
            run(differences, "simulated (µs)", number(x.simulatedUs()), number(y.simulatedUs()));
        }
        differences.addAll(between(a, b));
        return differences;
    }

    private static void run(List<Difference> into, String field, String first, String second) {
        if (!first.equals(second)) {
            into.add(new Difference("run", field, first, second));
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static Platform kept(Path run) {
        Path file = run.resolve(Runner.MODEL);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        LoadResult loaded = ModelFiles.load(file);
        return loaded.ok() ? loaded.platform() : null;
    }

    /** The settings in which {@code a} and {@code b} differ, in the order of {@code a}'s tree, then {@code b}'s. */
    public static List<Difference> between(Platform a, Platform b) {
        Map<String, EObject> left = elements(a);
        Map<String, EObject> right = elements(b);
        Set<String> paths = new LinkedHashSet<>(left.keySet());
        paths.addAll(right.keySet());
        List<Difference> differences = new ArrayList<>();
        for (String path : paths) {
            EObject x = left.get(path);
            EObject y = right.get(path);
            if (x == null || y == null) {
                differences.add(new Difference(path, "element", x == null ? ABSENT : x.eClass().getName(),
                    y == null ? ABSENT : y.eClass().getName()));
            } else if (x.eClass() != y.eClass()) {
                differences.add(new Difference(path, "kind", x.eClass().getName(), y.eClass().getName()));
            } else {
                for (EStructuralFeature feature : x.eClass().getEAllStructuralFeatures()) {
                    Difference difference = difference(path, x, y, feature);
                    if (difference != null) {
                        differences.add(difference);
                    }
                }
            }
        }
        return differences;
    }

    /**
     * How {@code feature} differs between {@code x} and {@code y}, or null when it does not or is not compared
     * (children, derived and transient values, many-valued references). Values are compared as they are stored;
     * they are shown as the user reads them, or exactly where the readable forms look alike (48 KiB against
     * 49200 bytes).
     */
    private static Difference difference(String path, EObject x, EObject y, EStructuralFeature feature) {
        if (feature.isDerived() || feature.isTransient()) {
            return null;
        }
        if (feature instanceof EAttribute) {
            Object one = x.eGet(feature);
            Object other = y.eGet(feature);
            if (Objects.equals(one, other)) {
                return null;
            }
            String first = FieldLabels.value(feature, one, String::valueOf);
            String second = FieldLabels.value(feature, other, String::valueOf);
            if (first.equals(second)) {
                first = exact(feature, one);
                second = exact(feature, other);
            }
            return new Difference(path, FieldLabels.field(feature), first, second);
        }
        if (feature instanceof EReference reference && !reference.isContainment() && !reference.isMany()) {
            String first = x.eGet(reference) instanceof EObject target ? path(target) : ABSENT;
            String second = y.eGet(reference) instanceof EObject target ? path(target) : ABSENT;
            return first.equals(second) ? null : new Difference(path, FieldLabels.field(feature), first, second);
        }
        return null;
    }

    private static String exact(EStructuralFeature feature, Object value) {
        return feature.getName().endsWith("Bytes") && value instanceof Number ? value + " B" : String.valueOf(value);
    }

    /** Every element of {@code platform} but itself, by path, in tree order. */
    private static Map<String, EObject> elements(Platform platform) {
        Map<String, EObject> elements = new LinkedHashMap<>();
        elements.put("platform", platform);
        platform.eAllContents().forEachRemaining(element -> elements.put(path(element), element));
        return elements;
    }

    /** An element's path: its ancestors' names and its own, joined by '/'; unnamed ones by kind and position. */
    static String path(EObject element) {
        List<String> names = new ArrayList<>();
        for (EObject e = element; e != null && e.eContainer() != null; e = e.eContainer()) {
            names.add(0, name(e));
        }
        return names.isEmpty() ? "platform" : String.join("/", names);
    }

    private static String name(EObject element) {
        EStructuralFeature name = element.eClass().getEStructuralFeature("name");
        Object value = name == null ? null : element.eGet(name);
        if (value instanceof String text && !text.isBlank()) {
            return text;
        }
        EStructuralFeature holder = element.eContainingFeature();
        Object siblings = element.eContainer().eGet(holder);
        int index = siblings instanceof List<?> list ? list.indexOf(element) : 0;
        return element.eClass().getName() + "[" + index + "]";
    }
}
