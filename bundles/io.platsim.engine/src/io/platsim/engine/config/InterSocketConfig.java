/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.config;

/** The coherent link between two sockets: one-way latency and bandwidth per direction. */
public record InterSocketConfig(String name, long latencyPs, double bytesPerSec) {
}
