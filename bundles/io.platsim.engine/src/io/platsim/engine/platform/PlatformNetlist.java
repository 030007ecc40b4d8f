/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.platform;

import io.platsim.engine.config.RootPortConfig;
import io.platsim.engine.config.PlatformConfig;
import io.platsim.engine.pcie.LinkSpec;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import io.platsim.engine.component.Component;
import io.platsim.engine.component.Link;
import io.platsim.engine.component.Netlist;
import io.platsim.engine.iommu.Iommu;
import io.platsim.engine.pcie.DeviceNode;
import io.platsim.engine.pcie.PcieLinkModel;
import io.platsim.engine.pcie.PcieNode;
import io.platsim.engine.resource.Channel;
import io.platsim.engine.socket.SocketModel;

/**
 * Assembles a platform's components and joins their ports. Sockets join their memory controller and LLC
 * (on-die: their costs are in those components' own latencies) and each other over the inter-socket link (one
 * channel out of each socket); root ports join their socket's I/O; PCIe links join a root port's or switch's
 * downstream side to a device's or switch's upstream port, one channel per direction at the link's TLP-layer
 * bandwidth. A device's path to its socket is then found by following upstream ports, never given.
 */
final class PlatformNetlist {

    final Netlist netlist = new Netlist();
    /** Per PCIe link: the device-to-host and host-to-device channels. */
    final Channel[] up;
    final Channel[] down;
    /** Per socket: its outbound inter-socket channel; null with one socket. */
    final Channel[] interSocket;
    /** Per device: its component, the links from it up to its root port, and its root port's socket. */
    final DeviceNode[] devices;
    final int[][] paths;
    final int[] deviceSockets;
    /** Per device: the IOMMU translating its DMA, or null. */
    final Iommu[] deviceIommus;
    private final Map<Link, Integer> pcieIndex = new IdentityHashMap<>();

    PlatformNetlist(PlatformConfig config, SocketModel[] sockets, LongSupplier clock) {
        for (SocketModel socket : sockets) {
            netlist.add(socket);
            netlist.connect(socket.config().name() + "/memory", socket, "memory", netlist.add(socket.memory()), "home",
                null, null);
            if (socket.llc() != null) {
                netlist.connect(socket.config().name() + "/llc", socket, "llc", netlist.add(socket.llc()), "home", null,
                    null);
            }
        }
        interSocket = interSocket(config, sockets, clock);
        for (RootPortConfig port : config.rootPorts()) {
            PcieNode node = netlist.add(new PcieNode(port.name(), false, 0));
            netlist.connect(port.name() + "/io", sockets[port.socket()], "io", node, "upstream", null, null);
            if (port.iommu() != null) {
                Component iommu = netlist.find("iommu", port.iommu().name());
                if (iommu == null) {
                    SocketModel tables = sockets[port.iommu().socket()];
                    iommu = netlist.add(new Iommu(port.iommu(), (at, address) -> tables.readTable(at, address / 64),
                        clock));
                }
                netlist.connect(port.name() + "/iommu", node, "iommu", iommu, "root-ports", null, null);
            }
        }
        for (LinkSpec link : config.links()) {
            if (link.upstreamSwitch() && netlist.find("pcie-switch", link.upstreamEnd()) == null) {
                netlist.add(new PcieNode(link.upstreamEnd(), true, link.forwardingPs()));
            }
        }
        devices = new DeviceNode[config.devices().size()];
        for (int d = 0; d < devices.length; d++) {
            devices[d] = netlist.add(new DeviceNode(config.devices().get(d), clock));
        }
        int count = config.links().size();
        up = new Channel[count];
        down = new Channel[count];
        for (int i = 0; i < count; i++) {
            LinkSpec spec = config.links().get(i);
            double bytesPerSec = new PcieLinkModel(spec.link()).tlpGbps() * 1e9 / 8;
            up[i] = new Channel(spec.name() + "/up", spec.latencyPs(), bytesPerSec, clock);
            down[i] = new Channel(spec.name() + "/down", spec.latencyPs(), bytesPerSec, clock);
            Component upper = end(spec, spec.upstreamSwitch() ? "pcie-switch" : "root-port", spec.upstreamEnd());
            Component lower = netlist.find("pcie-switch", spec.downstreamEnd()) != null
                ? netlist.find("pcie-switch", spec.downstreamEnd()) : end(spec, "device", spec.downstreamEnd());
            pcieIndex.put(netlist.connect(spec.name(), upper, "downstream", lower, "upstream", down[i], up[i]), i);
        }
        paths = new int[devices.length][];
        deviceSockets = new int[devices.length];
        deviceIommus = new Iommu[devices.length];
        for (int d = 0; d < devices.length; d++) {
            route(d, sockets);
        }
    }

    private Component end(LinkSpec spec, String kind, String name) {
        Component component = netlist.find(kind, name);
        if (component == null) {
            throw new IllegalArgumentException("PCIe link " + spec.name() + ": no " + kind + " named " + name);
        }
        return component;
    }

    private Channel[] interSocket(PlatformConfig config, SocketModel[] sockets, LongSupplier clock) {
        if (config.interSocket() == null || sockets.length < 2) {
            return null;
        }
        Channel[] channels = new Channel[sockets.length];
        for (int i = 0; i < sockets.length; i++) {
            channels[i] = new Channel(config.interSocket().name() + "/from" + i, config.interSocket().latencyPs(),
                config.interSocket().bytesPerSec(), clock);
        }
        for (int i = 0; i < sockets.length; i++) {
            for (int j = i + 1; j < sockets.length; j++) {
                netlist.connect(config.interSocket().name() + "/" + i + "-" + j, sockets[i], "upi", sockets[j], "upi",
                    channels[i], channels[j]);
            }
        }
        return channels;
    }

    /** Follows device {@code d}'s upstream ports to its root port and socket. */
    private void route(int d, SocketModel[] sockets) {
        List<Integer> path = new ArrayList<>();
        Component at = devices[d];
        while (true) {
            Link link = netlist.link(at, "upstream");
            if (link == null || path.size() > pcieIndex.size()) {
                throw new IllegalArgumentException("device " + devices[d].spec().name() + ": "
                    + (link == null ? at.spec() + " has no link toward a root port" : "its PCIe path loops"));
            }
            Integer index = pcieIndex.get(link);
            if (index == null) {
                deviceSockets[d] = socketOf(link.other(at).component(), sockets);
                Link translation = netlist.link(at, "iommu");
                deviceIommus[d] = translation == null ? null : (Iommu) translation.other(at).component();
                break;
            }
            path.add(index);
            at = link.other(at).component();
        }
        if (path.isEmpty()) {
            throw new IllegalArgumentException("device " + devices[d].spec().name() + " has no PCIe link");
        }
        paths[d] = path.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int socketOf(Component component, SocketModel[] sockets) {
        for (int s = 0; s < sockets.length; s++) {
            if (sockets[s] == component) {
                return s;
            }
        }
        throw new IllegalStateException(component.spec() + " is not a socket");
    }
}
