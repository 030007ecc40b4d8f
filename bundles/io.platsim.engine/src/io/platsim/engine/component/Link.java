/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.component;

import io.platsim.engine.resource.Channel;

/**
 * A link between two declared ports, carrying traffic each way with a latency and a bandwidth: one
 * {@link Channel} per direction. {@code a} is the end toward the host (a root port, a switch's downstream side,
 * a socket), {@code b} the other.
 */
public final class Link {

    /** One end of a link: a component's port. */
    public record End(Component component, String port) {

        @Override
        public String toString() {
            return component.spec() + "." + port;
        }
    }

    private final String name;
    private final End a;
    private final End b;
    private final Channel toB;
    private final Channel toA;

    Link(String name, End a, End b, Channel toB, Channel toA) {
        this.name = name;
        this.a = a;
        this.b = b;
        this.toB = toB;
        this.toA = toA;
    }

    public String name() {
        return name;
    }

    public End a() {
        return a;
    }

    public End b() {
        return b;
    }

    /** The end of this link that is not {@code component}'s. */
    public End other(Component component) {
        return a.component() == component ? b : a;
    }

    /** Traffic from end a to end b (downstream, away from the host). */
    public Channel toB() {
        return toB;
    }

    /** Traffic from end b to end a (upstream, toward the host). */
    public Channel toA() {
        return toA;
    }

    @Override
    public String toString() {
        return name + " (" + a + " - " + b + ")";
    }
}
