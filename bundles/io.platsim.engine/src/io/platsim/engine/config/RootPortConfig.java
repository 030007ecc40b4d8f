/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.config;

import io.platsim.engine.iommu.IommuConfig;

/**
 * A root port: its name, its socket's index, and the IOMMU that translates its devices' DMA (null for none;
 * root ports of one root complex name the same IOMMU).
 */
public record RootPortConfig(String name, int socket, IommuConfig iommu) {
}
