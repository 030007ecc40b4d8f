/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.validation.rules;

import static io.platsim.model.validation.rules.ModelElements.iommu;
import static io.platsim.model.validation.rules.ModelElements.nic;
import static io.platsim.model.validation.rules.ModelElements.stream;
import static io.platsim.model.validation.rules.ModelElements.submission;

import java.util.List;

import io.platsim.model.DmaDirection;
import io.platsim.model.DmaStream;
import io.platsim.model.LoadMode;
import io.platsim.model.Platform;
import io.platsim.model.SizeDistribution;

/** One failing and one passing case for each rule on what a DMA stream or a work submission moves. */
final class DmaStreamRuleCases {

    private DmaStreamRuleCases() {
    }

    static List<RuleCase> all() {
        return List.of(
            new RuleCase("transfer-sizes", p -> {
                stream(p, "nvme-reads").setSizeDistribution(SizeDistribution.UNIFORM);
                stream(p, "nvme-reads").setMaxSizeBytes(1024);
            }, "nvme-reads", "maxSizeBytes", p -> {
                stream(p, "nvme-reads").setSizeDistribution(SizeDistribution.UNIFORM);
                stream(p, "nvme-reads").setMaxSizeBytes(8192);
            }),
            new RuleCase("transfer-sizes", p -> submission(p).setTransferBytes(0), "dsa-copies", "transferBytes",
                p -> submission(p).setTransferBytes(1)),
            new RuleCase("rate-offers-load", p -> stream(p, "nic-rx").setRateGbps(0), "nic-rx", "rateGbps",
                p -> stream(p, "nic-rx").setRateGbps(0.001)),
            // The drive's stream is its reads of the disk: the drive writes host memory, unless turned round here.
            new RuleCase("cache-maintenance-direction", p -> {
                stream(p, "nvme-reads").setDirection(DmaDirection.READ);
                stream(p, "nvme-reads").setInvalidateAfterWrite(true);
            }, "nvme-reads", "invalidateAfterWrite", p -> {
                stream(p, "nvme-reads").setDirection(DmaDirection.READ);
                stream(p, "nvme-reads").setFlushBeforeRead(true);
            }),
            new RuleCase("cache-maintenance-direction", p -> stream(p, "nic-rx").setFlushBeforeRead(true), "nic-rx",
                "flushBeforeRead", p -> stream(p, "nic-rx").setInvalidateAfterWrite(true)),
            // 4 entries a queue: a driven stream may coalesce the interrupts of as many writes as its rings hold.
            new RuleCase("coalescing-within-ring", p -> coalesce(p, 100_000), "nic-rx", "interruptEvery",
                p -> coalesce(p, 4)),
            // A closed-loop stream bounced through low memory (no IOMMU, a 30-bit mask, its buffer at 4 GiB).
            new RuleCase("coalescing-within-ring", p -> bounce(p, 8), "nic-rx", "interruptEvery", p -> bounce(p, 4)));
    }

    /** The NIC's stream keeps 4 writes in flight beyond its 30-bit mask, with no IOMMU, an interrupt every given. */
    private static void bounce(Platform p, int every) {
        iommu(p).getCoveredRootComplexes().clear();
        nic(p, "nic100g").setDmaAddressMaskBits(30);
        DmaStream rx = stream(p, "nic-rx");
        rx.setLoadMode(LoadMode.CLOSED_LOOP);
        rx.setOutstanding(4);
        rx.setBufferBaseAddress(4L << 30);
        rx.setInterruptEvery(every);
    }

    /** The NIC's rings hold 4 buffers a queue, its driver works on each packet, an interrupt every {@code every}. */
    private static void coalesce(Platform p, int every) {
        nic(p, "nic100g").setRxRingEntries(4);
        stream(p, "nic-rx").setDriverWorkNs(100);
        stream(p, "nic-rx").setInterruptEvery(every);
    }
}
