/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.socket;

import java.util.function.LongSupplier;

import io.platsim.engine.cache.CacheConfig;
import io.platsim.engine.component.ComponentSpec;

/** A socket's parameters, ports and statistics as a component (its memory controller and LLC are their own). */
final class SocketSpec {

    private SocketSpec() {
    }

    static ComponentSpec of(SocketModel socket, LongSupplier snoopFilterLines) {
        SocketConfig config = socket.config;
        ComponentSpec spec = ComponentSpec.of("socket", config.name()).param("cores", "", config.cores(), "cores")
            .setting("protocol", socket.protocol, "state protocol of the private caches");
        cache(spec, "l1", config.l1());
        cache(spec, "l2", config.l2());
        return spec.param("lookup", "ps", config.lookupPs(), "home agent's lookup of a request")
            .param("snoop", "ps", config.snoopPs(), "snooping a core holding a line clean")
            .param("snoop_modified", "ps", config.snoopModifiedPs(), "snooping a core holding a line dirty")
            .setting("snoop_mode", config.snoopMode(), "how the home agent keeps its memory coherent")
            .param("io_directory_cache", "lines", config.ioDirectoryCacheEntries(), "I/O directory cache")
            .param("hitme_cache", "lines", config.hitMeEntries(), "directory states of lines shared across sockets")
            .port("memory", "line reads and writes to its memory controller", 1)
            .port("llc", "lines to and from its LLC", 1)
            .port("upi", "coherent requests, snoops and data to other sockets", Integer.MAX_VALUE)
            .port("io", "inbound DMA from its root ports", Integer.MAX_VALUE)
            .stat("core_writebacks", "lines", "lines the private caches wrote back", socket::coreWritebacks)
            .stat("back_invalidations", "lines", "lines an inclusive LLC took from the cores",
                socket::backInvalidations)
            .level("snoop_filter_lines", "lines", "lines the snoop filter tracks at the end", snoopFilterLines);
    }

    private static void cache(ComponentSpec spec, String level, CacheConfig cache) {
        if (cache != null) {
            spec.param(level + "_size", "B", cache.bytes(), "each core's " + level)
                .param(level + "_ways", "", cache.ways(), "associativity of each core's " + level)
                .param(level + "_hit", "ps", cache.hitPs(), "hit latency of each core's " + level)
                .setting(level + "_replacement", cache.replacement(), "replacement policy of each core's " + level);
        }
    }
}
