/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.compiler.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.platsim.engine.platform.PlatformSimulation;
import io.platsim.engine.trace.TraceSink;
import io.platsim.engine.vm.ExitReason;
import io.platsim.engine.workload.WorkQueues;

/**
 * The seed scenarios of the example workspace, loaded from their saved files and run as a user would, show what
 * their descriptions say.
 */
class ScenarioExpectationsTest {

    private static final long SIMULATED_PS = SavedScenarios.SIMULATED_PS;

    private static PlatformSimulation run(String file) throws Exception {
        return SavedScenarios.run(file, platform -> { });
    }

    private static long p50(PlatformSimulation sim) {
        return sim.stream(0).latency().percentile(0.5);
    }

    private static double gbps(PlatformSimulation sim) {
        return sim.stream(0).bytes() * 8.0 / (SIMULATED_PS / 1000.0);
    }

    @Test
    void dmaCoherenceAcrossSockets() throws Exception {
        PlatformSimulation one = run("1-dma-coherence/one-socket.platsim");
        PlatformSimulation home = run("1-dma-coherence/two-socket-home-snoop.platsim");
        PlatformSimulation source = run("1-dma-coherence/two-socket-source-snoop.platsim");
        PlatformSimulation directory = run("1-dma-coherence/two-socket-directory.platsim");
        long lines = home.stream(0).transfers() * 24;
        assertEquals(0, one.snoops(TraceSink.SNOOP_MISS), "one socket: nobody to snoop");
        assertEquals(lines, home.snoops(TraceSink.SNOOP_MISS), lines * 0.01, "home snoop: one per line");
        assertEquals(lines, source.snoops(TraceSink.SNOOP_MISS), lines * 0.01, "source snoop: one per line");
        assertEquals(0, directory.snoops(TraceSink.SNOOP_MISS), "the directory knows socket 1 holds nothing");
        assertTrue(p50(one) < p50(source) && p50(source) < p50(home),
            "latency: one socket " + p50(one) + " < source " + p50(source) + " < home " + p50(home));
        assertTrue(p50(directory) > p50(home), "directory reads for a ring beyond the I/O directory cache");
    }

    /** Exits per transaction for the I/O: the guest's timer (its preemption-timer and re-arming exits) aside. */
    private static double exitsPerTransaction(PlatformSimulation sim) {
        long exits = 0;
        for (ExitReason reason : ExitReason.values()) {
            if (reason != ExitReason.PREEMPTION_TIMER && reason != ExitReason.MSR_ACCESS) {
                exits += sim.flows().exits(0, reason);
            }
        }
        return (double) exits / sim.flows().transactions(0);
    }

    @Test
    void vmExitsPerRequestByHowTheVmSeesItsNic() throws Exception {
        PlatformSimulation emulated = run("2-vm-exits/emulated-nic.platsim");
        PlatformSimulation virtio = run("2-vm-exits/virtio-vhost.platsim");
        PlatformSimulation passthrough = run("2-vm-exits/passthrough-vf-posted.platsim");
        // Exits count when they happen, transactions when they end: one transaction in flight at the window's end
        // may have taken its exits.
        assertEquals(7, exitsPerTransaction(emulated), 7.0 / emulated.flows().transactions(0) + 0.01,
            "interrupt, three registers, kick, TX interrupt, cause");
        assertEquals(2, exitsPerTransaction(virtio), 2.0 / virtio.flows().transactions(0) + 0.01,
            "the interrupt and the kick");
        assertEquals(0, exitsPerTransaction(passthrough), "a VF with posted interrupts never exits");
        long fast = passthrough.flows().latency(0).percentile(0.5);
        long middle = virtio.flows().latency(0).percentile(0.5);
        long slow = emulated.flows().latency(0).percentile(0.5);
        assertTrue(fast < middle && middle < slow, "transaction p50 " + fast + " < " + middle + " < " + slow + " ps");
        assertTrue(passthrough.flows().transactions(0) > 3 * emulated.flows().transactions(0));
    }

    @Test
    void msiAfterDma() throws Exception {
        PlatformSimulation strict = run("3-msi-ordering/strict-ordering.platsim");
        PlatformSimulation relaxed = run("3-msi-ordering/relaxed-ordering.platsim");
        assertTrue(strict.stream(0).interrupts() > 100);
        assertEquals(0, strict.hazards(TraceSink.HAZARD_MSI_BEFORE_DATA), "strict ordering: never");
        assertTrue(relaxed.hazards(TraceSink.HAZARD_MSI_BEFORE_DATA) > 0, "relaxed ordering lets MSIs pass");
    }

    @Test
    void dmaWithoutCacheCoherence() throws Exception {
        PlatformSimulation stale = run("4-non-coherent-dma/cached-no-flush.platsim");
        PlatformSimulation flushed = run("4-non-coherent-dma/cached-flush.platsim");
        PlatformSimulation uncached = run("4-non-coherent-dma/uncached-common-buffer.platsim");
        assertTrue(stale.hazards(TraceSink.HAZARD_STALE_READ) > 100, "cached buffer, no flush: stale reads");
        assertEquals(0, flushed.hazards(TraceSink.HAZARD_STALE_READ), "flushing first");
        assertTrue(flushed.stream(0).flushes() > 100 && flushed.stream(0).flushPs() > 0, "at a cost");
        assertEquals(0, uncached.hazards(TraceSink.HAZARD_STALE_READ), "an uncached buffer has no stale lines");
        double cachedWrite = stale.cpuStream(0).latency().mean();
        double uncachedWrite = uncached.cpuStream(0).latency().mean();
        assertTrue(uncachedWrite > 5 * cachedWrite, "the core's writes go to memory: " + uncachedWrite + " ps vs "
            + cachedWrite + " ps cached");
    }

    @Test
    void aDeviceWithoutCacheCoherenceWritingLinesACoreReads() throws Exception {
        PlatformSimulation kept = run("4-non-coherent-dma/receive-no-invalidate.platsim");
        PlatformSimulation dropped = run("4-non-coherent-dma/receive-invalidate.platsim");
        assertTrue(kept.hazards(TraceSink.HAZARD_STALE_WRITE) > 100, "the core's clean copies go stale: "
            + kept.hazards(TraceSink.HAZARD_STALE_WRITE));
        assertEquals(0, dropped.hazards(TraceSink.HAZARD_STALE_WRITE), "dropped after each write");
        double cachedRead = kept.cpuStream(0).latency().mean();
        double freshRead = dropped.cpuStream(0).latency().mean();
        assertTrue(freshRead > 2 * cachedRead, "the core reads what the NIC wrote from memory: " + freshRead
            + " ps vs " + cachedRead + " ps from its stale copies");
    }

    @Test
    void aSharedWorkQueueSaturatesAndSubmittersRetry() throws Exception {
        WorkQueues four = run("5-shared-work-queue/submitters-4.platsim").work();
        WorkQueues many = run("5-shared-work-queue/submitters-32.platsim").work();
        WorkQueues more = run("5-shared-work-queue/submitters-128.platsim").work();
        WorkQueues faults = run("5-shared-work-queue/page-faults-10pct.platsim").work();
        assertEquals(0, four.retried(0), "4 submitters: the queue never fills");
        assertTrue(many.retried(0) > 0 && more.retried(0) > 3 * many.retried(0),
            "retries climb: " + many.retried(0) + " then " + more.retried(0));
        assertTrue(many.completed(0) > 2 * four.completed(0));
        assertTrue(more.completed(0) <= many.completed(0), "throughput levels off: " + many.completed(0) + " then "
            + more.completed(0));
        assertEquals(0, four.atsMisses(0), "4 submitters' 8 pages stay in the 64-entry device TLB");
        assertTrue(more.atsMisses(0) > 0, "128 submitters' 256 pages do not");
        assertTrue(faults.pageRequests(0) > 0);
        assertTrue(faults.latency(0).mean() > 1.3 * four.latency(0).mean(), "PRI fault-ins add latency");
    }

    @Test
    void agentBoardsWithAThirtyBitMask() throws Exception {
        PlatformSimulation writes = run("6-agent-boards/write-only-ring.platsim");
        PlatformSimulation reads = run("6-agent-boards/reads-across-bus.platsim");
        PlatformSimulation bounced = run("6-agent-boards/bounced-above-mask.platsim");
        assertTrue(gbps(writes) > 4 * gbps(reads), "posted writes " + gbps(writes) + " vs reads across the bus "
            + gbps(reads) + " Gb/s");
        assertEquals(0, writes.stream(0).bounced(), "within the mask nothing is bounced");
        assertEquals(bounced.stream(0).transfers(), bounced.stream(0).bounced(), "beyond it every message is");
        assertTrue(bounced.stream(0).bouncePs() > 0 && p50(bounced) > p50(writes), "and the copy costs "
            + (p50(bounced) - p50(writes)) + " ps a message");
    }

    @Test
    void aMachineCheckInGuestContext() throws Exception {
        PlatformSimulation kept = run("8-machine-check/cr4-mce-kept.platsim");
        PlatformSimulation cleared = run("8-machine-check/cr4-mce-cleared.platsim");
        assertEquals("VM_EXIT", kept.machineCheckOutcome(0), "CR4.MCE kept: the host takes it as a VM exit");
        assertEquals(-1, kept.shutdownPs());
        assertEquals("SHUTDOWN", cleared.machineCheckOutcome(0), "CR4.MCE cleared: the platform shuts down");
        assertEquals(300_000_000L, cleared.shutdownPs(), "at the machine check");
        assertEquals(cleared.shutdownPs(), cleared.nowPs(), "and nothing runs after it");
        assertTrue(cleared.stream(0).transfers() < kept.stream(0).transfers());
    }

    @Test
    void theIommuUnderPerPacketMapping() throws Exception {
        double off = gbps(run("7-iommu/iommu-off.platsim"));
        double deferred = gbps(run("7-iommu/deferred-magazines.platsim"));
        double strict = gbps(run("7-iommu/strict-magazines.platsim"));
        double globalLock = gbps(run("7-iommu/deferred-global-lock.platsim"));
        double identity = gbps(run("7-iommu/identity-2m.platsim"));
        assertEquals(off, deferred, off * 0.01, "deferred invalidation with magazines keeps up");
        assertTrue(strict < 0.6 * deferred, "strict " + strict + " vs deferred " + deferred + " Gb/s");
        assertTrue(globalLock < strict, "global lock " + globalLock + " vs strict " + strict + " Gb/s");
        assertEquals(off, identity, off * 0.01, "identity mappings on 2 MiB pages");
    }

    @Test
    void aSingleQueueIsLimitedByItsCore() throws Exception {
        double off = gbps(run("7-iommu/single-queue-iommu-off.platsim"));
        double deferred = gbps(run("7-iommu/single-queue-deferred.platsim"));
        double strict = gbps(run("7-iommu/single-queue-strict.platsim"));
        assertEquals(1500 * 8 / 575.0, off, 1500 * 8 / 575.0 * 0.03, "one core at the stack's 575 ns a packet");
        // Per packet the core also maps (a 25 ns magazine take, an 80 ns entry write) and unmaps (an 80 ns entry
        // clear, a 25 ns magazine return, and 60 ns on the flush queue or a 1 us invalidation wait).
        assertEquals(1500 * 8 / 845.0, deferred, 1500 * 8 / 845.0 * 0.03, "deferred: 845 ns a packet");
        assertEquals(1500 * 8 / 1785.0, strict, 1500 * 8 / 1785.0 * 0.03, "strict: 1,785 ns a packet");
    }
}
