/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.compiler;

import io.platsim.engine.platform.PlatformConfig.MemoryConfig;
import io.platsim.engine.platform.PlatformConfig.SnoopMode;
import io.platsim.engine.platform.PlatformConfig.SocketConfig;
import io.platsim.model.Cache;
import io.platsim.model.CacheLevel;
import io.platsim.model.HomeAgent;
import io.platsim.model.MemoryController;
import io.platsim.model.PlatsimFactory;
import io.platsim.model.Socket;

/**
 * A socket as the engine sees it. Snooping a core costs the home agent's lookup plus a hit in the core's
 * private L2 (or L1 without one); a modified line also travels through the LLC, adding an LLC hit. The socket's
 * memory controllers act as one with all their channels and bandwidth.
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
        long llcHit = llc != null ? ModelCompiler.ps(llc.getHitLatencyNs()) : ModelCompiler.ps(first.getLatencyNs());
        long snoop = ModelCompiler.ps(agent.getLookupLatencyNs()
            + (privateCache != null ? privateCache.getHitLatencyNs() : 0));
        long privateHit = ModelCompiler.ps(privateCache != null ? privateCache.getHitLatencyNs() : 0);
        SnoopMode mode = SnoopMode.valueOf(agent.getSnoopMode().getName());
        return new SocketConfig(socket.getName(), socket.getCores().size(),
            llc != null ? llc.getSizeBytes() : 0, llc != null ? llc.getWays() : 1,
            llc != null ? llc.getDmaAllocatableWays() : 0, llcHit, snoop, snoop + llcHit, privateHit,
            ModelCompiler.ps(agent.getLookupLatencyNs()), mode,
            agent.isIoDirectoryCache() ? agent.getIoDirectoryCacheEntries() : 0,
            new MemoryConfig(first.getName(), channels, ModelCompiler.ps(first.getLatencyNs()), bandwidth));
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
