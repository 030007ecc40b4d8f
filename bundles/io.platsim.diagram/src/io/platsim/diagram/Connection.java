/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.diagram;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * A line in the diagram. Either a model element of its own ({@code element}: a PCIe link, an inter-socket link,
 * a VM's device attachment, an MSI route) whose two ends are other elements, or one value of a reference
 * ({@code reference}: an IOMMU covering a root complex, a vCPU pinned to a core, a workload's target).
 *
 * @param key the layout key: the element's id, or source id, reference name and target id
 * @param element the model element the line stands for, or null for a reference
 * @param reference the reference the line stands for, or null for an element
 * @param source the box the line starts from: its model source, or the tile that source is folded into
 * @param target the box the line ends at: its model target, or the tile that target is folded into
 * @param modelSource where the line starts in the model, which editing the line changes
 * @param modelTarget where the line ends in the model
 */
public record Connection(String key, EObject element, EReference reference, EObject source, EObject target,
        EObject modelSource, EObject modelTarget) {

    /** A line drawn between its model ends. */
    public Connection(String key, EObject element, EReference reference, EObject source, EObject target) {
        this(key, element, reference, source, target, source, target);
    }

    /** This line drawn between {@code shownSource} and {@code shownTarget}, its model ends kept. */
    public Connection drawnBetween(EObject shownSource, EObject shownTarget) {
        return new Connection(key, element, reference, shownSource, shownTarget, modelSource, modelTarget);
    }
}
