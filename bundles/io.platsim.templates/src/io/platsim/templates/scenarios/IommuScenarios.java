/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.templates.scenarios;

import static io.platsim.templates.PlatformBuilder.F;

import java.util.Map;

import io.platsim.model.AccessPattern;
import io.platsim.model.DmaDirection;
import io.platsim.model.DmaStream;
import io.platsim.model.InvalidationMode;
import io.platsim.model.Iommu;
import io.platsim.model.IovaAllocatorPolicy;
import io.platsim.model.LoadMode;
import io.platsim.model.PageSize;
import io.platsim.model.Platform;
import io.platsim.model.RequestResponseFlow;
import io.platsim.model.SnoopMode;

/**
 * Seed scenario 7, the IOMMU: a NIC's per-packet mapping at line rate, a host's 200 request/response flows
 * churning through mappings (each with and without an IOMMU and under each allocator and invalidation policy), and
 * the IOTLB's reach with identity mappings on 4 KiB pages.
 */
final class IommuScenarios {

    static final String FOLDER = "7-iommu";

    private static final String PACKETS = "A NIC receives 1500-byte packets at 80 Gb/s on 4 queues of 256 buffers, "
        + "each queue's core mapping every buffer through the IOMMU before its packet and unmapping it after "
        + "(dynamic DMA mapping). A core that cannot keep up first lives off its ring, so the run warms up for 1 "
        + "ms. Compare iommu-off, deferred-magazines (Linux's defaults: lazy invalidation, per-CPU IOVA "
        + "magazines: keeps up), strict-magazines (every unmap waits for an IOTLB invalidation: throughput falls "
        + "to what four cores can wait through), deferred-global-lock (one lock over the tree of live IOVAs: the "
        + "cores queue for it and throughput falls further) and identity-2m (static identity mappings on 2 MiB "
        + "pages: within 1% of no IOMMU). ";

    private static final String STACK = "A NIC receives 1500-byte packets at 80 Gb/s on one queue of 256 buffers, "
        + "and the queue's core runs the network stack's work on each packet, 575 ns (what Linux took to forward a "
        + "packet on one core of a Xeon E5-1650 v4: Hoiland-Jorgensen et al., 'The eXpress Data Path', CoNEXT "
        + "2018), besides mapping every buffer through the IOMMU and unmapping it after. One core cannot keep up, "
        + "so its ring runs dry and the NIC waits for buffers: streams[].driver_work_fraction is near 1 and "
        + "throughput is what the core gets through. Compare single-queue-iommu-off (the stack alone), "
        + "single-queue-deferred (mapping and unmapping take the core about 450 ns more a packet) and "
        + "single-queue-strict (every unmap also waits for an IOTLB invalidation on that core: about half of "
        + "deferred). ";

    private static final String REACH = "The NIC reads 64-byte lines at random addresses across a 16 MiB buffer, "
        + "four reads in flight (a DMA engine pulling as fast as it can), through static identity mappings on 4 "
        + "KiB pages. The IOTLB's 64 entries reach 256 KiB: with bufferWindowBytes at 256 KiB or less every read "
        + "hits and throughput is that of no IOMMU; beyond it the reads land on more pages than the IOTLB holds, "
        + "the misses wait for the page walkers, and throughput falls off a cliff whose knee sits at 64 x 4 KiB. "
        + "Remove the IOMMU, or set its mappingPageSize to 2 MiB, and the cliff is gone. ";

    private static final String CHURN = "A host answers 200 concurrent TCP_RR-like connections (64-byte requests "
        + "and responses, 2 us of work each) on cores 0 to 7, through a 100 Gb/s NIC whose driver maps every "
        + "request and response buffer through the IOMMU and unmaps it after: the 200-thread TCP_RR test that "
        + "churns through mappings on every core. Each core unmaps a request's buffer, maps a fresh one and maps "
        + "the response's, and unmaps that on its next turn. Compare flows[].transactions_per_second and "
        + "mapping_us_per_transaction of rr-iommu-off, rr-deferred-magazines (per-CPU IOVA magazines: the cores "
        + "never meet, and throughput grows with cores), rr-strict-magazines (every unmap waits for its "
        + "invalidation through the one invalidation queue: below deferred) and rr-deferred-global-lock (every map "
        + "and unmap takes one lock over a tree of 400 live IOVAs: the cores queue for it, and from a few cores on "
        + "throughput stays flat however many cores answer). Take cores out of the flow, or add the socket's other "
        + "eight, to see the scaling. ";

    private IommuScenarios() {
    }

    static void add(Map<String, Platform> models) {
        Scenarios.put(models, FOLDER, packets("iommu-off", null, false, PageSize.SIZE_4K, "This variant: no IOMMU."));
        Scenarios.put(models, FOLDER, packets("deferred-magazines", IovaAllocatorPolicy.PER_CPU_MAGAZINES, false,
            PageSize.SIZE_4K, "This variant: deferred invalidation, per-CPU magazines, 4 KiB pages."));
        Scenarios.put(models, FOLDER, packets("strict-magazines", IovaAllocatorPolicy.PER_CPU_MAGAZINES, true,
            PageSize.SIZE_4K, "This variant: strict invalidation, per-CPU magazines, 4 KiB pages."));
        Scenarios.put(models, FOLDER, packets("deferred-global-lock", IovaAllocatorPolicy.GLOBAL_LOCK_TREE, false,
            PageSize.SIZE_4K, "This variant: deferred invalidation, one global lock over the IOVA tree."));
        Scenarios.put(models, FOLDER, packets("identity-2m", IovaAllocatorPolicy.IDENTITY, false, PageSize.SIZE_2M,
            "This variant: identity mappings on 2 MiB pages."));
        Scenarios.put(models, FOLDER, singleQueue("single-queue-iommu-off", false, false,
            "This variant: no IOMMU."));
        Scenarios.put(models, FOLDER, singleQueue("single-queue-deferred", true, false,
            "This variant: deferred invalidation, per-CPU magazines."));
        Scenarios.put(models, FOLDER, singleQueue("single-queue-strict", true, true,
            "This variant: strict invalidation, per-CPU magazines."));
        Scenarios.put(models, FOLDER, reach());
        Scenarios.put(models, FOLDER, churn("rr-iommu-off", null, false, "This variant: no IOMMU."));
        Scenarios.put(models, FOLDER, churn("rr-deferred-magazines", IovaAllocatorPolicy.PER_CPU_MAGAZINES, false,
            "This variant: deferred invalidation, per-CPU magazines."));
        Scenarios.put(models, FOLDER, churn("rr-strict-magazines", IovaAllocatorPolicy.PER_CPU_MAGAZINES, true,
            "This variant: strict invalidation, per-CPU magazines."));
        Scenarios.put(models, FOLDER, churn("rr-deferred-global-lock", IovaAllocatorPolicy.GLOBAL_LOCK_TREE, false,
            "This variant: deferred invalidation, one global lock over the IOVA tree."));
    }

    private static Platform packets(String name, IovaAllocatorPolicy allocator, boolean strict, PageSize page,
            String variant) {
        ScenarioPlatform s = new ScenarioPlatform(name, PACKETS + variant, 1, SnoopMode.HOME_SNOOP, false);
        s.nic.setQueuePairs(4);
        s.nic.setRxRingEntries(256);
        s.platform.getRunSettings().setWarmupUs(1000);
        if (allocator != null) {
            iommu(s, allocator, strict).setMappingPageSize(page);
        }
        DmaStream rx = s.nicStream("rx", DmaDirection.WRITE, 1500, 80, 0);
        rx.setMapPerIo(true);
        rx.setInterruptEvery(0);
        return s.platform;
    }

    private static Platform singleQueue(String name, boolean iommu, boolean strict, String variant) {
        ScenarioPlatform s = new ScenarioPlatform(name, STACK + variant, 1, SnoopMode.HOME_SNOOP, false);
        s.nic.setQueuePairs(1);
        s.nic.setRxRingEntries(256);
        s.platform.getRunSettings().setWarmupUs(1000);
        if (iommu) {
            iommu(s, IovaAllocatorPolicy.PER_CPU_MAGAZINES, strict);
        }
        DmaStream rx = s.nicStream("rx", DmaDirection.WRITE, 1500, 80, 0);
        rx.setMapPerIo(iommu);
        rx.setDriverWorkNs(575);
        rx.setInterruptEvery(0);
        return s.platform;
    }

    private static Platform reach() {
        ScenarioPlatform s = new ScenarioPlatform("reads-identity-4k", REACH, 1, SnoopMode.HOME_SNOOP, false);
        iommu(s, IovaAllocatorPolicy.IDENTITY, false).setMappingPageSize(PageSize.SIZE_4K);
        DmaStream reads = s.nicStream("reads", DmaDirection.READ, 64, 0, 0);
        reads.setLoadMode(LoadMode.CLOSED_LOOP);
        reads.setOutstanding(4);
        reads.setAccessPattern(AccessPattern.RANDOM);
        reads.setInterruptEvery(0);
        return s.platform;
    }

    private static Platform churn(String name, IovaAllocatorPolicy allocator, boolean strict, String variant) {
        ScenarioPlatform s = new ScenarioPlatform(name, CHURN + variant, 1, SnoopMode.HOME_SNOOP, false);
        if (allocator != null) {
            iommu(s, allocator, strict);
        }
        RequestResponseFlow flows = F.createRequestResponseFlow();
        flows.setName("tcp-rr");
        flows.setDevice(s.nic);
        flows.getCores().addAll(s.sockets[0].getCores().subList(0, 8));
        flows.setConcurrentFlows(200);
        flows.setRequestBytes(64);
        flows.setResponseBytes(64);
        flows.setMapPerIo(true);
        s.platform.getWorkloads().add(flows);
        return s.platform;
    }

    private static Iommu iommu(ScenarioPlatform s, IovaAllocatorPolicy allocator, boolean strict) {
        Iommu iommu = s.iommu();
        iommu.setIovaAllocator(allocator);
        iommu.setInvalidationMode(strict ? InvalidationMode.STRICT : InvalidationMode.DEFERRED);
        return iommu;
    }
}
