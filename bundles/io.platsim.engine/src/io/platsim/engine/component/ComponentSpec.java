/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * What a component declares about itself: kind and name, parameters (with units), ports (with what they carry
 * and how many links each takes) and statistics (read live from the component). Summaries, documentation and
 * the netlist's checks work from this data alone.
 */
public final class ComponentSpec {

    /** A parameter: a number in its unit, or a setting ({@code text}, with no unit and no number). */
    public record Param(String name, String unit, double value, String text, String meaning) {

        /** The value as a user reads it. */
        public String display() {
            if (text != null) {
                return text;
            }
            String number = value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
            return unit.isEmpty() ? number : number + " " + unit;
        }
    }

    /** A port: where links attach; {@code maxLinks} is how many it takes (a switch's downstream side takes many). */
    public record Port(String name, String carries, int maxLinks) {
    }

    /**
     * A statistic; {@code value} reads it. A count grows from the start of the run, and a run reports its growth
     * after the warm-up; a {@code level} (how many lines a structure holds) is reported as it stands at the end.
     */
    public record Stat(String name, String unit, String meaning, LongSupplier value, boolean level) {
    }

    private final String kind;
    private final String name;
    private final List<Param> params = new ArrayList<>();
    private final List<Port> ports = new ArrayList<>();
    private final List<Stat> stats = new ArrayList<>();

    private ComponentSpec(String kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    public static ComponentSpec of(String kind, String name) {
        return new ComponentSpec(kind, name);
    }

    public ComponentSpec param(String param, String unit, double value, String meaning) {
        params.add(new Param(param, unit, value, null, meaning));
        return this;
    }

    /** A parameter that is a choice rather than a number (a protocol, a mode). */
    public ComponentSpec setting(String param, Object value, String meaning) {
        params.add(new Param(param, "", Double.NaN, String.valueOf(value), meaning));
        return this;
    }

    public ComponentSpec port(String port, String carries, int maxLinks) {
        if (port(port) != null) {
            throw new IllegalArgumentException(kind + " " + name + " declares port " + port + " twice");
        }
        ports.add(new Port(port, carries, maxLinks));
        return this;
    }

    /** A count, growing from the start of the run. */
    public ComponentSpec stat(String stat, String unit, String meaning, LongSupplier value) {
        stats.add(new Stat(stat, unit, meaning, value, false));
        return this;
    }

    /** A level: what the component holds at the moment it is read. */
    public ComponentSpec level(String stat, String unit, String meaning, LongSupplier value) {
        stats.add(new Stat(stat, unit, meaning, value, true));
        return this;
    }

    public String kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public List<Param> params() {
        return Collections.unmodifiableList(params);
    }

    public List<Port> ports() {
        return Collections.unmodifiableList(ports);
    }

    public List<Stat> stats() {
        return Collections.unmodifiableList(stats);
    }

    /** The declared port {@code port}, or null. */
    public Port port(String port) {
        for (Port p : ports) {
            if (p.name().equals(port)) {
                return p;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return kind + " " + name;
    }
}
