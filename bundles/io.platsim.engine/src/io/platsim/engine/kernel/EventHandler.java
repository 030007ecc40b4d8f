/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.kernel;

/**
 * Something that reacts to its own events. A component registers one handler and tells its events apart by
 * {@code kind}; {@code payload} carries a number (an index into the component's own tables, an address ...),
 * so scheduling never allocates.
 */
@FunctionalInterface
public interface EventHandler {

    void handle(int kind, long payload);
}
