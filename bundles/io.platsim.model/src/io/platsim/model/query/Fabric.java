/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.platsim.model.Device;
import io.platsim.model.Iommu;
import io.platsim.model.PcieDownstreamEnd;
import io.platsim.model.PcieLink;
import io.platsim.model.PcieSwitch;
import io.platsim.model.Platform;
import io.platsim.model.RootComplex;
import io.platsim.model.RootPort;

/** Questions about the PCIe fabric that several parts of PlatSim ask. */
public final class Fabric {

    private Fabric() {
    }

    /** The link that leads to {@code end}, or null. A VF answers with its physical function's link. */
    public static PcieLink linkTo(Platform platform, PcieDownstreamEnd end) {
        PcieDownstreamEnd target = end;
        if (end instanceof Device device && device.getPhysicalFunction() != null) {
            target = device.getPhysicalFunction();
        }
        for (PcieLink link : platform.getPcieLinks()) {
            if (link.getDownstream() == target) {
                return link;
            }
        }
        return null;
    }

    /**
     * The links from {@code end} up to its root port, in that order: its own link, then each switch's link above it.
     * A VF answers with its physical function's path; a hierarchy that loops ends where it would repeat.
     */
    public static List<PcieLink> pathUp(Platform platform, PcieDownstreamEnd end) {
        List<PcieLink> path = new ArrayList<>();
        Set<PcieDownstreamEnd> seen = new HashSet<>();
        PcieDownstreamEnd current = end;
        while (current != null && seen.add(current)) {
            PcieLink link = linkTo(platform, current);
            if (link == null) {
                break;
            }
            path.add(link);
            current = link.getUpstream() instanceof PcieSwitch sw ? sw : null;
        }
        return path;
    }

    /** The root complex above {@code end}, through any switches, or null when it hangs from nowhere. */
    public static RootComplex rootComplexOf(Platform platform, PcieDownstreamEnd end) {
        Set<PcieDownstreamEnd> seen = new HashSet<>();
        PcieDownstreamEnd current = end;
        while (current != null && seen.add(current)) {
            PcieLink link = linkTo(platform, current);
            if (link == null) {
                return null;
            }
            if (link.getUpstream() instanceof RootPort port) {
                return port.eContainer() instanceof RootComplex complex ? complex : null;
            }
            current = link.getUpstream() instanceof PcieSwitch sw ? sw : null;
        }
        return null;
    }

    /** The IOMMUs that translate DMA from {@code device}. */
    public static List<Iommu> iommusOf(Platform platform, Device device) {
        RootComplex complex = rootComplexOf(platform, device);
        if (complex == null) {
            return List.of();
        }
        return platform.getIommus().stream().filter(i -> i.getCoveredRootComplexes().contains(complex)).toList();
    }
}
