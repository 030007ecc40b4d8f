/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.templates.scenarios;

import static io.platsim.templates.PlatformBuilder.F;

import java.util.Map;

import io.platsim.templates.PlatformBuilder;
import io.platsim.model.Accelerator;
import io.platsim.model.Bar;
import io.platsim.model.BarMemoryType;
import io.platsim.model.CpuAccessKind;
import io.platsim.model.CpuAccessStream;
import io.platsim.model.PcieGeneration;
import io.platsim.model.Platform;
import io.platsim.model.SnoopMode;

/**
 * Validation models of a core's loads and stores to a device's BAR: one uncached load at a time from a NIC's
 * register (pcie-lat), and a stream of 4-byte stores into an FPGA's memory mapped uncached or write-combining (an
 * AWS F1 application note). {@code validation/figures.json} names the measured figures.
 */
final class MmioValidations {

    static final String FOLDER = "mmio";

    private static final String PCIE_LAT = "Mirrors pcie-lat's measurement of a NIC register read "
        + "(github.com/andre-richter/pcie-lat, issue 9: a Xeon Gold 6250 on a Supermicro X11SPG-TF reads offset 0 "
        + "of a low-latency network card's BAR0, 32 bits at a time, a million times): a core reads its NIC's "
        + "register BAR, mapped uncached, with one 4-byte load a microsecond. The NIC sits on a Gen3 x8 link of "
        + "the socket's root complex (Cascade Lake's ports are Gen3; the card's width is not stated). The figure "
        + "is the mean latency of a load. validation/figures.json names the measured figure; ./platsim scorecard "
        + "runs them all. ";

    private static final String F1 = "Mirrors the AWS F1 application note 'How to Use Write Combining to Improve "
        + "PCIe Bus Performance' (github.com/awslabs/aws-fpga-app-notes, Using-PCIe-Write-Combining, version 1.0, "
        + "2017): a program writes 4 MiB into the FPGA card's memory behind its 128 GiB prefetchable BAR 4 with "
        + "fpga_pci_write_burst, one 32-bit store after another, %s. Here a core offers 4,000 stores of 4 bytes "
        + "a microsecond to the card on a Gen3 x16 link of its socket's root complex. The figure is the stream's "
        + "throughput. validation/figures.json names the measured figure; ./platsim scorecard runs them all. ";

    private MmioValidations() {
    }

    static void add(Map<String, Platform> models) {
        put(models, registerRead());
        put(models, f1Stores("mmio-f1-uc-stores", BarMemoryType.UNCACHED, "the BAR mapped uncached (resource4)"));
        put(models, f1Stores("mmio-f1-wc-stores", BarMemoryType.WRITE_COMBINING,
            "the BAR mapped write-combining (resource4_wc)"));
    }

    private static void put(Map<String, Platform> models, Platform platform) {
        models.put(Validations.FOLDER + "/" + FOLDER + "/" + platform.getName() + ".platsim", platform);
    }

    private static Platform registerRead() {
        ScenarioPlatform s = new ScenarioPlatform("mmio-pcie-lat-read", PCIE_LAT, 1, SnoopMode.HOME_SNOOP, false);
        s.nicLink.setGeneration(PcieGeneration.GEN3);
        s.nicLink.setLanes(8);
        Bar registers = PlatformBuilder.bar(s.nic, "nic0-bar0", false, BarMemoryType.UNCACHED);
        stream(s, "reader", CpuAccessKind.READ, 1, registers);
        return s.platform;
    }

    private static Platform f1Stores(String name, BarMemoryType type, String setup) {
        ScenarioPlatform s = new ScenarioPlatform(name, String.format(F1, setup), 1, SnoopMode.HOME_SNOOP, false);
        Accelerator fpga = F.createAccelerator();
        fpga.setName("f1-fpga");
        s.platform.getDevices().add(fpga);
        s.builder.link(s.rootComplex.getRootPorts().get(1), fpga, PcieGeneration.GEN3, 16);
        Bar memory = PlatformBuilder.bar(fpga, "f1-fpga-bar4", true, type);
        memory.setSizeBytes(128L << 30);
        stream(s, "writer", CpuAccessKind.WRITE, 4000, memory);
        return s.platform;
    }

    private static void stream(ScenarioPlatform s, String name, CpuAccessKind kind, double perUs, Bar bar) {
        CpuAccessStream stream = F.createCpuAccessStream();
        stream.setName(name);
        stream.setCore(s.sockets[0].getCores().get(1));
        stream.setKind(kind);
        stream.setAccessesPerUs(perUs);
        stream.setBar(bar);
        s.platform.getWorkloads().add(stream);
    }
}
