/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.templates.scenarios;

import java.util.Map;

import io.platsim.templates.PlatformBuilder;
import io.platsim.model.AccessPattern;
import io.platsim.model.DmaDirection;
import io.platsim.model.DmaStream;
import io.platsim.model.IovaAllocatorPolicy;
import io.platsim.model.LoadMode;
import io.platsim.model.MemoryRegistration;
import io.platsim.model.PageSize;
import io.platsim.model.Platform;
import io.platsim.model.SnoopMode;

/**
 * Seed scenario 10, memory registration: an RDMA NIC writing into the memory applications registered, whose
 * translations it caches (the registered footprint against the cache's reach, huge pages, and the IOMMU), and the
 * cost of registering: many small regions against one large one, with an IOMMU, without DMA coherence.
 */
final class RdmaScenarios {

    static final String FOLDER = "10-memory-registration";

    /** Entries of the NIC's translation cache in these models: a scenario setting, as no RDMA NIC publishes it. */
    private static final int ENTRIES = 1024;

    private static final String REGISTRATION = "An RDMA NIC on a Gen4 x16 link writes 4 KiB messages from remote "
        + "peers (RDMA writes) into memory applications registered, at random places in the registered footprint, "
        + "one message after another. The NIC caches 1,024 translations of registered pages "
        + "(memoryTranslationEntries, a setting of this scenario: no RDMA NIC publishes its cache's size), which "
        + "reach 4 MiB of 4 KiB pages. For every page a message touches that the cache does not hold, the NIC first "
        + "reads the page's 8-byte entry from host memory across the bus. Compare footprint-1m (nearly every lookup "
        + "hits after the warm-up: about the link's 208 Gb/s), footprint-16m (three lookups in four miss, and each "
        + "miss holds its message back by a read round trip: components[].statistics.translation_misses, "
        + "latency_split_mean_ns.iommu, throughput falls), footprint-256m (nearly every lookup misses), "
        + "footprint-256m-huge-pages (the same footprint registered on 2 MiB pages: 128 entries reach it, and the "
        + "throughput is back) and footprint-16m-iommu (an IOMMU also translates each message's IOVA, identity "
        + "mappings on 4 KiB pages: its IOTLB misses too, and the two waits add up). ";

    private static final String REGISTERING = "A core registers 1 MiB of memory with an RDMA NIC and deregisters it "
        + "again, round after round, as a registration benchmark loops over ibv_reg_mr and ibv_dereg_mr. Each "
        + "registration takes 50 µs (the system call and the NIC's command: mlx5 with its cache of keys) and 62 ns "
        + "to pin each 4 KiB page, and the core writes one 8-byte translation entry per page into the NIC's table; "
        + "each deregistration takes 40 µs and 15 ns a page (the MemoryRegistration's defaults, with their "
        + "sources). The NIC's components[] statistics count the regions (registrations) and the core's time on "
        + "them (registration_ps). Compare register-many-small (16 regions of 64 KiB: the fixed costs sixteen "
        + "times over, more than ten times the time for the same MiB), register-one-large, register-one-large-iommu "
        + "(the region is also mapped through the IOMMU and unmapped again: the DMA-mapping calls) and "
        + "register-one-large-non-coherent (a platform without DMA coherence: each line of entries is flushed to "
        + "memory for the NIC to read). ";

    private RdmaScenarios() {
    }

    static void add(Map<String, Platform> models) {
        Scenarios.put(models, FOLDER, registered("footprint-1m", 1L << 20, 4096, false, "This variant: 1 MiB."));
        Scenarios.put(models, FOLDER, registered("footprint-16m", 16L << 20, 4096, false, "This variant: 16 MiB."));
        Scenarios.put(models, FOLDER, registered("footprint-256m", 256L << 20, 4096, false,
            "This variant: 256 MiB."));
        Scenarios.put(models, FOLDER, registered("footprint-256m-huge-pages", 256L << 20, 2L << 20, false,
            "This variant: 256 MiB on 2 MiB pages."));
        Scenarios.put(models, FOLDER, registered("footprint-16m-iommu", 16L << 20, 4096, true,
            "This variant: 16 MiB behind an IOMMU."));
        Scenarios.put(models, FOLDER, registering("register-many-small", 16, 64 << 10, false, true,
            "This variant: 16 regions of 64 KiB."));
        Scenarios.put(models, FOLDER, registering("register-one-large", 1, 1 << 20, false, true,
            "This variant: one region of 1 MiB."));
        Scenarios.put(models, FOLDER, registering("register-one-large-iommu", 1, 1 << 20, true, true,
            "This variant: one region of 1 MiB behind an IOMMU."));
        Scenarios.put(models, FOLDER, registering("register-one-large-non-coherent", 1, 1 << 20, false, false,
            "This variant: one region of 1 MiB on a platform without DMA coherence."));
    }

    private static Platform registering(String name, int regions, long regionBytes, boolean iommu, boolean coherent,
            String variant) {
        ScenarioPlatform s = new ScenarioPlatform(name, REGISTERING + variant, 1, SnoopMode.HOME_SNOOP, false);
        s.platform.setDmaCoherent(coherent);
        if (iommu) {
            s.iommu();
        }
        MemoryRegistration registration = PlatformBuilder.F.createMemoryRegistration();
        registration.setName("registration");
        registration.setCore(s.sockets[0].getCores().get(2));
        registration.setNic(s.nic);
        registration.setRegionCount(regions);
        registration.setRegionBytes(regionBytes);
        // The first round starts as the warm-up ends, so that it counts.
        registration.setStartUs(s.platform.getRunSettings().getWarmupUs());
        if (regions > 1) {
            // A round of many small regions takes the core about 1.5 ms, and a round counts once done.
            s.platform.getRunSettings().setDurationUs(5000);
        }
        s.platform.getWorkloads().add(registration);
        return s.platform;
    }

    private static Platform registered(String name, long footprint, long pageBytes, boolean iommu, String variant) {
        ScenarioPlatform s = new ScenarioPlatform(name, REGISTRATION + variant, 1, SnoopMode.HOME_SNOOP, false);
        s.nic.setMemoryTranslationEntries(ENTRIES);
        s.nic.setMemoryTranslationPageBytes(pageBytes);
        if (iommu) {
            var unit = s.iommu();
            unit.setIovaAllocator(IovaAllocatorPolicy.IDENTITY);
            unit.setMappingPageSize(PageSize.SIZE_4K);
        }
        DmaStream writes = s.nicStream("rdma-writes", DmaDirection.WRITE, 4096, 10, 0);
        writes.setLoadMode(LoadMode.CLOSED_LOOP);
        writes.setOutstanding(1);
        writes.setAccessPattern(AccessPattern.RANDOM);
        writes.setBufferWindowBytes(footprint);
        writes.setInterruptEvery(0);
        return s.platform;
    }
}
