/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.compiler;

import java.util.List;
import java.util.Set;

import io.platsim.engine.config.PlatformConfig;

/**
 * A model ready to run: the engine configuration, the model names of what the engine numbers, and warnings
 * about parts of the model this release does not simulate yet.
 *
 * @param config      what the engine runs
 * @param deviceNames model name of each engine device
 * @param streamNames model name of each DMA stream
 * @param socketNames model name of each socket
 * @param vmNames     VM names by the engine's VM index
 * @param warnings    what the run will leave out, and why
 * @param traceKinds  trace kinds the model's run settings ask for, in lower case ({@code dma}, {@code snoop} ...);
 *                    empty for every kind
 */
public record CompiledPlatform(PlatformConfig config, List<String> deviceNames, List<String> streamNames,
        List<String> socketNames, List<String> vmNames, List<String> warnings, Set<String> traceKinds) {
}
