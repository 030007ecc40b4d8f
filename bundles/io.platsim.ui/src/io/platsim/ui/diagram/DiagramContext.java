/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;

import io.platsim.diagram.Connection;
import io.platsim.diagram.DiagramStructure;
import io.platsim.diagram.layout.DiagramLayout;
import io.platsim.model.Platform;
import io.platsim.model.validation.ModelValidator;
import io.platsim.model.validation.ValidationProblem;

/**
 * What every part of one open diagram shares: the model, its editing domain, its layout, the lines between
 * boxes and the validation problems, recomputed together after each change.
 */
public final class DiagramContext {

    private final Platform platform;
    private final EditingDomain domain;
    private final DiagramLayout layout;
    private final Map<EObject, List<Connection>> outgoing = new HashMap<>();
    private final Map<EObject, List<Connection>> incoming = new HashMap<>();
    private final Map<EObject, List<ValidationProblem>> problems = new HashMap<>();
    /** What the diagram shows: the platform, or one socket opened in the diagram on its own. */
    private EObject shown;
    /** How many lines have one end inside the opened socket and the other outside it (none for the platform). */
    private int linesLeavingShown;

    DiagramContext(Platform platform, EditingDomain domain, DiagramLayout layout) {
        this.platform = platform;
        this.domain = domain;
        this.layout = layout;
        this.shown = platform;
        recompute();
    }

    /**
     * What one recomputation changed: the elements whose lines (in or out) differ, and the elements whose problems
     * differ. Only their parts need drawing again.
     */
    public record Changes(Set<EObject> lines, Set<EObject> problems) {
    }

    /** Finds the lines and the problems again; called once per batch of model changes. */
    public Changes recompute() {
        Map<EObject, List<Connection>> oldOutgoing = new HashMap<>(outgoing);
        Map<EObject, List<Connection>> oldIncoming = new HashMap<>(incoming);
        Map<EObject, List<ValidationProblem>> oldProblems = new HashMap<>(problems);
        outgoing.clear();
        incoming.clear();
        linesLeavingShown = 0;
        for (Connection line : DiagramStructure.connections(platform, layout::isFolded)) {
            if (!layout.shows(line)) {
                continue;
            }
            boolean sourceIn = inside(line.source());
            if (sourceIn != inside(line.target())) {
                linesLeavingShown++;
            }
            if (!sourceIn || !inside(line.target())) {
                continue; // an end outside the opened socket has no box to end at
            }
            outgoing.computeIfAbsent(line.source(), k -> new ArrayList<>()).add(line);
            incoming.computeIfAbsent(line.target(), k -> new ArrayList<>()).add(line);
        }
        problems.clear();
        for (ValidationProblem problem : ModelValidator.validate(platform)) {
            // a problem of a core or cache folded into a tile shows on the tile
            EObject shown = problem.element() == null ? null
                : DiagramStructure.shownAs(problem.element(), layout::isFolded);
            problems.computeIfAbsent(shown, k -> new ArrayList<>()).add(problem);
        }
        Set<EObject> lines = new HashSet<>();
        lines.addAll(differing(oldOutgoing, outgoing));
        lines.addAll(differing(oldIncoming, incoming));
        return new Changes(lines, differing(oldProblems, problems));
    }

    /** True when {@code element} has a box in what the diagram shows now. */
    private boolean inside(EObject element) {
        return shown == platform || element != shown && EcoreUtil.isAncestor(shown, element);
    }

    /** What the diagram shows: the platform, or the socket opened on its own. */
    public EObject shown() {
        return shown;
    }

    /** Shows {@code element} (the platform, or a socket of it) and finds its lines; call before the viewer shows it. */
    void show(EObject element) {
        shown = element;
        recompute(); // the viewer makes every part afresh, so what changed needs no redraw
    }

    /** The number of lines that leave the opened socket and so are not drawn while it is open on its own. */
    public int linesLeavingShown() {
        return linesLeavingShown;
    }

    /** The keys whose values differ between {@code before} and {@code after}, including keys only one has. */
    private static <K, V> Set<K> differing(Map<K, V> before, Map<K, V> after) {
        Set<K> keys = new HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        keys.removeIf(key -> java.util.Objects.equals(before.get(key), after.get(key)));
        return keys;
    }

    /** The model the diagram shows. */
    public Platform platform() {
        return platform;
    }

    /** The editing domain every change goes through, so that undo and the other views follow. */
    public EditingDomain domain() {
        return domain;
    }

    /** Where the boxes and bends are: the layout file's content. */
    public DiagramLayout layout() {
        return layout;
    }

    public List<Connection> outgoing(EObject element) {
        return outgoing.getOrDefault(element, List.of());
    }

    public List<Connection> incoming(EObject element) {
        return incoming.getOrDefault(element, List.of());
    }

    /** The problems found on {@code element}, or on the cores and caches folded into its tile, errors first. */
    public List<ValidationProblem> problems(EObject element) {
        List<ValidationProblem> found = new ArrayList<>(problems.getOrDefault(element, List.of()));
        found.sort(java.util.Comparator.comparing(ValidationProblem::severity));
        return found;
    }
}
