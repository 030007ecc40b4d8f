/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.query;

import io.platsim.engine.pcie.Generation;
import io.platsim.engine.pcie.LinkConfig;
import io.platsim.engine.pcie.PcieLinkModel;
import io.platsim.model.DmaDirection;
import io.platsim.model.DmaStream;
import io.platsim.model.PcieLink;
import io.platsim.model.SizeDistribution;

/**
 * A PCIe link of the model as the engine sees it: the one place its generation, width, sizes and headers become the
 * engine's link configuration, for the compiler and for the checks that ask what a link carries.
 */
public final class Links {

    /** The width of the addresses memory requests carry: 64-bit, so every request has a 4-DW header. */
    public static final int ADDRESS_BITS = 64;

    private Links() {
    }

    /** The engine's configuration of {@code link}. */
    public static LinkConfig config(PcieLink link) {
        return LinkConfig.of(Generation.of(link.getGeneration().getValue() + 1), link.getLanes())
            .sizes(link.getMaxPayloadBytes(), link.getMaxReadRequestBytes())
            .completions(link.getReadCompletionBoundaryBytes(), false)
            .headers(ADDRESS_BITS, link.isEcrc())
            .build();
    }

    /**
     * The payload rate, in Gb/s, that {@code link} carries for {@code stream}'s transfers back to back: writes or
     * reads of its mean size, after TLP headers, completions and the link's own traffic, as the engine runs them.
     */
    public static double payloadGbps(PcieLink link, DmaStream stream) {
        PcieLinkModel model = new PcieLinkModel(config(link));
        long size = meanSize(stream);
        return stream.getDirection() == DmaDirection.WRITE ? model.writeGbps(size) : model.readGbps(size);
    }

    /** The mean size of {@code stream}'s transfers in bytes: its size, or the middle of a uniform range. */
    public static long meanSize(DmaStream stream) {
        int max = Math.max(stream.getSizeBytes(), stream.getMaxSizeBytes());
        long size = stream.getSizeDistribution() == SizeDistribution.UNIFORM
            ? (stream.getSizeBytes() + (long) max) / 2 : stream.getSizeBytes();
        return Math.max(1, size);
    }
}
