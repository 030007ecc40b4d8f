/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.pcie;

/**
 * A device with a DMA engine. Its PCIe path (the links up to its root port, and so its socket) follows from
 * the links' ends.
 *
 * @param name            for traces and summaries; the downstream end of its link
 * @param rootComplexPs   root complex forwarding latency
 * @param coherent        whether its DMA is snooped (false for no-snoop or a non-coherent device)
 * @param relaxedOrdering whether its writes may let a later MSI complete before them
 * @param interruptCore   core its MSIs are delivered to (index in its socket), -1 for none
 * @param interruptPs     from the MSI reaching the root complex to the handler's first instruction
 * @param outstandingReads read requests the DMA engine keeps in flight at most (its tags)
 * @param dmaWindowBase   first host address its DMA reaches (0, or an agent board's window); buffers outside its
 *                        window are bounced
 * @param dmaWindowBytes  bytes of host memory its DMA reaches from there (its DMA mask's reach, or an agent board's
 *                        window within it)
 * @param ats             whether the device caches translations (ATS): unmapping must then invalidate its TLB
 * @param dmaEnginePs     the device's own time for each DMA read (its tag is held for it), 0 for none
 * @param issuePs         its DMA engine's time to issue each TLP, shared by all its streams, 0 for no limit
 * @param readLinePs      its DMA engine's time to take in each further 64-byte line of one read's data, 0 for
 *                        none (the links alone pace it)
 * @param translationEntries   its cache of memory-region translations (an RDMA NIC's memory translation table),
 *                             0 for a device that takes DMA addresses as given
 * @param translationPageBytes the page each of those translations covers
 */
public record DeviceConfig(String name, long rootComplexPs, boolean coherent, boolean relaxedOrdering,
        int interruptCore, long interruptPs, int outstandingReads, long dmaWindowBase, long dmaWindowBytes, boolean ats,
        long dmaEnginePs, long issuePs, long readLinePs, int translationEntries, long translationPageBytes) {

    /**
     * A device named {@code name}, behind a root complex that forwards in {@code rootComplexPs}, with
     * {@code outstandingReads} read tags, to be described by name: coherent, strictly ordered, no interrupts,
     * 64-bit addresses, no ATS, no DMA engine costs of its own until told otherwise.
     */
    public static Builder of(String name, long rootComplexPs, int outstandingReads) {
        return new Builder(name, rootComplexPs, outstandingReads);
    }

    /** Builds a {@link DeviceConfig} field by field, from {@link DeviceConfig#of}. */
    public static final class Builder {
        private final String name;
        private final long rootComplexPs;
        private final int outstandingReads;
        private boolean coherent = true;
        private boolean relaxedOrdering;
        private int interruptCore = -1;
        private long interruptPs;
        private long dmaWindowBase;
        private long dmaWindowBytes = Long.MAX_VALUE;
        private boolean ats;
        private long dmaEnginePs;
        private long issuePs;
        private long readLinePs;
        private int translationEntries;
        private long translationPageBytes;

        private Builder(String name, long rootComplexPs, int outstandingReads) {
            this.name = name;
            this.rootComplexPs = rootComplexPs;
            this.outstandingReads = outstandingReads;
        }

        /** Whether its DMA is snooped, and whether its writes may let a later MSI pass them. */
        public Builder ordering(boolean snooped, boolean relaxed) {
            coherent = snooped;
            relaxedOrdering = relaxed;
            return this;
        }

        /** Its MSIs go to {@code core} of its socket, {@code ps} from the root complex to the handler. */
        public Builder interrupts(int core, long ps) {
            interruptCore = core;
            interruptPs = ps;
            return this;
        }

        /** The host memory its DMA reaches: {@code bytes} from {@code base}. */
        public Builder dmaWindow(long base, long bytes) {
            dmaWindowBase = base;
            dmaWindowBytes = bytes;
            return this;
        }

        /** Whether it caches translations (ATS). */
        public Builder ats(boolean caches) {
            ats = caches;
            return this;
        }

        /** Its DMA engine's own time per read, per TLP issued, and per further line of one read's data. */
        public Builder engine(long perReadPs, long perTlpPs, long perLinePs) {
            dmaEnginePs = perReadPs;
            issuePs = perTlpPs;
            readLinePs = perLinePs;
            return this;
        }

        /**
         * Its cache of {@code entries} memory-region translations of {@code pageBytes} pages each (an RDMA NIC's
         * memory translation table); 0 entries for a device that takes DMA addresses as given.
         */
        public Builder memoryTranslation(int entries, long pageBytes) {
            translationEntries = entries;
            translationPageBytes = pageBytes;
            return this;
        }

        /** The device. */
        public DeviceConfig build() {
            return new DeviceConfig(name, rootComplexPs, coherent, relaxedOrdering, interruptCore, interruptPs,
                outstandingReads, dmaWindowBase, dmaWindowBytes, ats, dmaEnginePs, issuePs, readLinePs,
                translationEntries,
                translationPageBytes);
        }
    }
}
