/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.workload;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import io.platsim.engine.cache.LruSet;
import io.platsim.engine.dma.DmaPath;
import io.platsim.engine.dma.DmaTransfer;
import io.platsim.engine.dma.DmaTransfers;
import io.platsim.engine.iommu.Iommu;
import io.platsim.engine.config.WorkConfig;
import io.platsim.engine.stats.LatencyHistogram;
import io.platsim.engine.stats.MeasuredTime;
import io.platsim.engine.trace.TraceSink;

/**
 * Accelerator work queues (shared virtual addressing, Scalable IOV). Each submitter offers descriptors at its
 * share of the rate. On a shared queue a submission is an ENQCMD, a non-posted write that comes back accepted or
 * retry (the queue is full); on retry the submitter tries again at once, after a fixed backoff, or after a
 * doubling one. A dedicated queue's one client (MOVDIR64B) waits for room instead. Submissions that name one
 * queue share its entries; the queues of one accelerator share its engines and its device TLB. An idle engine takes
 * the oldest descriptor of a queue, choosing among the accelerator's queues that hold any in proportion to their
 * priorities (smooth weighted round robin: a queue of priority 6 issues three descriptors for each one of a queue of
 * priority 2, as accel-config documents for Intel DSA), freeing the queue entry. For each one the engine
 * translates its two pages, then reads the source and writes the destination by DMA, and spends its own
 * descriptor time. Each submitter copies between its own two buffer pages, so the device TLB holds the translations
 * of as many submitters as fit its entries.
 * Translation goes through that TLB with ATS: a miss costs a translation request across the link to the IOMMU. A
 * descriptor whose pages are not present (drawn at the submission's fraction of descriptors) asks for each: a
 * translation request that fails, a PRI page request and the fault-in. What counts is said in {@link WorkCounts}.
 */
public final class WorkQueues {

    /** Each submitter's buffers: a source and a destination page, one after the other. */
    private static final long PAGE = 4096;

    private final List<WorkConfig> work;
    private final TraceSink sink;
    private final DmaPath[] paths;
    private final SplittableRandom random;
    /** Per submission: its queue and its accelerator, numbered from 0. */
    private final int[] queueOf;
    private final int[] acceleratorOf;
    /** Per queue: its descriptors, when each was accepted, by which submitter of which submission. */
    private final int[] occupancy;
    private final long[][] queued;
    private final int[][] queuedBy;
    private final int[][] queuedFor;
    private final int[] head;
    /** Per queue: its priority, and its standing in its accelerator's weighted round robin. */
    private final int[] weight;
    private final long[] standing;
    /** Per accelerator: its queues, and when each of its engines is free. */
    private final int[][] queuesOf;
    private final long[][] engineFreePs;
    private final int[][] retries;
    private final LruSet[] deviceTlbs;
    private final WorkCounts counts;
    private final DmaTransfers transfers;
    private final EngineFree engineFree;
    private final DmaTransfers.Listener copies = this::copied;

    /** Told when an engine will be free to take the next descriptor. */
    @FunctionalInterface
    public interface EngineFree {
        void at(int w, long atPs);
    }

    /** Work queues that count in the {@code measured} time ({@link WorkCounts}). */
    public WorkQueues(List<WorkConfig> work, DmaPath[] paths, DmaTransfers transfers, TraceSink sink,
            MeasuredTime measured, long seed, EngineFree engineFree) {
        this.work = work;
        this.transfers = transfers;
        this.engineFree = engineFree;
        this.sink = sink;
        this.paths = paths;
        random = new SplittableRandom(seed);
        int n = work.size();
        queueOf = new int[n];
        acceleratorOf = new int[n];
        int queues = number(work, queueOf, true);
        int accelerators = number(work, acceleratorOf, false);
        occupancy = new int[queues];
        queued = new long[queues][];
        queuedBy = new int[queues][];
        queuedFor = new int[queues][];
        head = new int[queues];
        weight = new int[queues];
        standing = new long[queues];
        queuesOf = new int[accelerators][0];
        engineFreePs = new long[accelerators][];
        deviceTlbs = new LruSet[accelerators];
        retries = new int[n][];
        for (int w = 0; w < n; w++) {
            WorkConfig c = work.get(w);
            int q = queueOf[w];
            int a = acceleratorOf[w];
            // The first submission to name a queue or an accelerator describes it.
            if (queued[q] == null) {
                queued[q] = new long[Math.max(1, c.depth())];
                queuedBy[q] = new int[queued[q].length];
                queuedFor[q] = new int[queued[q].length];
                weight[q] = Math.max(1, c.priority());
                queuesOf[a] = Arrays.copyOf(queuesOf[a], queuesOf[a].length + 1);
                queuesOf[a][queuesOf[a].length - 1] = q;
            }
            if (engineFreePs[a] == null) {
                engineFreePs[a] = new long[Math.max(1, c.engines())];
                deviceTlbs[a] = new LruSet(c.deviceTlbEntries());
            }
            retries[w] = new int[Math.max(1, c.submitters())];
        }
        int[] engines = new int[accelerators];
        for (int a = 0; a < accelerators; a++) {
            engines[a] = engineFreePs[a].length;
        }
        counts = new WorkCounts(n, engines, measured);
    }

    /**
     * Numbers each submission's queue (or accelerator) from 0 into {@code out}, in the order they first appear; a
     * submission that names none gets one of its own. Returns how many there are.
     */
    private static int number(List<WorkConfig> work, int[] out, boolean queues) {
        Map<Integer, Integer> numbers = new HashMap<>();
        int count = 0;
        for (int w = 0; w < work.size(); w++) {
            int named = queues ? work.get(w).queue() : work.get(w).accelerator();
            if (named < 0) {
                out[w] = count++;
            } else {
                Integer known = numbers.get(named);
                out[w] = known != null ? known : count;
                if (known == null) {
                    numbers.put(named, count++);
                }
            }
        }
        return count;
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
        int q = queueOf[w];
        long roundTrip = paths[c.device()].requestRoundTripPs();
        if (occupancy[q] >= queued[q].length) {
            if (!c.shared()) {
                return nowPs + roundTrip;
            }
            // Its row, as its count, once its answer is back by the end.
            if (counts.retried(w, nowPs, nowPs + roundTrip)) {
                sink.workQueue(nowPs, c.device(), w, s, true, occupancy[q]);
            }
            int tries = retries[w][s]++;
            return nowPs + roundTrip + switch (c.retry()) {
                case IMMEDIATE -> 0;
                case FIXED_BACKOFF -> c.backoffPs();
                case EXPONENTIAL_BACKOFF -> c.backoffPs() << Math.min(20, tries);
            };
        }
        retries[w][s] = 0;
        long accepted = nowPs + roundTrip;
        int entry = (head[q] + occupancy[q]++) % queued[q].length;
        queued[q][entry] = accepted;
        queuedBy[q][entry] = s;
        queuedFor[q][entry] = w;
        if (counts.submitted(w, nowPs, accepted)) {
            sink.workQueue(nowPs, c.device(), w, s, false, occupancy[q]);
        }
        return Math.max(accepted, nowPs + intervalPs(w));
    }

    /**
     * The first idle engine of submission {@code from}'s accelerator takes the oldest descriptor of one of its
     * queues at {@code nowPs} (chosen by priority, see the class comment), if any; returns whether one was taken.
     * The engine translates the descriptor's pages, reads the source and then writes the destination, each a DMA
     * transfer of events ({@link DmaTransfers}); it is free again the descriptor's own time after the write, and
     * says so through {@link EngineFree}.
     */
    public boolean dispatch(int from, long nowPs) {
        int a = acceleratorOf[from];
        int q = nextQueue(a);
        if (q < 0) {
            return false;
        }
        long[] engines = engineFreePs[a];
        int engine = -1;
        for (int e = 0; e < engines.length; e++) {
            if (engines[e] <= nowPs && (engine < 0 || engines[e] < engines[engine])) {
                engine = e;
            }
        }
        if (engine < 0) {
            return false;
        }
        chosen(a, q);
        int w = queuedFor[q][head[q]];
        WorkConfig c = work.get(w);
        long accepted = queued[q][head[q]];
        int submitter = queuedBy[q][head[q]];
        head[q] = (head[q] + 1) % queued[q].length;
        occupancy[q]--;
        engines[engine] = Long.MAX_VALUE;
        DmaPath dma = paths[c.device()];
        long source = c.bufferBase() + submitter * 2 * PAGE;
        // A descriptor's pages are present or not together, at the submission's fraction of descriptors.
        boolean absent = c.pri() && random.nextDouble() < c.nonPresent();
        long t = Math.max(nowPs, accepted);
        t = translate(a, engine, c, dma, source, absent, t, nowPs);
        t = translate(a, engine, c, dma, source + PAGE, absent, t, nowPs);
        copy(c, w, engine, dma, false, t, source).since(accepted);
        return true;
    }

    /**
     * The queue of accelerator {@code a} whose descriptor goes next, or -1 when none holds any: of those that hold
     * some, the one whose standing plus its priority is highest (smooth weighted round robin).
     */
    private int nextQueue(int a) {
        int best = -1;
        for (int q : queuesOf[a]) {
            if (occupancy[q] > 0 && (best < 0 || standing[q] + weight[q] > standing[best] + weight[best])) {
                best = q;
            }
        }
        return best;
    }

    /** Queue {@code q} of accelerator {@code a} was chosen: each queue holding descriptors gains its priority. */
    private void chosen(int a, int q) {
        long total = 0;
        for (int other : queuesOf[a]) {
            if (occupancy[other] > 0) {
                standing[other] += weight[other];
                total += weight[other];
            }
        }
        standing[q] -= total;
    }

    /**
     * Engine {@code engine} reads or writes a descriptor's {@code c.bytes()} at {@code address} from {@code atPs}; with
     * ATS it sends addresses its TLB translated, which the IOMMU lets through.
     */
    private DmaTransfer copy(WorkConfig c, int w, int engine, DmaPath dma, boolean write, long atPs, long address) {
        return c.deviceTlbEntries() > 0
            ? transfers.startTranslated(copies, w, engine, dma, write, atPs, address, c.bytes(), 0)
            : transfers.start(copies, w, engine, dma, write, atPs, address, c.bytes(), 0);
    }

    /** A descriptor's read, or its write, is timed: the write follows the read; the engine is free after it. */
    private void copied(DmaTransfer x) {
        int w = x.tag();
        int engine = x.item();
        WorkConfig c = work.get(w);
        if (!x.write()) {
            DmaTransfer write = copy(c, w, engine, x.path(), true, x.timing().donePs(), x.address() + PAGE);
            write.continues(x);
            return;
        }
        long done = x.timing().donePs() + c.descriptorPs();
        engineFreePs[acceleratorOf[w]][engine] = done;
        counts.completed(w, acceleratorOf[w], engine, x.sincePs(), done);
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
     * The process changes one of the pages its submitters copy between: the IOMMU invalidates it in its IOTLB and in
     * the device TLB (the next use asks for a translation again, which walks). Returns when the next change comes.
     */
    public long pageChange(int w, long nowPs) {
        WorkConfig c = work.get(w);
        long page = (c.bufferBase() + random.nextInt(2 * Math.max(1, c.submitters())) * PAGE) / PAGE;
        if (c.deviceTlbEntries() > 0 && deviceTlbs[acceleratorOf[w]].remove(page)) {
            counts.invalidated(w, nowPs);
        }
        Iommu iommu = paths[c.device()].iommu();
        if (iommu != null) {
            iommu.invalidatePage(page * PAGE);
        }
        return nextPageChangePs(w, nowPs);
    }

    /** Device-TLB entries that changes of the CPU page tables invalidated in the measured time. */
    public long invalidations(int w) {
        return counts.invalidations(w);
    }

    /**
     * Engine {@code engine} of accelerator {@code a} translates the page at {@code address}: its TLB, else a
     * translation request the IOMMU answers (from its IOTLB, else a walk); when {@code absent}, the walk finds no
     * entry, a page request (PRI) brings the page in, and a second translation request follows.
     */
    private long translate(int a, int engine, WorkConfig c, DmaPath dma, long address, boolean absent, long atPs,
            long nowPs) {
        LruSet tlb = deviceTlbs[a];
        if (!absent && c.deviceTlbEntries() > 0 && tlb.touch(address / PAGE)) {
            return atPs;
        }
        long t = atPs;
        if (c.deviceTlbEntries() > 0) {
            counts.atsMiss(a, engine);
            t = absent ? dma.atsNotPresentPs(nowPs, t, address) : dma.atsTranslatedPs(nowPs, t, address);
            sink.atsPri(nowPs, c.device(), address, false, t - atPs);
        }
        if (absent) {
            counts.pageRequest(a, engine);
            long asked = t;
            t += dma.requestRoundTripPs() + c.faultInPs();
            sink.atsPri(nowPs, c.device(), address, true, t - asked);
            if (c.deviceTlbEntries() > 0) {
                // The page is in: the device asks for its translation again.
                counts.atsMiss(a, engine);
                long again = t;
                t = dma.atsTranslatedPs(nowPs, t, address);
                sink.atsPri(nowPs, c.device(), address, false, t - again);
                tlb.touch(address / PAGE);
            }
        }
        return t;
    }

    /** Submissions sent after the warm-up and accepted by the end. */
    public long submitted(int w) {
        return counts.submitted(w);
    }

    /** Submissions sent after the warm-up that a full shared queue answered with retry by the end. */
    public long retried(int w) {
        return counts.retried(w);
    }

    /** Descriptors finished in the measured time. */
    public long completed(int w) {
        return counts.completed(w);
    }

    /** Translation requests the device TLB's misses sent for the completed descriptors. */
    public long atsMisses(int w) {
        return counts.atsMisses(w);
    }

    /** PRI page requests for absent pages of the completed descriptors. */
    public long pageRequests(int w) {
        return counts.pageRequests(w);
    }

    /** Time from a completed descriptor's acceptance to its completion. */
    public LatencyHistogram latency(int w) {
        return counts.latency(w);
    }
}
