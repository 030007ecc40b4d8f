/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.compiler;

import io.platsim.engine.iommu.IommuConfig;
import io.platsim.engine.iommu.MappingConfig;
import io.platsim.model.Device;
import io.platsim.model.InvalidationMode;
import io.platsim.model.Iommu;
import io.platsim.model.Platform;
import io.platsim.model.RootComplex;
import io.platsim.model.RootPort;
import io.platsim.model.query.Fabric;

/**
 * The IOMMU that translates DMA through a root port, as the engine sees it: the IOTLB entries for its mapping
 * page size and its page tables in the memory of the root port's socket.
 */
final class Iommus {

    private Iommus() {
    }

    /** The IOMMU covering {@code port}'s root complex, or null. */
    static IommuConfig covering(Platform platform, RootPort port, int socket) {
        RootComplex complex = (RootComplex) port.eContainer();
        for (Iommu iommu : platform.getIommus()) {
            if (iommu.getCoveredRootComplexes().contains(complex)) {
                return compile(iommu, socket);
            }
        }
        return null;
    }

    /** Whether an IOMMU translates {@code device}'s DMA. */
    static boolean translated(Platform platform, Device device) {
        Device physical = device.getPhysicalFunction() != null ? device.getPhysicalFunction() : device;
        RootComplex complex = Fabric.rootComplexOf(platform, physical);
        return complex != null && platform.getIommus().stream()
            .anyMatch(iommu -> iommu.getCoveredRootComplexes().contains(complex));
    }

    private static IommuConfig compile(Iommu iommu, int socket) {
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
        return new IommuConfig(iommu.getName(), socket, page, entries, ModelCompiler.ps(iommu.getIotlbHitLatencyNs()),
            ModelCompiler.ps(iommu.getPageWalkLatencyNs()), iommu.getWalkCacheEntries(), iommu.getPageWalkers(),
            mapping(iommu), iommu.isInterruptRemapping() ? Math.max(1, iommu.getInterruptCacheEntries()) : 0);
    }

    private static MappingConfig mapping(Iommu iommu) {
        return new MappingConfig(MappingConfig.Allocator.valueOf(iommu.getIovaAllocator().getName()),
            iommu.getInvalidationMode() == InvalidationMode.STRICT, iommu.getDeferredBatchSize(),
            (long) (iommu.getDeferredTimeoutUs() * 1e6), iommu.getInvalidationQueueDepth(),
            ModelCompiler.ps(iommu.getInvalidationLatencyNs()), ModelCompiler.ps(iommu.getDeferredQueueNs()),
            ModelCompiler.ps(iommu.getIovaLockNs()),
            ModelCompiler.ps(iommu.getIovaTreeStepNs()), ModelCompiler.ps(iommu.getMagazineOpNs()),
            iommu.getMagazineSize(), iommu.getDepotSize(),
            ModelCompiler.ps(iommu.getPteUpdateNs() + iommu.getPteFlushNs()),
            iommu.isUnmapKeepsWalkCaches());
    }
}
