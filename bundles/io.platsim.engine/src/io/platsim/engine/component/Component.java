/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.component;

/**
 * A part of the simulated platform (a cache, a memory controller, a PCIe switch, a device's DMA engine ...).
 * It says what it is as data: its parameters, the ports through which it is joined to the rest of the platform,
 * and the statistics it keeps. Components reach one another only through {@link Link}s between declared ports,
 * which a {@link Netlist} checks when it joins them.
 */
public interface Component {

    /** This component's kind, name, parameters, ports and statistics. */
    ComponentSpec spec();
}
