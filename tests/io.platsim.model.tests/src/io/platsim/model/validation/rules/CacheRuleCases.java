/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.validation.rules;

import static io.platsim.model.validation.rules.ModelElements.cache;
import static io.platsim.model.validation.rules.ModelElements.core;
import static io.platsim.model.validation.rules.ModelElements.sock;

import java.util.List;

import io.platsim.model.CacheLevel;
import io.platsim.model.CacheProtocol;
import io.platsim.model.ReplacementPolicy;

/** One failing and one passing case for each rule on caches. */
final class CacheRuleCases {

    private CacheRuleCases() {
    }

    static List<RuleCase> all() {
        return List.of(
            new RuleCase("cache-protocol-consistent", p -> cache(p, "s0c1-L2").setProtocol(CacheProtocol.MOESI),
                "s0c1-L2", "protocol", p -> cache(p, "s0-LLC").setProtocol(CacheProtocol.MOESI)),
            new RuleCase("cache-geometry", p -> cache(p, "s0-LLC").setSizeBytes(42L * 1024 * 1024 + 64), "s0-LLC",
                "sizeBytes", p -> cache(p, "s0-LLC").setSizeBytes(12L * 64 * 1000)),
            new RuleCase("cache-replacement", p -> cache(p, "s0-LLC").setReplacement(ReplacementPolicy.PLRU),
                "s0-LLC", "replacement", p -> {
                    cache(p, "s0-LLC").setWays(16);
                    cache(p, "s0-LLC").setReplacement(ReplacementPolicy.PLRU);
                }),
            new RuleCase("cache-cores-alike", p -> cache(p, "s0c1-L2").setReplacement(ReplacementPolicy.RRIP),
                "s0c1-L2", "replacement", p -> sock(p, "socket0").getCaches().stream()
                    .filter(c -> c.getLevel() == CacheLevel.L2).forEach(c -> c.setReplacement(ReplacementPolicy.RRIP))),
            new RuleCase("cache-line-size", p -> cache(p, "s0c0-L1").setLineSizeBytes(48), "s0c0-L1",
                "lineSizeBytes", p -> cache(p, "s0c0-L1").setLineSizeBytes(128)),
            new RuleCase("cache-private-owner", p -> cache(p, "s0c0-L2").setPrivateTo(null), "s0c0-L2", "privateTo",
                p -> cache(p, "s0c0-L2").setPrivateTo(core(p, "s0c1"))),
            new RuleCase("cache-dma-ways", p -> cache(p, "s0-LLC").setDmaAllocatableWays(13), "s0-LLC",
                "dmaAllocatableWays", p -> cache(p, "s0-LLC").setDmaAllocatableWays(12)));
    }
}
