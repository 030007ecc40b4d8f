/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.config;

/**
 * Threads submitting descriptors to an accelerator's work queue.
 *
 * @param name            for summaries
 * @param device          index of the accelerator
 * @param shared          a shared queue (ENQCMD: a full queue answers retry) or a dedicated one (MOVDIR64B:
 *                        its one client waits for room)
 * @param depth           entries of the queue
 * @param engines         the accelerator's engines, taking descriptors in turn
 * @param descriptorPs    an engine's time per descriptor besides moving its data
 * @param submitters      threads submitting at once
 * @param perSecond       offered descriptors per second, all submitters together
 * @param bytes           bytes each descriptor copies (read, then written)
 * @param retry           what a submitter does on retry
 * @param backoffPs       first backoff
 * @param deviceTlbEntries entries of the device's TLB when it uses ATS, 0 without ATS
 * @param nonPresent      fraction of descriptors whose pages are not present (needing PRI), 0 to 1
 * @param pri             whether the device asks for non-present pages with PRI (else such descriptors fail)
 * @param faultInPs       time to fault in a page PRI asks for
 * @param bufferBase      first address of the submitters' buffers
 * @param pageChangesPerSecond how often the process changes a page of its page tables
 * @param queue           the queue, by number: submissions of one number share its entries; -1 for a queue of its own
 * @param accelerator     the accelerator, by number: its queues share its engines and device TLB; -1 for its own
 * @param priority        the queue's weight when the accelerator's engines choose among its queues (1 to 15)
 */
public record WorkConfig(String name, int device, boolean shared, int depth, int engines, long descriptorPs,
        int submitters, double perSecond, int bytes, Retry retry, long backoffPs, int deviceTlbEntries,
        double nonPresent, boolean pri, long faultInPs, long bufferBase, double pageChangesPerSecond, int queue,
        int accelerator, int priority) {

    /**
     * Submissions {@code name} to accelerator {@code device}'s shared or dedicated queue, to be described by name:
     * a one-entry queue on one engine with no cost of its own, one submitter of empty descriptors that never
     * submits, retrying at once, without ATS, page faults or page-table changes, until told otherwise.
     */
    public static Builder of(String name, int device, boolean shared) {
        return new Builder(name, device, shared);
    }

    /** Builds a {@link WorkConfig} field by field, from {@link WorkConfig#of}. */
    public static final class Builder {
        private final String name;
        private final int device;
        private final boolean shared;
        private int depth = 1;
        private int engines = 1;
        private long descriptorPs;
        private int submitters = 1;
        private double perSecond;
        private int bytes;
        private Retry retry = Retry.IMMEDIATE;
        private long backoffPs;
        private int deviceTlbEntries;
        private double nonPresent;
        private boolean pri;
        private long faultInPs;
        private long bufferBase;
        private double pageChangesPerSecond;
        private int queue = -1;
        private int accelerator = -1;
        private int priority = 1;

        private Builder(String name, int device, boolean shared) {
            this.name = name;
            this.device = device;
            this.shared = shared;
        }

        /** The queue's entries, the accelerator's engines and an engine's time per descriptor. */
        public Builder accelerator(int entries, int engineCount, long perDescriptorPs) {
            depth = entries;
            engines = engineCount;
            descriptorPs = perDescriptorPs;
            return this;
        }

        /** {@code threads} submitters offering {@code rate} descriptors a second in all, each copying {@code size}. */
        public Builder submitters(int threads, double rate, int size) {
            submitters = threads;
            perSecond = rate;
            bytes = size;
            return this;
        }

        /** What a submitter does on retry, and its first backoff. */
        public Builder retry(Retry policy, long firstBackoffPs) {
            retry = policy;
            backoffPs = firstBackoffPs;
            return this;
        }

        /** The device's TLB entries when it uses ATS (0: no ATS). */
        public Builder deviceTlb(int entries) {
            deviceTlbEntries = entries;
            return this;
        }

        /** The share of descriptors whose pages are not present, whether PRI asks for them, and faulting one in. */
        public Builder faults(double share, boolean pageRequests, long faultIn) {
            nonPresent = share;
            pri = pageRequests;
            faultInPs = faultIn;
            return this;
        }

        /** The submitters' buffers start at {@code base}; their process changes its page tables {@code rate}/s. */
        public Builder process(long base, double rate) {
            bufferBase = base;
            pageChangesPerSecond = rate;
            return this;
        }

        /**
         * The queue it submits to and the accelerator that queue belongs to, by number, and the queue's priority:
         * submissions that name one queue share its entries, and the queues of one accelerator its engines.
         */
        public Builder queue(int queueNumber, int acceleratorNumber, int weight) {
            queue = queueNumber;
            accelerator = acceleratorNumber;
            priority = weight;
            return this;
        }

        /** The submissions. */
        public WorkConfig build() {
            return new WorkConfig(name, device, shared, depth, engines, descriptorPs, submitters, perSecond, bytes,
                retry, backoffPs, deviceTlbEntries, nonPresent, pri, faultInPs, bufferBase, pageChangesPerSecond, queue,
                accelerator, priority);
        }
    }

    /** What a submitter does when a shared work queue answers retry. */
    public enum Retry {
        IMMEDIATE, FIXED_BACKOFF, EXPONENTIAL_BACKOFF
    }
}
