/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.platsim.engine.memory.MemoryController;
import io.platsim.engine.resource.Channel;

/** Components join only through the ports they declare, and say what they are as data. */
class NetlistTest {

    private static Component node(String name, int downstreamLinks) {
        ComponentSpec spec = ComponentSpec.of("pcie-switch", name).param("forwarding", "ps", 150_000, "forwarding")
            .port("upstream", "TLPs", 1).port("downstream", "TLPs", downstreamLinks);
        return () -> spec;
    }

    private static Channel channel(String name) {
        return new Channel(name, 20_000, 32e9, () -> 0);
    }

    @Test
    void aLinkJoinsDeclaredPortsAndCarriesAChannelEachWay() {
        Netlist netlist = new Netlist();
        Component upper = netlist.add(node("sw0", 2));
        Component lower = netlist.add(node("sw1", 2));
        Channel down = channel("down");
        Channel up = channel("up");
        Link link = netlist.connect("l0", upper, "downstream", lower, "upstream", down, up);
        assertSame(link, netlist.link(lower, "upstream"));
        assertSame(lower, link.other(upper).component());
        assertSame(up, link.toA());
        assertEquals(20_000, link.toB().latencyPs());
    }

    @Test
    void undeclaredPortsFullPortsAndStrangersAreRefusedByName() {
        Netlist netlist = new Netlist();
        Component upper = netlist.add(node("sw0", 1));
        Component lower = netlist.add(node("sw1", 1));
        Component other = netlist.add(node("sw2", 1));
        IllegalArgumentException undeclared = assertThrows(IllegalArgumentException.class,
            () -> netlist.connect("l0", upper, "side", lower, "upstream", null, null));
        assertTrue(undeclared.getMessage().contains("pcie-switch sw0 has no port side"), undeclared.getMessage());
        netlist.connect("l1", upper, "downstream", lower, "upstream", null, null);
        IllegalArgumentException full = assertThrows(IllegalArgumentException.class,
            () -> netlist.connect("l2", upper, "downstream", other, "upstream", null, null));
        assertTrue(full.getMessage().contains("takes 1 link(s)"), full.getMessage());
        assertThrows(IllegalArgumentException.class,
            () -> netlist.connect("l3", node("stranger", 1), "downstream", other, "upstream", null, null));
        assertThrows(IllegalArgumentException.class, () -> netlist.add(node("sw0", 1)), "names are unique");
    }

    @Test
    void aMemoryControllerDeclaresItsParametersPortsAndLiveStatistics() {
        MemoryController memory = new MemoryController("imc", 8, 90_000, 187.7e9, () -> 0);
        ComponentSpec spec = memory.spec();
        assertEquals("memory-controller", spec.kind());
        assertEquals("8", spec.params().get(0).display());
        assertEquals("90000 ps", spec.params().get(1).display());
        assertEquals("home", spec.ports().get(0).name());
        ComponentSpec.Stat reads = spec.stats().get(0);
        assertEquals(0, reads.value().getAsLong());
        memory.access(0, 0, false);
        memory.access(0, 64, false);
        assertEquals(2, reads.value().getAsLong(), "statistics read the component live");
    }
}
