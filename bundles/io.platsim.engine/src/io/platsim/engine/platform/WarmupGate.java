/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.platform;

import io.platsim.engine.trace.TraceSink;

/** Passes records issued after the warm-up on to the run's sink, counting snoops and hazards as they pass. */
final class WarmupGate implements TraceSink {

    private final TraceSink next;
    private final long warmupPs;
    private final PlatformSimulation counts;

    WarmupGate(TraceSink next, long warmupPs, PlatformSimulation counts) {
        this.next = next;
        this.warmupPs = warmupPs;
        this.counts = counts;
    }

    @Override
    public void dma(long issuePs, int device, int stream, boolean write, long address, int bytes, long linkPs,
            long iommuPs, long coherencePs, long memoryPs, long driverPs, long latencyPs) {
        if (issuePs >= warmupPs) {
            next.dma(issuePs, device, stream, write, address, bytes, linkPs, iommuPs, coherencePs, memoryPs,
                driverPs, latencyPs);
        }
    }

    @Override
    public void snoop(long issuePs, int device, int socket, int core, int result, long address, long snoopPs) {
        if (issuePs >= warmupPs) {
            counts.snoops[result]++;
            next.snoop(issuePs, device, socket, core, result, address, snoopPs);
        }
    }

    @Override
    public void interrupt(long issuePs, int device, int socket, int core, long arrivedPs, long handlerPs) {
        if (issuePs >= warmupPs) {
            next.interrupt(issuePs, device, socket, core, arrivedPs, handlerPs);
        }
    }

    @Override
    public void iommu(long issuePs, int device, long address, int result, int reads, long translatePs) {
        if (issuePs >= warmupPs) {
            next.iommu(issuePs, device, address, result, reads, translatePs);
        }
    }

    @Override
    public void vmExit(long issuePs, int vm, int socket, int core, int reason, long costPs) {
        if (issuePs >= warmupPs) {
            next.vmExit(issuePs, vm, socket, core, reason, costPs);
        }
    }

    @Override
    public void workQueue(long issuePs, int device, int submission, int submitter, boolean retry, int occupancy) {
        if (issuePs >= warmupPs) {
            next.workQueue(issuePs, device, submission, submitter, retry, occupancy);
        }
    }

    @Override
    public void atsPri(long issuePs, int device, long address, boolean pageRequest, long durationPs) {
        if (issuePs >= warmupPs) {
            next.atsPri(issuePs, device, address, pageRequest, durationPs);
        }
    }

    @Override
    public void hazard(long issuePs, int kind, int device, long address, long visiblePs, long observedPs) {
        if (issuePs >= warmupPs) {
            counts.hazards[kind]++;
            next.hazard(issuePs, kind, device, address, visiblePs, observedPs);
        }
    }
}
