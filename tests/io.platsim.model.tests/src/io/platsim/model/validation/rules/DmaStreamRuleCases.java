/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.validation.rules;

import static io.platsim.model.validation.rules.ModelElements.stream;
import static io.platsim.model.validation.rules.ModelElements.submission;

import java.util.List;

import io.platsim.model.DmaDirection;
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
            // The drive's stream is its reads of the disk: the drive writes host memory, unless turned round here.
            new RuleCase("cache-maintenance-direction", p -> {
                stream(p, "nvme-reads").setDirection(DmaDirection.READ);
                stream(p, "nvme-reads").setInvalidateAfterWrite(true);
            }, "nvme-reads", "invalidateAfterWrite", p -> {
                stream(p, "nvme-reads").setDirection(DmaDirection.READ);
                stream(p, "nvme-reads").setFlushBeforeRead(true);
            }),
            new RuleCase("cache-maintenance-direction", p -> stream(p, "nic-rx").setFlushBeforeRead(true), "nic-rx",
                "flushBeforeRead", p -> stream(p, "nic-rx").setInvalidateAfterWrite(true)));
    }
}
