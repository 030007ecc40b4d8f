/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.kernel;

/**
 * Something that reacts to its own events. An agent implements it and registers itself, once, and tells its events
 * apart by {@code kind}; {@code payload} carries a number (an index into the agent's own tables, an address ...), so
 * scheduling never allocates. (Registering the agent itself rather than a lambda that calls it leaves the compiler
 * one method to compile per agent instead of two.)
 */
@FunctionalInterface
public interface EventHandler {

    void handle(int kind, long payload);
}
