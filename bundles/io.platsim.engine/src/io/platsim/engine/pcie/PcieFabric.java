/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.pcie;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntToLongFunction;

import io.platsim.engine.memory.MemoryController;

import io.platsim.engine.resource.Channel;
import io.platsim.engine.resource.CreditPool;
import io.platsim.engine.resource.Pacer;

/**
 * The platform's PCIe links. Each direction of a link is one channel at the link's TLP-layer bandwidth (of its
 * own generation, width and sizes), shared by every device whose path crosses it: devices behind a switch share
 * its upstream link. Device-to-host requests cross their path TLP by TLP (writes split at the smallest max
 * payload on the path, reads at the smallest max read request), and each hop needs flow-control credits of the
 * receiver at its upstream end: a posted header and the payload's data credits for a write, a non-posted header
 * for a read request. The receiver frees them when it passes the TLP on (a switch when its next link takes it,
 * the root complex once it has absorbed it), and they are back at the sender one link latency later; so a
 * congested shared link, or a long credit loop, pushes back on the devices. Ordering on each link direction
 * follows the PCIe rules: a posted write does not pass an earlier posted write unless it has relaxed ordering,
 * and a read request never passes an earlier posted write. Completions need no credits (root complexes and
 * endpoints advertise infinite completion credits) and go down as one transfer per hop.
 */
public final class PcieFabric {

    private final PcieLinkModel[] models;
    private final Channel[] up;
    private final Channel[] down;
    private final long[] forwardingPs;
    private final long[] latencyPs;
    private final CreditPool[] postedHeaders;
    private final CreditPool[] postedData;
    private final CreditPool[] nonPostedHeaders;
    private final long[] lastPostedStart;
    /** When the latest posted write (by arrival) reached each link; later arrivals may not pass it. */
    private final long[] lastPostedArrival;
    private final long[] stalledPs;
    /** Per link, during one {@link #upstream} call: when the transfer's previous TLP had left it. */
    private final long[] ownFreePs;

    /** The links, with the channels of each direction the platform's netlist joined them with. */
    public PcieFabric(List<LinkSpec> links, Channel[] up, Channel[] down) {
        int count = links.size();
        models = new PcieLinkModel[count];
        this.up = up;
        this.down = down;
        forwardingPs = new long[count];
        latencyPs = new long[count];
        postedHeaders = new CreditPool[count];
        postedData = new CreditPool[count];
        nonPostedHeaders = new CreditPool[count];
        lastPostedStart = new long[count];
        lastPostedArrival = new long[count];
        stalledPs = new long[count];
        ownFreePs = new long[count];
        for (int i = 0; i < count; i++) {
            LinkSpec spec = links.get(i);
            models[i] = new PcieLinkModel(spec.link());
            forwardingPs[i] = spec.forwardingPs();
            latencyPs[i] = spec.latencyPs();
            postedHeaders[i] = new CreditPool(spec.postedHeaderCredits());
            postedData[i] = new CreditPool(spec.postedDataCredits());
            nonPostedHeaders[i] = new CreditPool(spec.nonPostedHeaderCredits());
        }
    }

    /** The root complex's side of a transfer's TLPs. */
    public interface RootComplex {
        /**
         * When the root complex, which TLP {@code k} of the transfer reached at {@code arrivedPs}, has taken it in and
         * frees its buffer: the TLP's credits go back then.
         */
        long takenPs(int k, long arrivedPs);
    }

    /**
     * A device-to-host transfer's TLPs as {@link #upstream} sent them: their payload size, their count, when each
     * reached the root port, and when the device's last one had left it. A sender keeps one and hands it to each of
     * its calls, which fill and return it: nothing is allocated per transfer.
     */
    public static final class Tlps {
        private long chunk;
        private int count;
        private long[] arrivals = new long[8];
        private long acceptedPs;
        private long arrivedPs;

        /** How many TLPs the transfer took. */
        public int count() {
            return count;
        }

        /** The payload of each TLP (the last one may carry less). */
        public long chunk() {
            return chunk;
        }

        /** When TLP {@code k} reached the root port. */
        public long arrivalPs(int k) {
            return arrivals[k];
        }

        /** When the device's last TLP had left it: the device may start its next transfer then. */
        public long acceptedPs() {
            return acceptedPs;
        }

        /** When the last TLP reached the root port. */
        public long arrivedPs() {
            return arrivedPs;
        }

        private void add(long arrivalPs) {
            if (count == arrivals.length) {
                arrivals = Arrays.copyOf(arrivals, count * 2);
            }
            arrivals[count++] = arrivalPs;
            arrivedPs = Math.max(arrivedPs, arrivalPs);
        }
    }

    /** What a transfer puts on each link, given the link's model. */
    public enum Kind {
        WRITE, READ_REQUEST
    }

    /**
     * Sends a write or read request of {@code size} bytes from the device up its path; fills {@code sent} with its
     * TLPs and returns it. {@code root} says when the root complex has taken each TLP in (its credits come back
     * after that); {@code relaxed} lets posted writes pass earlier ones; the device's DMA engine {@code engine}
     * issues each TLP in its turn. With {@code follows} the TLPs belong to the transfer sent just before (its MSI):
     * waiting behind that transfer's own TLPs is not a stall.
     */
    public Tlps upstream(Tlps sent, long atPs, int[] path, Kind kind, long size, RootComplex root, boolean relaxed,
            Pacer engine, boolean follows) {
        boolean posted = kind == Kind.WRITE;
        long chunk = Long.MAX_VALUE;
        for (int link : path) {
            LinkConfig config = models[link].config();
            chunk = Math.min(chunk, posted ? config.maxPayload() : config.maxReadRequest());
        }
        long acceptedPs = atPs;
        sent.chunk = chunk;
        sent.count = 0;
        sent.arrivedPs = atPs;
        if (!follows) {
            for (int link : path) {
                ownFreePs[link] = atPs;
            }
        }
        for (long offset = 0; offset < Math.max(1, size); offset += chunk) {
            int payload = (int) Math.min(chunk, size - offset);
            int dataUnits = posted ? (payload + 15) / 16 : 0;
            long at = engine.next(atPs);
            for (int i = 0; i < path.length; i++) {
                int link = path[i];
                CreditPool headers = posted ? postedHeaders[link] : nonPostedHeaders[link];
                long ready = headers.readyPs(at, 1);
                if (posted) {
                    ready = postedData[link].readyPs(ready, dataUnits);
                }
                if (!(posted && relaxed) && lastPostedArrival[link] <= at) {
                    // A posted write that reached this link before this TLP did, and is still held back, goes first.
                    ready = Math.max(ready, lastPostedStart[link]);
                }
                long wire = posted ? models[link].writeOverheadBytes() + payload : models[link].readRequestBytes();
                long start = up[link].accept(ready, wire);
                long end = start + up[link].lengthPs(wire);
                long reached = end + up[link].latencyPs() + forwardingPs[link];
                if (posted && at >= lastPostedArrival[link]) {
                    lastPostedArrival[link] = at;
                    lastPostedStart[link] = Math.max(lastPostedStart[link], start);
                }
                if (i == 0) {
                    acceptedPs = Math.max(acceptedPs, end);
                } else {
                    release(path[i - 1], posted, dataUnits, start);
                }
                // A stall is a wait for credits or behind another transfer's writes, not behind this one's own TLPs.
                stalledPs[link] += Math.max(0, ready - Math.max(at, ownFreePs[link]));
                ownFreePs[link] = end;
                at = reached;
            }
            release(path[path.length - 1], posted, dataUnits, root.takenPs(sent.count, at));
            sent.add(at);
        }
        sent.acceptedPs = acceptedPs;
        return sent;
    }

    /** The receiver at the upstream end of {@code link} passed a TLP on at {@code freedPs}: its credits return. */
    private void release(int link, boolean posted, int dataUnits, long freedPs) {
        long back = freedPs + latencyPs[link];
        if (posted) {
            postedHeaders[link].consume(1, back);
            postedData[link].consume(dataUnits, back);
        } else {
            nonPostedHeaders[link].consume(1, back);
        }
    }

    /** Sends completions of {@code size} bytes from the root port down the path; returns when the device has them. */
    public long downstream(long atPs, int[] path, long size) {
        return down(atPs, path, link -> models[link].completionWireBytes(size)).arrivedPs();
    }

    /** A host-to-device TLP on its way: when the root port's link took it, and when the device had it. */
    public record Downstream(long acceptedPs, long arrivedPs) {
    }

    /** Sends TLPs of {@code wire} bytes (by link) from the root port down {@code path}, each link in turn. */
    private Downstream down(long atPs, int[] path, IntToLongFunction wire) {
        long t = atPs;
        long accepted = atPs;
        for (int i = path.length - 1; i >= 0; i--) {
            int link = path[i];
            long bytes = wire.applyAsLong(link);
            long start = down[link].accept(t + forwardingPs[link], bytes);
            t = start + down[link].lengthPs(bytes) + down[link].latencyPs();
            if (i == path.length - 1) {
                accepted = start;
            }
        }
        return new Downstream(accepted, t);
    }

    /**
     * Sends a core's request of {@code size} bytes from the root port down {@code path} to its device: a posted write
     * ({@link Kind#WRITE}) of that payload, or a read request for it. Host-to-device requests cross each link in
     * turn; the device's receive buffers are not modelled, so they wait only for the links. Returns when the root
     * port's link took the request (a posted write leaves the root port's queue then) and when the device had it.
     */
    public Downstream toDevice(long atPs, int[] path, Kind kind, long size) {
        return down(atPs, path, link -> kind == Kind.WRITE ? models[link].writeOverheadBytes() + size
            : models[link].readRequestBytes());
    }

    /** Sends a device's completions of {@code size} bytes up {@code path}; returns when they reach the root port. */
    public long completionToHost(long atPs, int[] path, long size) {
        long t = atPs;
        for (int link : path) {
            t = up[link].send(t, models[link].completionWireBytes(size)) + forwardingPs[link];
        }
        return t;
    }

    /**
     * When the first of the completions of {@code size} bytes whose last one reached the device at {@code lastPs}
     * had reached it: the device's own link carries them one after the other.
     */
    public long firstCompletionPs(int[] path, long size, long lastPs) {
        PcieLinkModel model = models[path[0]];
        long first = Math.min(size, MemoryController.LINE);
        return lastPs - down[path[0]].serializationPs(model.completionWireBytes(size))
            + down[path[0]].serializationPs(model.completionWireBytes(first));
    }

    /** Wire latency and switch forwarding along {@code path}, one way. */
    public long pathLatencyPs(int[] path) {
        long total = 0;
        for (int link : path) {
            total += latencyPs[link] + forwardingPs[link];
        }
        return total;
    }

    /** Payload and overhead bytes a link carried in each direction. */
    public long bytes(int link, boolean upstream) {
        return (upstream ? up : down)[link].bytes();
    }

    /** Time a link direction spent serializing, in ps. */
    public long busyPs(int link, boolean upstream) {
        return (upstream ? up : down)[link].busyPs();
    }

    /**
     * Time device-to-host TLPs were held back from a link, in ps: waiting for credits, or by the ordering rules
     * behind another transfer's posted writes. A TLP waiting for its own transfer's earlier TLPs to go is not
     * stalled.
     */
    public long stalledPs(int link) {
        return stalledPs[link];
    }
}
