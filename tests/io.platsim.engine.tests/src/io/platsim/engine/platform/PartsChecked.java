/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.platsim.engine.socket.SocketConfig.SnoopMode;
import io.platsim.engine.trace.TraceSink;

/** Fails a run whose DMA records have a negative latency part, or parts that do not add up. */
public final class PartsChecked implements TraceSink {

    private final SnoopMode mode;

    public PartsChecked(SnoopMode mode) {
        this.mode = mode;
    }

    @Override
    public void dma(long issuePs, int device, int stream, boolean write, long address, int bytes, long linkPs,
            long iommuPs, long coherencePs, long memoryPs, long driverPs, long latencyPs) {
        String parts = mode + ": link " + linkPs + ", IOMMU " + iommuPs + ", coherence " + coherencePs
            + ", memory " + memoryPs + ", driver " + driverPs + " ps";
        assertTrue(linkPs >= 0 && iommuPs >= 0 && coherencePs >= 0 && memoryPs >= 0 && driverPs >= 0, parts);
        assertTrue(linkPs + iommuPs + coherencePs + memoryPs + driverPs == latencyPs, parts + " of " + latencyPs);
    }

    @Override
    public void snoop(long issuePs, int device, int socket, int core, int result, long address, long ps) {
    }

    @Override
    public void interrupt(long issuePs, int device, int socket, int core, long arrivedPs, long handlerPs) {
    }

    @Override
    public void hazard(long issuePs, int kind, int device, long address, long visiblePs, long observedPs) {
    }
}
