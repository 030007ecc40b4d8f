/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.persistence;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

import io.platsim.model.labels.Labels;
import io.platsim.model.labels.FieldLabels;
import io.platsim.model.Platform;
import io.platsim.model.PlatsimPackage.Literals;

/**
 * The history of the metamodel's defaults, so that a saved model keeps its meaning across releases. A file leaves
 * out the fields at their default; when a default changes, a file written before would silently change behaviour.
 * Each file records the revision of the defaults it was written with ({@code Platform.defaultsRevision}); loading
 * one of an older revision writes the older defaults of the fields that changed since into the model, and says so.
 */
public final class Defaults {

    /** The revision of the defaults this release writes. */
    public static final int CURRENT = 4;

    /** A default that changed in {@code revision}: before it, {@code field} meant {@code before}. */
    private record Change(int revision, EAttribute field, Object before, String why) {
    }

    private static final List<Change> HISTORY = List.of(
        new Change(1, Literals.SOCKET__INTERCONNECT_CROSSING_NS, 0.0, "a snoop of a core now crosses the socket's "
            + "ring or mesh there and back"),
        new Change(2, Literals.IOMMU__UNMAP_KEEPS_WALK_CACHES, true, "a strict unmap's invalidation now empties the "
            + "walk caches over its range, as Linux's queued invalidation did until late 2025"),
        new Change(3, Literals.IOMMU__PTE_UPDATE_NS, 50.0, "a page-table update costs what rIOMMU's Table 1 measured"),
        new Change(3, Literals.IOMMU__MAGAZINE_OP_NS, 10.0, "a magazine operation costs what rIOMMU's Table 1 "
            + "measured"),
        new Change(3, Literals.IOMMU__IOVA_TREE_STEP_NS, 25.0, "a step of the IOVA tree costs what FAST 2015's "
            + "Table 2 gives"),
        new Change(3, Literals.IOMMU__DEFERRED_QUEUE_NS, 0.0, "a deferred unmap now pays for putting its IOVA on "
            + "the flush queue"),
        new Change(4, Literals.MEMORY_CONTROLLER__LATENCY_NS, 90.0, "the whole idle latency counted the home agent's "
            + "lookup and the line's transfer twice"),
        new Change(4, Literals.IOMMU__PAGE_WALK_LATENCY_NS, 180.0, "calibrated again on pcie-bench's IOTLB misses "
            + "now that a page-table read from memory is shorter"));

    private Defaults() {
    }

    /**
     * Gives the fields of {@code platform}, read from a file of an older revision, the defaults they had then, and
     * marks the model current; returns one note per changed default, naming the field and both values.
     */
    public static List<String> upgrade(Platform platform) {
        List<String> notes = new ArrayList<>();
        int revision = platform.getDefaultsRevision();
        if (revision >= CURRENT) {
            return notes;
        }
        for (Change change : HISTORY) {
            if (change.revision() <= revision) {
                continue;
            }
            List<EObject> kept = new ArrayList<>();
            platform.eAllContents().forEachRemaining(element -> {
                if (change.field().getEContainingClass().isInstance(element) && !element.eIsSet(change.field())) {
                    element.eSet(change.field(), change.before());
                    kept.add(element);
                }
            });
            if (!kept.isEmpty()) {
                notes.add("written before revision " + change.revision() + " of PlatSim's defaults: "
                    + Labels.describe(kept.get(0)) + (kept.size() > 1 ? " and " + (kept.size() - 1) + " more" : "")
                    + " keep '" + FieldLabels.field(change.field()) + "' at "
                    + FieldLabels.value(change.field(), change.before(), String::valueOf)
                    + " as before (the default is now " + change.field().getDefaultValueLiteral()
                    + ": " + change.why() + "); save to keep it so, or clear the field for the new default");
            }
        }
        platform.setDefaultsRevision(CURRENT);
        return notes;
    }
}
