/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.mmio;

import io.platsim.engine.pcie.PcieFabric;
import io.platsim.engine.resource.Channel;
import io.platsim.engine.resource.HostCore;
import io.platsim.engine.socket.HomeAgents;
import io.platsim.engine.socket.SocketModel;

/**
 * Times a core's loads and stores to a device's BAR (memory-mapped I/O). The request leaves the core through its
 * socket's mesh (half an LLC hit's round trip each way), crosses the inter-socket link when the device hangs off
 * another socket, crosses the root complex ({@code rootComplexPs}, as a DMA's TLPs do) and goes down the device's
 * links; a read's completion comes back the same way after the device's own time:
 * <ul>
 * <li>a read ({@link #read}) is non-posted: the core has its data only when the completion is back;</li>
 * <li>a write ({@link #write}) is posted: once it has crossed the root complex into its root port's queue, where
 * PCIe's ordering rules keep it behind the writes before it, and the link has taken it from there, the root complex
 * acknowledges it to the core (a busy link so pushes back on the core). That is when the core may retire its next
 * uncached store (uncached stores are strongly ordered: one at a time) or reuse a write-combining buffer; the TLP
 * goes on down to the device meanwhile.</li>
 * </ul>
 */
public final class MmioPath {

    private final SocketModel[] sockets;
    private final Channel[] interSocket;
    private final PcieFabric fabric;
    private final int[][] paths;
    private final int[] deviceSockets;
    private final long[] rootComplexPs;

    /**
     * @param paths         per device, its PCIe links from the device up to its root port
     * @param deviceSockets per device, the socket of its root complex
     * @param rootComplexPs per device, the time a TLP takes to cross its root complex
     */
    public MmioPath(SocketModel[] sockets, Channel[] interSocket, PcieFabric fabric, int[][] paths,
            int[] deviceSockets, long[] rootComplexPs) {
        this.sockets = sockets;
        this.interSocket = interSocket;
        this.fabric = fabric;
        this.paths = paths;
        this.deviceSockets = deviceSockets;
        this.rootComplexPs = rootComplexPs;
    }

    /** A doorbell register: 32 bits, written with writel. */
    public static final int DOORBELL_BYTES = 4;

    /** A posted write: when the core has the root complex's acknowledgement, and when the device has the TLP. */
    public record Posted(long acknowledgedPs, long arrivedPs) {
    }

    /**
     * A core of socket {@code from} reads {@code bytes} from {@code device}'s BAR at {@code atPs}; the device
     * answers {@code deviceReadPs} after the request reaches it. Returns when the core has the data.
     */
    public long read(long atPs, int from, int device, int bytes, long deviceReadPs) {
        long atComplex = toRootComplex(atPs, from, device, HomeAgents.MESSAGE);
        long atDevice = fabric.toDevice(atComplex + rootComplexPs[device], paths[device], PcieFabric.Kind.READ_REQUEST,
            bytes).arrivedPs();
        long back = fabric.completionToHost(atDevice + deviceReadPs, paths[device], bytes) + rootComplexPs[device];
        return toCore(back, from, device, HomeAgents.MESSAGE + bytes);
    }

    /**
     * Core {@code core} rings {@code device}'s doorbell, a {@value #DOORBELL_BYTES}-byte uncached store, once it is
     * free after {@code readyPs}, and is held until the store is acknowledged; returns when the doorbell reached the
     * device.
     */
    public long ringDoorbell(HostCore core, int device, long readyPs) {
        long begin = core.startFor(readyPs, 1);
        Posted doorbell = write(begin, core.socket(), device, DOORBELL_BYTES);
        // The free time found may be too short for the wait: the store then goes that much later.
        long ended = core.booked(readyPs, begin, doorbell.acknowledgedPs());
        return doorbell.arrivedPs() + ended - doorbell.acknowledgedPs();
    }

    /** A core of socket {@code from} writes {@code bytes} to {@code device}'s BAR at {@code atPs}. */
    public Posted write(long atPs, int from, int device, int bytes) {
        long atPort = toRootComplex(atPs, from, device, HomeAgents.MESSAGE + bytes) + rootComplexPs[device];
        PcieFabric.Downstream sent = fabric.toDevice(atPort, paths[device], PcieFabric.Kind.WRITE, bytes);
        return new Posted(toCore(Math.max(atPort, sent.acceptedPs()), from, device, HomeAgents.MESSAGE),
            sent.arrivedPs());
    }

    private long toRootComplex(long atPs, int from, int device, int messageBytes) {
        long t = atPs + meshOutPs(from);
        int target = deviceSockets[device];
        return target != from && interSocket != null ? interSocket[from].send(t, messageBytes) : t;
    }

    private long toCore(long atPs, int from, int device, int messageBytes) {
        int target = deviceSockets[device];
        long t = target != from && interSocket != null ? interSocket[target].send(atPs, messageBytes) : atPs;
        return t + sockets[from].config().llcHitPs() - meshOutPs(from);
    }

    /** The way out of the core to its socket's mesh stop: half an LLC hit's round trip. */
    private long meshOutPs(int socket) {
        return sockets[socket].config().llcHitPs() / 2;
    }
}
