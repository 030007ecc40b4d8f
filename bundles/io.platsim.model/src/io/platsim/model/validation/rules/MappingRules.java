/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.validation.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;

import io.platsim.model.Device;
import io.platsim.model.DmaStream;
import io.platsim.model.Iommu;
import io.platsim.model.Platform;
import io.platsim.model.PlatsimPackage.Literals;
import io.platsim.model.RequestResponseFlow;
import io.platsim.model.Workload;
import io.platsim.model.query.Fabric;
import io.platsim.model.validation.Problems;
import io.platsim.model.validation.Rule;

/**
 * Rules on per-I/O DMA mapping, where a setting and what uses it meet: a workload that maps per I/O needs an IOMMU,
 * and an IOMMU's mapping settings (invalidation, IOVA allocator) only matter when a workload behind it maps per I/O.
 */
public final class MappingRules {

    /** The IOMMU fields only per-I/O mapping uses, in the order a warning names the first one set. */
    private static final List<EAttribute> MAPPING_FIELDS = List.of(Literals.IOMMU__INVALIDATION_MODE,
        Literals.IOMMU__IOVA_ALLOCATOR, Literals.IOMMU__INVALIDATION_QUEUE_DEPTH,
        Literals.IOMMU__INVALIDATION_LATENCY_NS, Literals.IOMMU__DEFERRED_BATCH_SIZE,
        Literals.IOMMU__DEFERRED_TIMEOUT_US, Literals.IOMMU__DEFERRED_QUEUE_NS, Literals.IOMMU__IOVA_LOCK_NS,
        Literals.IOMMU__IOVA_TREE_STEP_NS, Literals.IOMMU__MAGAZINE_OP_NS, Literals.IOMMU__MAGAZINE_SIZE,
        Literals.IOMMU__DEPOT_SIZE, Literals.IOMMU__PTE_UPDATE_NS, Literals.IOMMU__PTE_FLUSH_NS,
        Literals.IOMMU__UNMAP_KEEPS_WALK_CACHES);

    private MappingRules() {
    }

    public static List<Rule> rules() {
        return List.of(
            Rule.warning("mapping-needs-iommu", "A workload that maps its buffers per I/O has an IOMMU to map them "
                + "in.", MappingRules::needsIommu),
            Rule.warning("mapping-settings-used", "An IOMMU's mapping settings are used: something behind it maps "
                + "per I/O.", MappingRules::settingsUsed));
    }

    /** The device of an enabled workload that maps per I/O (a DMA stream, or a flow on host cores), or null. */
    private static Device mapping(Workload w) {
        if (!w.isEnabled()) {
            return null;
        }
        if (w instanceof DmaStream s && s.isMapPerIo()) {
            return s.getDevice();
        }
        return w instanceof RequestResponseFlow f && f.getVm() == null && f.isMapPerIo() ? f.getDevice() : null;
    }

    private static void needsIommu(Platform p, Problems out) {
        for (Workload w : p.getWorkloads()) {
            Device device = mapping(w);
            if (device != null && Checks.inPlatform(p, device) && Fabric.iommusOf(p, device).isEmpty()) {
                out.report(w, w instanceof DmaStream ? Literals.DMA_STREAM__MAP_PER_IO
                    : Literals.REQUEST_RESPONSE_FLOW__MAP_PER_IO, "maps its buffers per I/O, but no IOMMU covers "
                    + Checks.name(device) + "; the run uses its buffers as they are");
            }
        }
    }

    private static void settingsUsed(Platform p, Problems out) {
        Set<Iommu> used = new HashSet<>();
        for (Workload w : p.getWorkloads()) {
            Device device = mapping(w);
            if (device != null && Checks.inPlatform(p, device)) {
                used.addAll(Fabric.iommusOf(p, device));
            }
        }
        for (Iommu iommu : p.getIommus()) {
            if (used.contains(iommu)) {
                continue;
            }
            MAPPING_FIELDS.stream().filter(iommu::eIsSet).findFirst().ifPresent(field -> out.report(iommu, field,
                "the run ignores this setting: nothing behind this IOMMU maps per I/O (no enabled DMA stream or "
                    + "host flow with mapPerIo), and only per-I/O mapping invalidates or allocates IOVAs"));
        }
    }
}
