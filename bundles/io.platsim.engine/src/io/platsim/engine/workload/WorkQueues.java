/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.workload;

import java.util.List;
import java.util.SplittableRandom;

import io.platsim.engine.cache.LruSet;
import io.platsim.engine.dma.DmaPath;
import io.platsim.engine.dma.DmaTransfer;
import io.platsim.engine.dma.DmaTransfers;
import io.platsim.engine.config.WorkConfig;
import io.platsim.engine.stats.LatencyHistogram;
import io.platsim.engine.trace.TraceSink;

/**
 * Accelerator work queues (shared virtual addressing, Scalable IOV). Each submitter offers descriptors at its
 * share of the rate. On a shared queue a submission is an ENQCMD, a non-posted write that comes back accepted or
 * retry (the queue is full); on retry the submitter tries again at once, after a fixed backoff, or after a
 * doubling one. A dedicated queue's one client (MOVDIR64B) waits for room instead. The accelerator's engines take
 * descriptors in order, freeing their queue entries. For each one the engine translates its two pages, then reads
 * the source and writes the destination by DMA, and spends its own descriptor time. Each submitter copies between
 * its own two buffer pages, so the device TLB holds the translations of as many submitters as fit its entries.
 * Translation goes through that TLB with ATS: a miss costs a translation request across the link to the IOMMU. A
 * descriptor whose page is not present (drawn at the submission's fraction) always asks: a translation request
 * that fails, a PRI page request and the fault-in.
 */
public final class WorkQueues {

    /** Each submitter's buffers: a source and a destination page, one after the other. */
    private static final long PAGE = 4096;

    private final List<WorkConfig> work;
    private final TraceSink sink;
    private final DmaPath[] paths;
    private final long warmupPs;
    private final SplittableRandom random;
    private final int[] occupancy;
    private final long[][] queued;
    /** Per queue entry: the submitter whose descriptor it holds. */
    private final int[][] queuedBy;
    private final int[] head;
    private final long[][] engineFreePs;
    private final int[][] retries;
    private final long[] submitted;
    private final long[] retried;
    private final long[] completed;
    private final long[] atsMisses;
    private final long[] pageRequests;
    private final LatencyHistogram[] latency;
    private final LruSet[] deviceTlbs;
    private final long[] invalidations;
    private final DmaTransfers transfers;
    private final EngineFree engineFree;
    private final DmaTransfers.Listener copies = this::copied;

    /** Told when an engine will be free to take the next descriptor. */
    @FunctionalInterface
    public interface EngineFree {
        void at(int w, long atPs);
    }

    public WorkQueues(List<WorkConfig> work, DmaPath[] paths, DmaTransfers transfers, TraceSink sink, long warmupPs,
            long seed, EngineFree engineFree) {
        this.work = work;
        this.transfers = transfers;
        this.engineFree = engineFree;
        this.sink = sink;
        this.paths = paths;
        this.warmupPs = warmupPs;
        random = new SplittableRandom(seed);
        int n = work.size();
        occupancy = new int[n];
        queued = new long[n][];
        queuedBy = new int[n][];
        head = new int[n];
        engineFreePs = new long[n][];
        retries = new int[n][];
        submitted = new long[n];
        retried = new long[n];
        completed = new long[n];
        atsMisses = new long[n];
        pageRequests = new long[n];
        latency = new LatencyHistogram[n];
        deviceTlbs = new LruSet[n];
        invalidations = new long[n];
        for (int w = 0; w < n; w++) {
            WorkConfig c = work.get(w);
            queued[w] = new long[Math.max(1, c.depth())];
            queuedBy[w] = new int[queued[w].length];
            engineFreePs[w] = new long[Math.max(1, c.engines())];
            retries[w] = new int[Math.max(1, c.submitters())];
            latency[w] = new LatencyHistogram();
            deviceTlbs[w] = new LruSet(c.deviceTlbEntries());
        }
    }

    /** Time between one submitter's descriptors. */
    public long intervalPs(int w) {
        WorkConfig c = work.get(w);
        return Math.max(1, (long) (1e12 * Math.max(1, c.submitters()) / c.perSecond()));
    }

    /**
     * Submitter {@code s} of submission {@code w} submits at {@code nowPs}; returns when it submits next (after its
     * interval when accepted, after its retry policy's wait when not).
     */
    public long submit(int w, int s, long nowPs) {
        WorkConfig c = work.get(w);
        boolean counted = nowPs >= warmupPs;
        long roundTrip = paths[c.device()].requestRoundTripPs();
        if (occupancy[w] >= queued[w].length) {
            if (!c.shared()) {
                return nowPs + roundTrip;
            }
            if (counted) {
                retried[w]++;
            }
            sink.workQueue(nowPs, c.device(), w, s, true, occupancy[w]);
            int tries = retries[w][s]++;
            return nowPs + roundTrip + switch (c.retry()) {
                case IMMEDIATE -> 0;
                case FIXED_BACKOFF -> c.backoffPs();
                case EXPONENTIAL_BACKOFF -> c.backoffPs() << Math.min(20, tries);
            };
        }
        retries[w][s] = 0;
        long accepted = nowPs + roundTrip;
        int entry = (head[w] + occupancy[w]++) % queued[w].length;
        queued[w][entry] = accepted;
        queuedBy[w][entry] = s;
        sink.workQueue(nowPs, c.device(), w, s, false, occupancy[w]);
        if (counted) {
            submitted[w]++;
        }
        return Math.max(accepted, nowPs + intervalPs(w));
    }

    /**
     * The first idle engine of submission {@code w} takes the oldest queued descriptor at {@code nowPs}, if any;
     * returns whether one was taken. The engine translates the descriptor's pages, reads the source and then
     * writes the destination, each a DMA transfer of events ({@link DmaTransfers}); it is free again the
     * descriptor's own time after the write, and says so through {@link EngineFree}.
     */
    public boolean dispatch(int w, long nowPs) {
        if (occupancy[w] == 0) {
            return false;
        }
        long[] engines = engineFreePs[w];
        int engine = -1;
        for (int e = 0; e < engines.length; e++) {
            if (engines[e] <= nowPs && (engine < 0 || engines[e] < engines[engine])) {
                engine = e;
            }
        }
        if (engine < 0) {
            return false;
        }
        WorkConfig c = work.get(w);
        long accepted = queued[w][head[w]];
        int submitter = queuedBy[w][head[w]];
        head[w] = (head[w] + 1) % queued[w].length;
        occupancy[w]--;
        engines[engine] = Long.MAX_VALUE;
        DmaPath dma = paths[c.device()].stamp(nowPs);
        long source = c.bufferBase() + submitter * 2 * PAGE;
        boolean counted = nowPs >= warmupPs;
        long t = Math.max(nowPs, accepted);
        t = translate(w, c, dma, source, t, nowPs, counted);
        t = translate(w, c, dma, source + PAGE, t, nowPs, counted);
        transfers.start(copies, w, engine, dma, false, t, source, c.bytes(), 0).since(accepted);
        return true;
    }

    /** A descriptor's read, or its write, is timed: the write follows the read; the engine is free after it. */
    private void copied(DmaTransfer x) {
        int w = x.tag();
        int engine = x.item();
        WorkConfig c = work.get(w);
        if (!x.write()) {
            DmaTransfer write = transfers.start(copies, w, engine, x.path(), true, x.timing().donePs(),
                x.address() + PAGE, c.bytes(), 0);
            write.continues(x);
            return;
        }
        long done = x.timing().donePs() + c.descriptorPs();
        engineFreePs[w][engine] = done;
        if (x.issuePs() >= warmupPs) {
            completed[w]++;
            latency[w].record(done - x.sincePs());
        }
        engineFree.at(w, done);
    }

    /**
     * When the process of submission {@code w} next changes a page of its page tables after {@code nowPs}, at
     * exponentially spread times; -1 when its page tables do not change.
     */
    public long nextPageChangePs(int w, long nowPs) {
        double rate = work.get(w).pageChangesPerSecond();
        if (rate <= 0) {
            return -1;
        }
        return nowPs + 1 + (long) (-Math.log(1 - random.nextDouble()) * 1e12 / rate);
    }

    /**
     * The process changes one of the pages its submitters copy between: the IOMMU invalidates it in the device TLB
     * (the next use asks for a translation again). Returns when the next change comes.
     */
    public long pageChange(int w, long nowPs) {
        WorkConfig c = work.get(w);
        long page = (c.bufferBase() + random.nextInt(2 * Math.max(1, c.submitters())) * PAGE) / PAGE;
        if (c.deviceTlbEntries() > 0 && deviceTlbs[w].remove(page) && nowPs >= warmupPs) {
            invalidations[w]++;
        }
        return nextPageChangePs(w, nowPs);
    }

    /** Device-TLB entries that changes of the CPU page tables invalidated, after warm-up. */
    public long invalidations(int w) {
        return invalidations[w];
    }

    /** The device translates the page at {@code address}: its TLB, else a translation request; PRI when absent. */
    private long translate(int w, WorkConfig c, DmaPath dma, long address, long atPs, long nowPs,
            boolean counted) {
        boolean absent = c.pri() && random.nextDouble() < c.nonPresent();
        if (!absent && c.deviceTlbEntries() > 0 && deviceTlbs[w].touch(address / PAGE)) {
            return atPs;
        }
        long t = atPs;
        if (c.deviceTlbEntries() > 0) {
            atsMisses[w] += counted ? 1 : 0;
            t += dma.requestRoundTripPs();
            sink.atsPri(nowPs, c.device(), address, false, t - atPs);
        }
        if (absent) {
            pageRequests[w] += counted ? 1 : 0;
            long asked = t;
            t += dma.requestRoundTripPs() + c.faultInPs();
            sink.atsPri(nowPs, c.device(), address, true, t - asked);
            if (c.deviceTlbEntries() > 0) {
                deviceTlbs[w].touch(address / PAGE);
            }
        }
        return t;
    }

    public long submitted(int w) {
        return submitted[w];
    }

    /** Submissions a full shared queue answered with retry, after warm-up. */
    public long retried(int w) {
        return retried[w];
    }

    public long completed(int w) {
        return completed[w];
    }

    /** Translation requests the device TLB's misses sent, after warm-up. */
    public long atsMisses(int w) {
        return atsMisses[w];
    }

    /** PRI page requests for absent pages, after warm-up. */
    public long pageRequests(int w) {
        return pageRequests[w];
    }

    /** Time from a descriptor's acceptance to its completion, after warm-up. */
    public LatencyHistogram latency(int w) {
        return latency[w];
    }
}
