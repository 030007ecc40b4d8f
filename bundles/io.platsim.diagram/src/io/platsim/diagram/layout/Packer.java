/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.diagram.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import io.platsim.diagram.DiagramStructure;
import io.platsim.diagram.Ids;
import io.platsim.diagram.render.Canvas;
import io.platsim.diagram.render.NodePainter;
import io.platsim.model.Cache;
import io.platsim.model.Core;
import io.platsim.model.Socket;

/**
 * Lays out the inside of a box that holds others, the way block diagrams show a socket: one band per kind of
 * child in model order, each band a grid of equal cells at most {@value #MAX_COLUMNS} wide. In a socket each
 * core is a tile with its private caches stacked under it; shared caches, home agents, memory controllers and
 * root complexes follow in bands of their own. Sizes every box from its text and its children.
 */
final class Packer {

    static final int GAP = 10;
    /** Space between a holding box's border and the boxes inside it. */
    static final int INSET = NodePainter.INSET;
    private static final int TILE_GAP = 2;
    private static final int MAX_COLUMNS = 8;
    /** Bands this small share a row with the band before them (an LLC, a home agent, a memory controller). */
    private static final int SMALL_BAND = 2;
    /** The most cells a band lays out in one row. */
    static final int ONE_ROW = SMALL_BAND * 2;

    private final Canvas measure;
    private final DiagramLayout layout;
    private final Predicate<EObject> folded;

    /** Packs into {@code layout}, folding the sockets it folds. */
    Packer(Canvas measure, DiagramLayout layout) {
        this(measure, layout, layout::isFolded);
    }

    /** Packs into {@code layout}, folding the sockets {@code folded} accepts. */
    Packer(Canvas measure, DiagramLayout layout, Predicate<EObject> folded) {
        this.measure = measure;
        this.layout = layout;
        this.folded = folded;
    }

    /**
     * Sizes {@code element} and, when it holds boxes, places them inside it; stores every child's box and returns
     * the element's own box at (0, 0).
     */
    Box pack(EObject element) {
        Box header = NodePainter.preferredSize(measure, element, folded);
        List<EObject> children = DiagramStructure.children(element, folded);
        if (children.isEmpty()) {
            return header;
        }
        int y = NodePainter.headerHeight(measure, element);
        int width = header.width();
        for (List<List<EObject>> band : bands(element, children)) {
            Map<EObject, Box> sizes = new LinkedHashMap<>();
            int cellWidth = 0;
            int cellHeight = 0;
            for (List<EObject> cell : band) {
                int height = -TILE_GAP;
                for (EObject child : cell) {
                    Box size = pack(child);
                    sizes.put(child, size);
                    cellWidth = Math.max(cellWidth, size.width());
                    height += size.height() + TILE_GAP;
                }
                cellHeight = Math.max(cellHeight, height);
            }
            int columns = band.size() <= ONE_ROW ? band.size()
                : Math.min(MAX_COLUMNS, (int) Math.ceil(Math.sqrt(2.0 * band.size())));
            boolean uniform = band.size() > 1 && band.stream()
                .allMatch(c -> c.get(0).eContainmentFeature() == band.get(0).get(0).eContainmentFeature());
            int x = INSET;
            int rowHeight = 0;
            for (int i = 0; i < band.size(); i++) {
                if (i > 0 && i % columns == 0) {
                    y += rowHeight + GAP;
                    x = INSET;
                    rowHeight = 0;
                }
                int cellY = y;
                int w = 0;
                for (EObject child : band.get(i)) {
                    Box size = sizes.get(child);
                    w = uniform ? cellWidth : size.width();
                    layout.setBox(Ids.of(child), new Box(x, cellY, w, size.height()));
                    cellY += size.height() + TILE_GAP;
                }
                x += w + GAP;
                rowHeight = Math.max(rowHeight, uniform ? cellHeight : cellY - TILE_GAP - y);
                width = Math.max(width, x - GAP + INSET);
            }
            y += rowHeight + GAP;
        }
        return new Box(0, 0, width, y - GAP + INSET + 2);
    }

    /**
     * The bands of cells inside {@code parent}: children grouped by the containment reference that holds them, one
     * child per cell, except that a socket's cores carry their private caches in their cells.
     */
    private static List<List<List<EObject>>> bands(EObject parent, List<EObject> children) {
        Map<EReference, List<List<EObject>>> bands = new LinkedHashMap<>();
        Map<EObject, List<EObject>> tiles = new LinkedHashMap<>();
        if (parent instanceof Socket socket) {
            for (Core core : socket.getCores()) {
                tiles.put(core, new ArrayList<>(List.of(core)));
            }
            for (Cache cache : socket.getCaches()) {
                if (cache.getPrivateTo() != null && tiles.containsKey(cache.getPrivateTo())
                        && children.contains(cache)) {
                    tiles.get(cache.getPrivateTo()).add(cache);
                }
            }
        }
        for (EObject child : children) {
            List<List<EObject>> band = bands.computeIfAbsent(child.eContainmentFeature(), f -> new ArrayList<>());
            if (tiles.containsKey(child)) {
                band.add(tiles.get(child));
            } else if (!(child instanceof Cache cache && tiles.containsKey(cache.getPrivateTo()))) {
                band.add(List.of(child));
            }
        }
        bands.values().removeIf(List::isEmpty);
        List<List<List<EObject>>> merged = new ArrayList<>();
        for (List<List<EObject>> band : bands.values()) {
            List<List<EObject>> last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && band.size() <= SMALL_BAND && last.size() + band.size() <= ONE_ROW
                    && last.get(0).size() == 1) {
                last.addAll(band);
            } else {
                merged.add(new ArrayList<>(band));
            }
        }
        return merged;
    }
}
