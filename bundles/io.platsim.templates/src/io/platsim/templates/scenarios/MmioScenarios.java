/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.templates.scenarios;

import static io.platsim.templates.PlatformBuilder.F;

import java.util.Map;

import io.platsim.templates.PlatformBuilder;
import io.platsim.model.Bar;
import io.platsim.model.BarMemoryType;
import io.platsim.model.CpuAccessKind;
import io.platsim.model.CpuAccessStream;
import io.platsim.model.DmaDirection;
import io.platsim.model.DmaStream;
import io.platsim.model.LoadMode;
import io.platsim.model.Platform;
import io.platsim.model.SnoopMode;

/**
 * Seed scenario 9, data without a DMA engine: a core copying a device's data by loads across the bus against the
 * device writing the same data by DMA, and a core's stores to a BAR mapped uncached against write-combining.
 */
final class MmioScenarios {

    static final String FOLDER = "9-data-without-dma";

    private static final String DATA = "The device's data sits in a 1 MiB window of its memory behind a BAR, on the "
        + "NIC's Gen4 x16 link. A device without a DMA engine leaves a core to copy it out: memcpy_fromio, which "
        + "on x86-64 Linux loads 4 bytes at a time from a BAR mapped uncached. Each load is a non-posted read that "
        + "crosses the root complex and the link and waits for its completion, one at a time. Compare "
        + "mmio-read-copy (cpu_streams[].throughput_gbps: a fraction of a Gb/s, each read taking a few hundred ns), "
        + "mmio-read-copy-remote (the core on the other socket: each read also crosses UPI twice and takes "
        + "longer) and device-dma-write (the device writes the same data into memory by DMA, 4 KiB at a time with "
        + "8 transfers in flight: streams[].throughput_gbps is what the link carries, three orders of magnitude "
        + "more). ";

    private static final String STORES = "A core writes a device's memory with 4-byte stores, as memcpy_toio "
        + "does, offering 4,000 stores a microsecond. Mapped uncached, each store is one posted TLP with 4 bytes of "
        + "payload, and the core retires the next only when the root complex has acknowledged the last. Mapped "
        + "write-combining (a prefetchable BAR, ioremap_wc), 16 stores gather in a 64-byte buffer and leave as one "
        + "TLP while the core goes on, up to its 10 buffers in flight. Compare uc-writes, wc-writes (two orders of "
        + "magnitude more Gb/s) and wc-writes-fenced (a store fence after every 64 bytes, as a driver fences a "
        + "descriptor before ringing its doorbell: the core waits for each line's acknowledgement, so the "
        + "throughput falls toward that of one buffer). ";

    private static final String DOORBELLS = "The device writes 4 KiB buffers into memory by DMA, one at a time, "
        + "each once the driver has posted it: core 0 hands the device a batch of buffers with a doorbell, a "
        + "4-byte uncached store to its register that crosses the root complex and the link, and waits for its "
        + "acknowledgement. Compare posted-buffers (no doorbell: the device finds its work by itself), "
        + "posted-buffers-doorbell-each (a doorbell for every buffer: each transfer waits for its doorbell, so its "
        + "latency_split_mean_ns.link and latency grow and the throughput falls) and posted-buffers-doorbell-32 (a "
        + "doorbell for 32 buffers: the cost is shared and most of the throughput comes back). With 8 buffers in "
        + "flight, as in device-dma-write, the link is the limit and the doorbells' time hides behind it. ";

    private MmioScenarios() {
    }

    static void add(Map<String, Platform> models) {
        Scenarios.put(models, FOLDER, reads("mmio-read-copy", 1, "This variant: a core of socket 0 copies the "
            + "data by 4-byte uncached loads."));
        Scenarios.put(models, FOLDER, reads("mmio-read-copy-remote", 2, "This variant: a core of socket 1 copies "
            + "the data by 4-byte uncached loads across UPI."));
        Scenarios.put(models, FOLDER, dma("device-dma-write", 8, 0, DATA + "This variant: the device writes the "
            + "data into memory by DMA."));
        Scenarios.put(models, FOLDER, dma("posted-buffers", 1, 0, DOORBELLS + "This variant: no doorbell."));
        Scenarios.put(models, FOLDER, dma("posted-buffers-doorbell-each", 1, 1, DOORBELLS + "This variant: a "
            + "doorbell for every buffer."));
        Scenarios.put(models, FOLDER, dma("posted-buffers-doorbell-32", 1, 32, DOORBELLS + "This variant: one "
            + "doorbell for every 32 buffers."));
        Scenarios.put(models, FOLDER, stores("uc-writes", BarMemoryType.UNCACHED, 0, "This variant: the BAR is "
            + "mapped uncached."));
        Scenarios.put(models, FOLDER, stores("wc-writes", BarMemoryType.WRITE_COMBINING, 0, "This variant: the "
            + "BAR is mapped write-combining."));
        Scenarios.put(models, FOLDER, stores("wc-writes-fenced", BarMemoryType.WRITE_COMBINING, 16, "This variant: "
            + "write-combining, with a store fence after every 16 stores."));
    }

    private static Platform reads(String name, int sockets, String variant) {
        ScenarioPlatform s = new ScenarioPlatform(name, DATA + variant, sockets, SnoopMode.HOME_SNOOP, false);
        Bar window = window(s, false, BarMemoryType.UNCACHED);
        CpuAccessStream copy = stream(s, "copy", sockets - 1, CpuAccessKind.READ, 100, window);
        copy.setDescription("memcpy_fromio from the device's window: 4-byte loads, one at a time.");
        return s.platform;
    }

    private static Platform dma(String name, int inFlight, int doorbellEvery, String description) {
        ScenarioPlatform s = new ScenarioPlatform(name, description, 1, SnoopMode.HOME_SNOOP, false);
        window(s, false, BarMemoryType.UNCACHED);
        DmaStream writes = s.nicStream("dma", DmaDirection.WRITE, 4096, 10, 0);
        writes.setLoadMode(LoadMode.CLOSED_LOOP);
        writes.setOutstanding(inFlight);
        writes.setBufferWindowBytes(1 << 20);
        writes.setInterruptEvery(0);
        writes.setDoorbellEvery(doorbellEvery);
        return s.platform;
    }

    private static Platform stores(String name, BarMemoryType type, int fenceEvery, String variant) {
        ScenarioPlatform s = new ScenarioPlatform(name, STORES + variant, 1, SnoopMode.HOME_SNOOP, false);
        Bar window = window(s, type == BarMemoryType.WRITE_COMBINING, type);
        CpuAccessStream copy = stream(s, "copy", 0, CpuAccessKind.WRITE, 4000, window);
        copy.setFenceEvery(fenceEvery);
        copy.setDescription("memcpy_toio into the device's window: 4-byte stores.");
        return s.platform;
    }

    /** The NIC's 1 MiB window of device memory. */
    private static Bar window(ScenarioPlatform s, boolean prefetchable, BarMemoryType type) {
        Bar bar = PlatformBuilder.bar(s.nic, "nic0-memory", prefetchable, type);
        bar.setSizeBytes(1 << 20);
        return bar;
    }

    /** Core 2 of socket {@code socket} loading or storing 4 bytes at a time, {@code perUs} a microsecond offered. */
    private static CpuAccessStream stream(ScenarioPlatform s, String name, int socket, CpuAccessKind kind,
            double perUs, Bar bar) {
        CpuAccessStream stream = F.createCpuAccessStream();
        stream.setName(name);
        stream.setCore(s.sockets[socket].getCores().get(2));
        stream.setKind(kind);
        stream.setAccessesPerUs(perUs);
        stream.setBar(bar);
        s.platform.getWorkloads().add(stream);
        return stream;
    }
}
