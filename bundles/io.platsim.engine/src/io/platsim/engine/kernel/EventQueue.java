/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.kernel;

/**
 * The pending events of a simulation, ordered by time, then priority (lower first), then the order they were
 * scheduled in, so that equal timestamps always resolve the same way. Events are small integers (slots) that
 * the {@link Simulator} owns; the queue only orders them. Implementations must not allocate per event.
 */
public interface EventQueue {

    /** Adds {@code slot}, due at {@code time} with {@code priority}; {@code sequence} breaks the last ties. */
    void add(int slot, long time, int priority, long sequence);

    /** Removes and returns the first slot, or -1 when empty. */
    int poll();

    /** The first slot without removing it, or -1 when empty. */
    int peek();

    /** Time of the first slot; undefined when empty. */
    long peekTime();

    /** Priority of the first slot; undefined when empty. */
    int peekPriority();

    /** Removes {@code slot} if it is queued; returns whether it was. */
    boolean remove(int slot);

    /** Number of queued slots. */
    int size();
}
