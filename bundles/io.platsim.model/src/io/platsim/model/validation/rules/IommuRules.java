/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.validation.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.platsim.model.AttachmentMode;
import io.platsim.model.DeviceAttachment;
import io.platsim.model.InvalidationMode;
import io.platsim.model.Iommu;
import io.platsim.model.IovaAllocatorPolicy;
import io.platsim.model.PageSize;
import io.platsim.model.Platform;
import io.platsim.model.PlatsimPackage.Literals;
import io.platsim.model.RootComplex;
import io.platsim.model.VirtualMachine;
import io.platsim.model.query.Fabric;
import io.platsim.model.validation.Problems;
import io.platsim.model.validation.Rule;

/** Rules on IOMMUs: IOTLB, invalidation, allocators, coverage and interrupt features. */
public final class IommuRules {

    private IommuRules() {
    }

    public static List<Rule> rules() {
        return List.of(
            Rule.error("iotlb-entries", "The IOTLB has entries for 4 KiB pages and for the mapping page size.",
                IommuRules::iotlbEntries),
            Rule.error("deferred-invalidation", "Deferred invalidation has a batch of 1 or more and a timeout.",
                (p, out) -> p.getIommus().stream().filter(i -> i.getInvalidationMode() == InvalidationMode.DEFERRED)
                    .forEach(i -> {
                        if (i.getDeferredBatchSize() < 1) {
                            out.report(i, Literals.IOMMU__DEFERRED_BATCH_SIZE, "a deferred flush needs a batch of "
                                + "1 or more unmaps");
                        } else if (i.getDeferredTimeoutUs() <= 0) {
                            out.report(i, Literals.IOMMU__DEFERRED_TIMEOUT_US, "a deferred flush needs a timeout "
                                + "above 0 µs, or unmapped IOVAs may never be flushed");
                        }
                    })),
            Rule.error("invalidation-queue-depth", "The invalidation queue holds at least 2 descriptors.", (p, out) ->
                p.getIommus().stream().filter(i -> i.getInvalidationQueueDepth() < 2)
                    .forEach(i -> out.report(i, Literals.IOMMU__INVALIDATION_QUEUE_DEPTH, "an invalidation and "
                        + "its wait descriptor need a queue of 2 or more"))),
            Rule.error("iova-magazines", "Per-CPU magazines hold at least one IOVA.", (p, out) ->
                p.getIommus().stream().filter(i -> i.getIovaAllocator() == IovaAllocatorPolicy.PER_CPU_MAGAZINES
                        && (i.getMagazineSize() < 1 || i.getDepotSize() < 0))
                    .forEach(i -> out.report(i, Literals.IOMMU__MAGAZINE_SIZE, "per-CPU magazines need a size of 1 "
                        + "or more and a depot of 0 or more"))),
            Rule.error("posted-needs-remapping", "Posted interrupts need interrupt remapping.", (p, out) ->
                p.getIommus().stream().filter(i -> i.isPostedInterrupts() && !i.isInterruptRemapping())
                    .forEach(i -> out.report(i, Literals.IOMMU__POSTED_INTERRUPTS, "posted interrupts go through "
                        + "the interrupt remapping table; enable interrupt remapping"))),
            Rule.error("iommu-coverage-unique", "A root complex is covered by one IOMMU at most.",
                IommuRules::coverage),
            Rule.error("passthrough-behind-iommu", "A passthrough device sits behind an IOMMU.", (p, out) -> {
                for (VirtualMachine vm : p.getVms()) {
                    for (DeviceAttachment a : vm.getAttachments()) {
                        if (a.getMode() == AttachmentMode.PASSTHROUGH && Checks.inPlatform(p, a.getDevice())
                                && Fabric.iommusOf(p, a.getDevice()).isEmpty()) {
                            out.report(a, Literals.DEVICE_ATTACHMENT__MODE, "passes " + Checks.name(a.getDevice())
                                + " through to " + Checks.name(vm) + " but no IOMMU covers its root complex; "
                                + "the VM could DMA anywhere in host memory");
                        }
                    }
                }
            }));
    }

    private static void iotlbEntries(Platform p, Problems out) {
        for (Iommu i : p.getIommus()) {
            if (i.getIotlbEntries4K() <= 0) {
                out.report(i, Literals.IOMMU__IOTLB_ENTRIES4_K, "the IOTLB needs at least one 4 KiB entry");
            } else if (i.getIotlbEntries2M() < 0 || i.getIotlbEntries1G() < 0) {
                out.report(i, i.getIotlbEntries2M() < 0 ? Literals.IOMMU__IOTLB_ENTRIES2_M
                    : Literals.IOMMU__IOTLB_ENTRIES1_G, "a negative number of IOTLB entries");
            } else if (i.getMappingPageSize() == PageSize.SIZE_2M && i.getIotlbEntries2M() == 0
                    || i.getMappingPageSize() == PageSize.SIZE_1G && i.getIotlbEntries1G() == 0) {
                out.report(i, Literals.IOMMU__MAPPING_PAGE_SIZE, "mappings use " + i.getMappingPageSize()
                    + " pages but the IOTLB has no entries of that size");
            }
        }
    }

    private static void coverage(Platform p, Problems out) {
        Map<RootComplex, Iommu> owner = new HashMap<>();
        for (Iommu i : p.getIommus()) {
            for (RootComplex complex : i.getCoveredRootComplexes()) {
                Iommu first = owner.putIfAbsent(complex, i);
                if (first != null) {
                    out.report(i, Literals.IOMMU__COVERED_ROOT_COMPLEXES, Checks.name(complex)
                        + " is already covered by " + Checks.name(first));
                }
            }
        }
    }
}
