/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.diagram.layout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;

import io.platsim.diagram.Connection;
import io.platsim.diagram.Ids;
import io.platsim.diagram.LineKind;

/**
 * A diagram's geometry, kept apart from the model: the box of each element and the bend points of each line,
 * by layout key ({@link io.platsim.diagram.Ids}). Listeners hear the key of every change, so an editor can
 * redraw just that box or line.
 */
public final class DiagramLayout {

    /** The key listeners hear when the kinds of hidden line change. */
    public static final String HIDDEN_LINES = "#hidden-lines";

    private final Map<String, Box> boxes = new LinkedHashMap<>();
    private final Map<String, List<Point>> bends = new LinkedHashMap<>();
    private final Set<String> folded = new LinkedHashSet<>();
    private final Set<LineKind> hidden = EnumSet.noneOf(LineKind.class);
    private final List<Consumer<String>> listeners = new ArrayList<>();
    /** What the layout file held that could not be used, said for the user. */
    private final List<String> ignored = new ArrayList<>();

    /** A bend point in diagram coordinates (absolute, not relative to any box). */
    public record Point(int x, int y) {
    }

    public Box box(String key) {
        return boxes.get(key);
    }

    /** Sets (or, with null, forgets) the box of {@code key}. */
    public void setBox(String key, Box box) {
        if (box == null) {
            boxes.remove(key);
        } else {
            boxes.put(key, box);
        }
        fire(key);
    }

    /** The bend points of a line, in order from source to target; empty for a straight line. */
    public List<Point> bends(String key) {
        return bends.getOrDefault(key, List.of());
    }

    public void setBends(String key, List<Point> points) {
        if (points == null || points.isEmpty()) {
            bends.remove(key);
        } else {
            bends.put(key, List.copyOf(points));
        }
        fire(key);
    }

    /** Whether {@code holder} (a socket) shows each group of its alike cores as one tile. */
    public boolean isFolded(EObject holder) {
        return !folded.isEmpty() && folded.contains(Ids.of(holder));
    }

    /** Folds (or unfolds) the alike cores of the socket of layout key {@code key}. */
    public void setFolded(String key, boolean value) {
        if (value ? folded.add(key) : folded.remove(key)) {
            fire(key);
        }
    }

    /** The keys of the folded sockets. */
    public Set<String> folded() {
        return Set.copyOf(folded);
    }

    /** Whether the diagram draws {@code line}: it does unless its kind is hidden. */
    public boolean shows(Connection line) {
        return hidden.isEmpty() || !hidden.contains(LineKind.of(line));
    }

    /** Hides (or shows again) every line of {@code kind}; the links cannot be hidden. */
    public void setHidden(LineKind kind, boolean value) {
        if (kind.hideable() && (value ? hidden.add(kind) : hidden.remove(kind))) {
            fire(HIDDEN_LINES);
        }
    }

    /** The kinds of line hidden. */
    public Set<LineKind> hidden() {
        return hidden.isEmpty() ? Set.of() : EnumSet.copyOf(hidden);
    }

    public Map<String, Box> boxes() {
        return Map.copyOf(boxes);
    }

    /** Entries of the layout file that were ignored, and why (empty for a layout not read from a file). */
    public List<String> ignored() {
        return List.copyOf(ignored);
    }

    void ignore(String why) {
        ignored.add(why);
    }

    public Map<String, List<Point>> allBends() {
        return Map.copyOf(bends);
    }

    public boolean isEmpty() {
        return boxes.isEmpty();
    }

    /** Replaces everything with what {@code other} holds, then tells listeners once per key. */
    public void replaceWith(DiagramLayout other) {
        List<String> keys = new ArrayList<>(boxes.keySet());
        keys.addAll(bends.keySet());
        keys.addAll(folded);
        if (!hidden.equals(other.hidden)) {
            keys.add(HIDDEN_LINES);
        }
        boxes.clear();
        bends.clear();
        folded.clear();
        hidden.clear();
        boxes.putAll(other.boxes);
        bends.putAll(other.bends);
        folded.addAll(other.folded);
        hidden.addAll(other.hidden);
        keys.addAll(boxes.keySet());
        keys.addAll(bends.keySet());
        keys.addAll(folded);
        keys.stream().distinct().forEach(this::fire);
    }

    /** A copy without listeners. */
    public DiagramLayout copy() {
        DiagramLayout copy = new DiagramLayout();
        copy.boxes.putAll(boxes);
        copy.bends.putAll(bends);
        copy.folded.addAll(folded);
        copy.hidden.addAll(hidden);
        return copy;
    }

    /** Keeps only the keys in {@code keep}: the geometry of deleted elements is dropped when a file is saved. */
    public void retainAll(java.util.Set<String> keep) {
        boxes.keySet().retainAll(keep);
        bends.keySet().retainAll(keep);
        folded.retainAll(keep);
    }

    public void addListener(Consumer<String> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<String> listener) {
        listeners.remove(listener);
    }

    private void fire(String key) {
        for (Consumer<String> listener : List.copyOf(listeners)) {
            listener.accept(key);
        }
    }
}
