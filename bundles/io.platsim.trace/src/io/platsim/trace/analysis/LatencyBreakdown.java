/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.trace.analysis;

import java.util.List;
import java.util.Map;

/**
 * Where DMA latency goes: per device with transfers in the range, the mean of each part of a transfer's latency
 * (link, IOMMU, coherence, memory, and the wait for the driver to hand the ring buffer back), in ns, in the order
 * of {@link #PARTS}.
 */
public record LatencyBreakdown(Map<String, double[]> meanNsByDevice) {

    /** The parts of a DMA transfer's latency, as the dma trace's columns name them without {@code _ps}. */
    public static final List<String> PARTS = List.of("link", "iommu", "coherence", "memory", "driver");
}
