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
 * @param source where the line starts
 * @param target where the line ends
 */
public record Connection(String key, EObject element, EReference reference, EObject source, EObject target) {
}
