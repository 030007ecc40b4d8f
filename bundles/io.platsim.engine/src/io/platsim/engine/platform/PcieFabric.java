/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.platform;

import java.util.List;
import java.util.function.LongSupplier;

import io.platsim.engine.fabric.Channel;
import io.platsim.engine.pcie.PcieLinkModel;

/**
 * The platform's PCIe links. Each direction of a link is one channel at the link's TLP-layer bandwidth (of its
 * own generation, width and sizes), shared by every device whose path crosses it: devices behind a switch share
 * its upstream link. A transfer crosses its path link by link, paying each link's serialization and wire
 * latency and each switch's forwarding latency.
 */
final class PcieFabric {

    private final PcieLinkModel[] models;
    private final Channel[] up;
    private final Channel[] down;
    private final long[] forwardingPs;
    private long acceptedPs;

    PcieFabric(List<PlatformConfig.LinkSpec> links, LongSupplier clock) {
        int count = links.size();
        models = new PcieLinkModel[count];
        up = new Channel[count];
        down = new Channel[count];
        forwardingPs = new long[count];
        for (int i = 0; i < count; i++) {
            PlatformConfig.LinkSpec spec = links.get(i);
            models[i] = new PcieLinkModel(spec.link());
            double bytesPerSec = models[i].tlpGbps() * 1e9 / 8;
            up[i] = new Channel(spec.name() + "/up", spec.latencyPs(), bytesPerSec, clock);
            down[i] = new Channel(spec.name() + "/down", spec.latencyPs(), bytesPerSec, clock);
            forwardingPs[i] = spec.forwardingPs();
        }
    }

    /** What a transfer puts on each link, given the link's model. */
    enum Kind {
        WRITE, READ_REQUEST, COMPLETIONS
    }

    private long wireBytes(int link, Kind kind, long size) {
        PcieLinkModel model = models[link];
        return switch (kind) {
            case WRITE -> model.writeWireBytes(size);
            case READ_REQUEST -> model.readRequestWireBytes(size);
            case COMPLETIONS -> model.completionWireBytes(size);
        };
    }

    /**
     * Sends from the device up its path; returns when the last link delivers to the root port. Also notes when
     * every link on the way had accepted the transfer (see {@link #acceptedPs()}).
     */
    long upstream(long atPs, int[] path, Kind kind, long size) {
        long t = atPs;
        acceptedPs = atPs;
        for (int i = 0; i < path.length; i++) {
            Channel link = up[path[i]];
            t = link.send(t, wireBytes(path[i], kind, size)) + forwardingPs[path[i]];
            acceptedPs = Math.max(acceptedPs, i == 0 ? link.lastEndPs() : link.lastStartPs());
        }
        return t;
    }

    /**
     * When the last upstream transfer had left the device and been accepted by every link on its path: the
     * device may send its next request then. This is flow-control back-pressure with room for one transfer per
     * hop, so a device behind a congested shared link slows down to its share instead of queueing without end.
     */
    long acceptedPs() {
        return acceptedPs;
    }

    /** Sends from the root port down the path to the device; returns when the device has it. */
    long downstream(long atPs, int[] path, Kind kind, long size) {
        long t = atPs;
        for (int i = path.length - 1; i >= 0; i--) {
            t = down[path[i]].send(t + forwardingPs[path[i]], wireBytes(path[i], kind, size));
        }
        return t;
    }

    /** Payload and overhead bytes a link carried in each direction. */
    long bytes(int link, boolean upstream) {
        return (upstream ? up : down)[link].bytes();
    }

    /** Time a link direction spent serializing, in ps. */
    long busyPs(int link, boolean upstream) {
        return (upstream ? up : down)[link].busyPs();
    }
}
