/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.compiler;

import io.platsim.engine.iommu.IommuConfig;
import io.platsim.engine.iommu.MappingConfig;
import io.platsim.model.InvalidationMode;
import io.platsim.model.Iommu;
import io.platsim.model.Platform;
import io.platsim.model.RootComplex;
import io.platsim.model.RootPort;

/**
 * The IOMMU that translates DMA through a root port, as the engine sees it: the IOTLB entries for its mapping
 * page size and its page tables in the memory of the root port's socket. An IOMMU that covers root complexes of
 * several sockets is one remapping unit per socket, as each socket's root complexes have remapping hardware of
 * their own: each unit keeps its IOTLB, walk caches, walkers and tables on its socket, and is named after the
 * IOMMU and the socket ({@code iommu0@socket1}).
 */
final class Iommus {

    private Iommus() {
    }

    /** The IOMMU covering {@code port}'s root complex, or null. */
    static IommuConfig covering(Platform platform, RootPort port, int socket) {
        RootComplex complex = (RootComplex) port.eContainer();
        for (Iommu iommu : platform.getIommus()) {
            if (iommu.getCoveredRootComplexes().contains(complex)) {
                boolean several = iommu.getCoveredRootComplexes().stream().map(RootComplex::eContainer).distinct()
                    .count() > 1;
                return compile(iommu, socket, several ? iommu.getName() + "@"
                    + platform.getSockets().get(socket).getName() : iommu.getName());
            }
        }
        return null;
    }

    private static IommuConfig compile(Iommu iommu, int socket, String name) {
        long page;
        int entries;
        switch (iommu.getMappingPageSize()) {
            case SIZE_2M -> {
                page = 1L << 21;
                entries = iommu.getIotlbEntries2M();
            }
            case SIZE_1G -> {
                page = 1L << 30;
                entries = iommu.getIotlbEntries1G();
            }
            default -> {
                page = 1L << 12;
                entries = iommu.getIotlbEntries4K();
            }
        }
        return IommuConfig.of(name, socket, mapping(iommu))
            .pages(page)
            .iotlb(entries, ModelCompiler.ps(iommu.getIotlbHitLatencyNs()))
            .walks(ModelCompiler.ps(iommu.getPageWalkLatencyNs()), iommu.getWalkCacheEntries(), iommu.getPageWalkers())
            .interruptCache(iommu.isInterruptRemapping() ? iommu.getInterruptCacheEntries() : -1)
            .build();
    }

    private static MappingConfig mapping(Iommu iommu) {
        return MappingConfig.of(MappingConfig.Allocator.valueOf(iommu.getIovaAllocator().getName()),
                iommu.getInvalidationMode() == InvalidationMode.STRICT)
            .invalidation(iommu.getInvalidationQueueDepth(), ModelCompiler.ps(iommu.getInvalidationLatencyNs()))
            .deferred(iommu.getDeferredBatchSize(), (long) (iommu.getDeferredTimeoutUs() * 1e6),
                ModelCompiler.ps(iommu.getDeferredQueueNs()))
            .tree(ModelCompiler.ps(iommu.getIovaLockNs()), ModelCompiler.ps(iommu.getIovaTreeStepNs()))
            .magazines(ModelCompiler.ps(iommu.getMagazineOpNs()), iommu.getMagazineSize(), iommu.getDepotSize())
            .pteUpdate(ModelCompiler.ps(iommu.getPteUpdateNs() + iommu.getPteFlushNs()))
            .keepWalkCaches(iommu.isUnmapKeepsWalkCaches())
            .build();
    }
}
