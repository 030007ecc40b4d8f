/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.compiler;

import io.platsim.engine.cache.CacheConfig;
import io.platsim.engine.cache.Replacement;
import io.platsim.engine.cache.Inclusion;
import io.platsim.engine.cache.Protocol;
import io.platsim.engine.socket.SocketConfig.MemoryConfig;
import io.platsim.engine.socket.SocketConfig.SnoopMode;
import io.platsim.engine.socket.SocketConfig;
import io.platsim.model.Cache;
import io.platsim.model.CacheLevel;
import io.platsim.model.HomeAgent;
import io.platsim.model.MemoryController;
import io.platsim.model.PlatsimFactory;
import io.platsim.model.Socket;

/**
 * A socket as the engine sees it. Every core gets the geometry of the first L1 and L2 the socket lists (the
 * metamodel has a private cache per core, and templates give them all one size); their state protocol is the
 * L2's (or the L1's). Snooping a core costs the home agent's lookup, a hit in its outermost private cache and two
 * crossings of the socket's ring or mesh (to the core and back); a modified line also travels through the LLC,
 * adding an LLC hit. The socket's memory controllers act as one
 * with all their channels and bandwidth.
 */
final class Sockets {

    private Sockets() {
    }

    static SocketConfig compile(Socket socket) {
        Cache llc = first(socket, CacheLevel.LLC);
        Cache l2 = first(socket, CacheLevel.L2);
        Cache l1 = first(socket, CacheLevel.L1);
        Cache privateCache = l2 != null ? l2 : l1;
        HomeAgent agent = socket.getHomeAgents().isEmpty() ? PlatsimFactory.eINSTANCE.createHomeAgent()
            : socket.getHomeAgents().get(0);
        MemoryController first = socket.getMemoryControllers().get(0);
        int channels = 0;
        double bandwidth = 0;
        for (MemoryController controller : socket.getMemoryControllers()) {
            channels += controller.getChannels();
            bandwidth += controller.getBandwidthGBps() * 1e9;
        }
        long lookup = ModelCompiler.ps(agent.getLookupLatencyNs());
        long llcHit = llc != null ? ModelCompiler.ps(llc.getHitLatencyNs()) : lookup;
        long snoop = lookup + ModelCompiler.ps(privateCache != null ? privateCache.getHitLatencyNs() : 0)
            + 2 * ModelCompiler.ps(socket.getInterconnectCrossingNs());
        Protocol protocol = Protocol.valueOf((privateCache != null ? privateCache : llc != null ? llc
            : PlatsimFactory.eINSTANCE.createCache()).getProtocol().getName());
        Inclusion inclusion = llc != null ? Inclusion.valueOf(llc.getInclusion().getName()) : Inclusion.NON_INCLUSIVE;
        SnoopMode mode = SnoopMode.valueOf(agent.getSnoopMode().getName());
        MemoryConfig memory = new MemoryConfig(first.getName(), channels, ModelCompiler.ps(first.getLatencyNs()),
            bandwidth);
        return SocketConfig.of(socket.getName(), Math.max(1, socket.getCores().size()), memory)
            .caches(geometry(l1), geometry(l2), geometry(llc))
            .policy(inclusion, protocol)
            .dmaWays(llc != null ? llc.getDmaAllocatableWays() : 0)
            .home(lookup, snoop, snoop + llcHit)
            .snoopMode(mode, agent.isIoDirectoryCache() ? agent.getIoDirectoryCacheEntries() : 0,
                mode == SnoopMode.DIRECTORY ? agent.getHitMeCacheEntries() : 0)
            .build();
    }

    private static CacheConfig geometry(Cache cache) {
        return cache == null ? null
            : new CacheConfig(cache.getSizeBytes(), cache.getWays(), ModelCompiler.ps(cache.getHitLatencyNs()),
                Replacement.valueOf(cache.getReplacement().getName()));
    }

    private static Cache first(Socket socket, CacheLevel level) {
        for (Cache cache : socket.getCaches()) {
            if (cache.getLevel() == level) {
                return cache;
            }
        }
        return null;
    }
}
