/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.trace;


/**
 * Where the engine reports what happens, one call per record, with no allocation. DMA and interrupt records are
 * stamped with the time their transfer was issued (the engine holds them until every transfer issued before has
 * finished); every other record with the time of the event that produced it. So records of each kind arrive in
 * time order; the times at which later steps happened are fields of the record. The engine does not know how
 * records are stored.
 */
public interface TraceSink {

    /** Snoop results ({@link SnoopResult}): a miss is a snoop of another socket that found no copy (core -1). */
    int SNOOP_MISS = SnoopResult.MISS.code();
    int SNOOP_CLEAN = SnoopResult.CLEAN_HIT.code();
    int SNOOP_MODIFIED = SnoopResult.MODIFIED_HIT.code();

    /** {@code visiblePs} of a hazard whose right data never reaches where it was read (a stale read). */
    long NEVER_VISIBLE = -1;

    /** Hazard kinds ({@link HazardKind}). */
    int HAZARD_MSI_BEFORE_DATA = HazardKind.MSI_BEFORE_DATA.code();
    int HAZARD_STALE_READ = HazardKind.STALE_READ.code();
    int HAZARD_STALE_WRITE = HazardKind.STALE_WRITE.code();
    /** The platform shut down: a machine check arrived in guest context without CR4.MCE kept in force. */
    int HAZARD_SHUTDOWN = HazardKind.SHUTDOWN.code();

    /** A DMA transfer and where its latency went (link, IOMMU, coherence, memory, driver add up to the total). */
    void dma(long issuePs, int device, int stream, boolean write, long address, int bytes, long linkPs,
            long iommuPs, long coherencePs, long memoryPs, long driverPs, long latencyPs);

    /** A snoop by a device's DMA: of a core's cache, or of another socket (core -1 when it found nothing). */
    void snoop(long issuePs, int device, int socket, int core, int result, long address, long snoopPs);

    /** An MSI: when it reached the root complex and when its handler started. */
    void interrupt(long issuePs, int device, int socket, int core, long arrivedPs, long handlerPs);

    /**
     * An IOMMU translation of a DMA transfer's pages: {@code result} is the worst page's (a
     * {@link TranslationResult} code), {@code reads} the page-table entries read, {@code translatePs} the time from
     * the root complex to the last page translated.
     */
    default void iommu(long issuePs, int device, long address, int result, int reads, long translatePs) {
    }

    /**
     * A VM exit: VM {@code vm}'s vCPU on {@code core} of {@code socket} left guest mode for {@code reason} (the code
     * of an {@link io.platsim.engine.vm.ExitReason}).
     */
    default void vmExit(long issuePs, int vm, int socket, int core, int reason, long costPs) {
    }

    /** A submission to a work queue: {@code retry} when a full shared queue refused it; the entries then used. */
    default void workQueue(long issuePs, int device, int submission, int submitter, boolean retry, int occupancy) {
    }

    /** A device's translation request ({@code pageRequest} false: ATS) or page request (true: PRI). */
    default void atsPri(long issuePs, int device, long address, boolean pageRequest, long durationPs) {
    }

    /** Something software could observe going wrong. */
    void hazard(long issuePs, int kind, int device, long address, long visiblePs, long observedPs);

    /** A sink that drops everything. */
    TraceSink NONE = new TraceSink() {
        @Override
        public void dma(long issuePs, int device, int stream, boolean write, long address, int bytes, long linkPs,
                long iommuPs, long coherencePs, long memoryPs, long driverPs, long latencyPs) {
        }

        @Override
        public void snoop(long issuePs, int device, int socket, int core, int result, long address, long snoopPs) {
        }

        @Override
        public void interrupt(long issuePs, int device, int socket, int core, long arrivedPs, long handlerPs) {
        }

        @Override
        public void hazard(long issuePs, int kind, int device, long address, long visiblePs, long observedPs) {
        }
    };
}
