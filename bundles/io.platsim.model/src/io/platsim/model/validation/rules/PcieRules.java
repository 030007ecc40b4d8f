/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.validation.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.platsim.model.Device;
import io.platsim.model.DmaDirection;
import io.platsim.model.DmaStream;
import io.platsim.model.LoadMode;
import io.platsim.model.PcieDownstreamEnd;
import io.platsim.model.PcieLink;
import io.platsim.model.PcieSwitch;
import io.platsim.model.Platform;
import io.platsim.model.PlatsimPackage.Literals;
import io.platsim.model.RootPort;
import io.platsim.model.SharedMemoryDevice;
import io.platsim.model.Workload;
import io.platsim.model.query.Fabric;
import io.platsim.model.query.Links;
import io.platsim.model.validation.Problems;
import io.platsim.model.validation.Rule;

/** Rules on the PCIe fabric: links, widths, sizes and the shape of the hierarchy. */
public final class PcieRules {

    static final List<Integer> WIDTHS = List.of(1, 2, 4, 8, 16, 32);

    private PcieRules() {
    }

    public static List<Rule> rules() {
        return List.of(
            Rule.error("pcie-link-ends", "A PCIe link starts at a port or switch and leads to a device or switch.",
                PcieRules::linkEnds),
            Rule.error("device-one-link", "A device (not a VF) is attached by exactly one PCIe link; a VF or a "
                + "shared-memory device by none.",
                PcieRules::deviceLinks),
            Rule.error("pcie-lanes", "Link widths are 1, 2, 4, 8, 16 or 32 lanes.", (p, out) ->
                p.getPcieLinks().stream().filter(l -> !WIDTHS.contains(l.getLanes()))
                    .forEach(l -> out.report(l, Literals.PCIE_LINK__LANES, l.getLanes()
                        + " lanes is not a PCIe link width; use 1, 2, 4, 8, 16 or 32"))),
            Rule.error("pcie-mps", "Max payload size is a power of two from 128 to 4096 bytes.", (p, out) ->
                p.getPcieLinks().stream().filter(l -> !sizeOk(l.getMaxPayloadBytes()))
                    .forEach(l -> out.report(l, Literals.PCIE_LINK__MAX_PAYLOAD_BYTES, l.getMaxPayloadBytes()
                        + " bytes is not a max payload size; use 128, 256, 512, 1024, 2048 or 4096"))),
            Rule.error("pcie-mrrs", "Max read request size is a power of two from 128 to 4096 bytes.", (p, out) ->
                p.getPcieLinks().stream().filter(l -> !sizeOk(l.getMaxReadRequestBytes()))
                    .forEach(l -> out.report(l, Literals.PCIE_LINK__MAX_READ_REQUEST_BYTES,
                        l.getMaxReadRequestBytes()
                        + " bytes is not a max read request size; use 128, 256, 512, 1024, 2048 or 4096"))),
            Rule.error("pcie-credits", "Flow-control credits are 0 (infinite) or more, and posted data credits hold "
                + "at least one max-payload write.", PcieRules::credits),
            Rule.error("pcie-rcb", "The read completion boundary is 64 or 128 bytes.", (p, out) ->
                p.getPcieLinks().stream().filter(l -> l.getReadCompletionBoundaryBytes() != 64
                        && l.getReadCompletionBoundaryBytes() != 128)
                    .forEach(l -> out.report(l, Literals.PCIE_LINK__READ_COMPLETION_BOUNDARY_BYTES,
                        l.getReadCompletionBoundaryBytes() + " bytes is not a read completion boundary;"
                        + " use 64 or 128"))),
            Rule.error("pcie-no-cycles", "The PCIe hierarchy is a tree: no switch is below itself.",
                PcieRules::noCycles),
            Rule.warning("pcie-link-fits-port", "A link is no wider or faster than its root port allows.",
                PcieRules::fitsPort),
            Rule.warning("stream-fits-link", "An open-loop DMA stream asks for no more than its device's link "
                + "carries.", PcieRules::streamsFitLinks),
            Rule.error("pcie-switch-ports", "A switch drives no more links than it has downstream ports.",
                PcieRules::switchPorts));
    }

    static boolean sizeOk(int bytes) {
        return Checks.powerOfTwo(bytes) && bytes >= 128 && bytes <= 4096;
    }

    private static void linkEnds(Platform p, Problems out) {
        for (PcieLink link : p.getPcieLinks()) {
            if (!Checks.inPlatform(p, link.getUpstream())) {
                out.report(link, Literals.PCIE_LINK__UPSTREAM, "names no root port or switch of this platform");
            } else if (!Checks.inPlatform(p, link.getDownstream())) {
                out.report(link, Literals.PCIE_LINK__DOWNSTREAM, "names no device or switch of this platform");
            }
        }
    }

    private static void deviceLinks(Platform p, Problems out) {
        Map<PcieDownstreamEnd, PcieLink> first = new HashMap<>();
        for (PcieLink link : p.getPcieLinks()) {
            PcieLink earlier = first.putIfAbsent(link.getDownstream(), link);
            if (earlier != null && link.getDownstream() != null) {
                out.report(link, Literals.PCIE_LINK__DOWNSTREAM, Checks.name(link.getDownstream())
                    + " is already attached by " + Checks.name(earlier) + "; a device or switch hangs from one port");
            }
        }
        for (Device device : p.getDevices()) {
            boolean linked = first.containsKey(device);
            if (device instanceof SharedMemoryDevice) {
                if (linked) {
                    out.report(device, Literals.NAMED_ELEMENT__NAME, "is a VMM's virtual device whose BARs are "
                        + "host memory; it hangs from no PCIe link");
                }
            } else if (device.getPhysicalFunction() != null) {
                if (linked) {
                    out.report(device, Literals.DEVICE__PHYSICAL_FUNCTION, "a virtual function shares the link of "
                        + Checks.name(device.getPhysicalFunction()) + " and has no PCIe link of its own");
                }
            } else if (!linked) {
                out.report(device, Literals.NAMED_ELEMENT__NAME, "is attached to no port; connect it with a PCIe "
                    + "link (or make it a VF of a physical function)");
            }
        }
        for (PcieSwitch sw : p.getSwitches()) {
            if (!first.containsKey(sw)) {
                out.report(sw, Literals.NAMED_ELEMENT__NAME, "has no upstream link; a switch hangs from one port");
            }
        }
    }

    private static void noCycles(Platform p, Problems out) {
        for (PcieSwitch start : p.getSwitches()) {
            Set<PcieSwitch> seen = new HashSet<>();
            if (reaches(p, start, start, seen)) {
                out.report(start, Literals.NAMED_ELEMENT__NAME, "is below itself in the PCIe hierarchy; "
                    + "the links from it lead back to it");
            }
        }
    }

    private static boolean reaches(Platform p, PcieSwitch from, PcieSwitch target, Set<PcieSwitch> seen) {
        for (PcieLink link : p.getPcieLinks()) {
            if (link.getUpstream() == from && link.getDownstream() instanceof PcieSwitch next) {
                if (next == target) {
                    return true;
                }
                if (seen.add(next) && reaches(p, next, target, seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * An open-loop stream offered faster than a link on its way to the root port carries (lanes x the generation's
     * rate after line coding and TLP headers, for its transfer size) runs at what that link carries: the setting is
     * ignored, which the user should know. Streams that each fit but together ask a link for more than it carries in
     * their direction (writes up, read data down) share it, and each runs below its rate: each is told so.
     */
    private static void streamsFitLinks(Platform p, Problems out) {
        Map<Way, List<Share>> shared = new LinkedHashMap<>();
        for (Workload workload : p.getWorkloads()) {
            if (!(workload instanceof DmaStream stream) || stream.getLoadMode() != LoadMode.RATE
                    || !workload.isEnabled() || !Checks.inPlatform(p, stream.getDevice())) {
                continue;
            }
            List<Share> shares = new ArrayList<>();
            for (PcieLink link : Fabric.pathUp(p, stream.getDevice())) {
                if (link.getGeneration() == null) {
                    continue;
                }
                try {
                    shares.add(new Share(stream, link, stream.getRateGbps() / Links.payloadGbps(link, stream)));
                } catch (IllegalArgumentException e) {
                    // A link the engine cannot build (a width, size or boundary PCIe does not have): its rules say so.
                }
            }
            Share tightest = shares.stream().max(Comparator.comparingDouble(Share::fraction)).orElse(null);
            if (tightest != null && tightest.fraction() > 1) {
                PcieLink link = tightest.link();
                out.report(stream, Literals.DMA_STREAM__RATE_GBPS, String.format(Locale.ROOT,
                    "asks for %.4g Gb/s, more than the %.4g Gb/s of %s-byte %s that %s (x%d %s) carries after TLP "
                    + "headers and the link's own traffic: the stream runs at what the link carries",
                    stream.getRateGbps(), stream.getRateGbps() / tightest.fraction(), Links.meanSize(stream),
                    writes(stream) ? "writes" : "reads", Checks.name(link), link.getLanes(),
                    link.getGeneration().getLiteral()));
                continue;
            }
            for (Share share : shares) {
                shared.computeIfAbsent(new Way(share.link(), writes(stream)), k -> new ArrayList<>()).add(share);
            }
        }
        for (List<Share> streams : shared.values()) {
            double total = streams.stream().mapToDouble(Share::fraction).sum();
            if (streams.size() < 2 || total <= 1) {
                continue;
            }
            PcieLink link = streams.get(0).link();
            for (Share share : streams) {
                out.report(share.stream(), Literals.DMA_STREAM__RATE_GBPS, String.format(Locale.ROOT,
                    "asks for %.0f%% of what %s (x%d %s) carries for its %s, and the %d open-loop %s streams "
                    + "through it ask for %.0f%% together: they share the link, and each runs below its rate",
                    share.fraction() * 100, Checks.name(link), link.getLanes(), link.getGeneration().getLiteral(),
                    writes(share.stream()) ? "writes" : "reads", streams.size(),
                    writes(share.stream()) ? "write" : "read", total * 100));
            }
        }
    }

    private static boolean writes(DmaStream stream) {
        return stream.getDirection() == DmaDirection.WRITE;
    }

    /** One direction of a link: its writes travel up, its read data down. */
    private record Way(PcieLink link, boolean writes) {
    }

    /** The part of what {@code link} carries for {@code stream}'s transfers that the stream asks for. */
    private record Share(DmaStream stream, PcieLink link, double fraction) {
    }

    private static void fitsPort(Platform p, Problems out) {
        for (PcieLink link : p.getPcieLinks()) {
            if (link.getUpstream() instanceof RootPort port) {
                if (link.getLanes() > port.getMaxLanes()) {
                    out.report(link, Literals.PCIE_LINK__LANES, "x" + link.getLanes() + " is wider than "
                        + Checks.name(port) + " (x" + port.getMaxLanes() + "); the link trains down");
                }
                if (link.getGeneration().getValue() > port.getMaxGeneration().getValue()) {
                    out.report(link, Literals.PCIE_LINK__GENERATION, link.getGeneration() + " is faster than "
                        + Checks.name(port) + " (" + port.getMaxGeneration() + "); the link trains down");
                }
            }
        }
    }

    private static void switchPorts(Platform p, Problems out) {
        for (PcieSwitch sw : p.getSwitches()) {
            long below = p.getPcieLinks().stream().filter(l -> l.getUpstream() == sw).count();
            if (below > sw.getPortCount() - 1) {
                out.report(sw, Literals.PCIE_SWITCH__PORT_COUNT, below + " links leave the switch but it has "
                    + (sw.getPortCount() - 1) + " downstream ports");
            }
        }
    }

    private static void credits(Platform p, Problems out) {
        for (PcieLink l : p.getPcieLinks()) {
            if (l.getPostedHeaderCredits() < 0) {
                out.report(l, Literals.PCIE_LINK__POSTED_HEADER_CREDITS, l.getPostedHeaderCredits()
                    + " credits; use 0 for infinite or a positive count");
            }
            if (l.getNonPostedHeaderCredits() < 0) {
                out.report(l, Literals.PCIE_LINK__NON_POSTED_HEADER_CREDITS, l.getNonPostedHeaderCredits()
                    + " credits; use 0 for infinite or a positive count");
            }
            int needed = (l.getMaxPayloadBytes() + 15) / 16;
            if (l.getPostedDataCredits() < 0 || l.getPostedDataCredits() > 0 && l.getPostedDataCredits() < needed) {
                out.report(l, Literals.PCIE_LINK__POSTED_DATA_CREDITS, l.getPostedDataCredits() + " data credits of "
                    + "16 bytes cannot take one " + l.getMaxPayloadBytes() + "-byte write; use 0 (infinite) or at "
                    + "least " + needed);
            }
        }
    }
}
