/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.pcie;

import io.platsim.engine.component.Component;
import io.platsim.engine.component.ComponentSpec;

/**
 * A root port or a PCIe switch: the upstream end of PCIe links. A switch's upstream port joins a link toward
 * the root complex and it forwards TLPs between that link and its downstream links after its forwarding latency;
 * a root port's upstream side is its socket's I/O.
 */
public final class PcieNode implements Component {

    private final ComponentSpec spec;
    private final boolean isSwitch;

    public PcieNode(String name, boolean isSwitch, long forwardingPs) {
        this.isSwitch = isSwitch;
        spec = ComponentSpec.of(isSwitch ? "pcie-switch" : "root-port", name);
        if (isSwitch) {
            spec.param("forwarding", "ps", forwardingPs, "from a TLP's arrival on one port to its departure");
        }
        spec.port("upstream", isSwitch ? "TLPs to and from the root complex" : "inbound DMA into its socket", 1)
            .port("downstream", "TLPs to and from devices and switches below", Integer.MAX_VALUE);
        if (!isSwitch) {
            spec.port("iommu", "DMA requests to translate", 1);
        }
    }

    boolean isSwitch() {
        return isSwitch;
    }

    @Override
    public ComponentSpec spec() {
        return spec;
    }
}
