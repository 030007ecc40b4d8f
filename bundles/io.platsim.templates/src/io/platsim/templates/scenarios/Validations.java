/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.templates.scenarios;

import static io.platsim.templates.PlatformBuilder.F;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.platsim.model.AccessPattern;
import io.platsim.model.AttachmentMode;
import io.platsim.model.Cache;
import io.platsim.model.CacheLevel;
import io.platsim.model.Core;
import io.platsim.model.CpuAccessKind;
import io.platsim.model.CpuAccessStream;
import io.platsim.model.DeviceAttachment;
import io.platsim.model.DmaDirection;
import io.platsim.model.DmaStream;
import io.platsim.model.InvalidationMode;
import io.platsim.model.Iommu;
import io.platsim.model.IovaAllocatorPolicy;
import io.platsim.model.LoadMode;
import io.platsim.model.NumaPlacement;
import io.platsim.model.PageSize;
import io.platsim.model.PcieGeneration;
import io.platsim.model.Platform;
import io.platsim.model.RequestResponseFlow;
import io.platsim.model.SnoopMode;
import io.platsim.model.Socket;
import io.platsim.model.VirtualMachine;

/**
 * The validation suite's models: each mirrors the setup of a published measurement, and
 * {@code validation/figures.json} in the example project says which figure of its summary is compared with which
 * measured value (docs/validation.md). The DMA models mirror pcie-bench (Neugebauer et al., SIGCOMM 2018): an
 * NFP-6000 on Gen3 x8 reading or writing 64 bytes at random addresses of a window, one request at a time for
 * latency and 32 at a time for bandwidth. The core models mirror Intel's Memory Latency Checker on a two-socket
 * Ice Lake-SP: idle latency to local and remote memory, and to a line another core holds modified.
 */
public final class Validations {

    /** Folder of the validation models in the example project. */
    public static final String FOLDER = "validation";

    private static final long KIB = 1024;
    private static final long MIB = 1024 * KIB;

    private static final String PCIE_BENCH = "Mirrors pcie-bench (Neugebauer et al., 'Understanding PCIe "
        + "performance for end host networking', SIGCOMM 2018; data set pcie-bench/data, host Xeon E5-2630 v4): an "
        + "NFP-6000 at Gen3 x8 issues DMA requests (64 bytes unless said) at random addresses of a window, %s, %s. "
        + "The NFP's DMA engine takes 255 ns of its own per read (dmaEngineLatencyNs, calibrated on the 600 ns "
        + "median of lat_dma_details), issues a TLP every 21 ns (dmaIssueNs, calibrated on the 24.27 Gb/s of "
        + "bw_dma_win_sweep_wr_rnd_64) and takes in a read's data at one line every 18.9 ns (dmaReadLineNs, "
        + "calibrated on lat_dma_sizes at 2048 bytes). The host's snoop of a core crosses its ring in 16.5 ns each way "
        + "(interconnectCrossingNs, calibrated on lat_dma_details: a read of a line a core caches is 40 ns faster "
        + "than one from memory). validation/figures.json names the measured figure this "
        + "model is compared with; ./platsim scorecard runs them all. ";

    private static final String MLC = "Mirrors Intel's Memory Latency Checker on a two-socket Ice Lake-SP (Xeon "
        + "Platinum 8360Y, KU Leuven VscDocumentation, tier2_hardware/icelake_mlc.txt): core 1 of socket 0 reads "
        + "lines at random addresses of a buffer, one at a time, %s. validation/figures.json names the measured "
        + "figure; ./platsim scorecard runs them all. ";

    private static final String DDIO_BENCH = "Mirrors ddio-bench (Farshin et al., 'Reexamining Direct Cache Access "
        + "to Optimize I/O Intensive Applications for Multi-hundred-gigabit Networks', USENIX ATC 2020; data set "
        + "github.com/aliireza/ddio-bench, host Xeon Gold 6140: a 24.75 MiB LLC of 11 ways and 18 slices): a "
        + "ConnectX-5 at Gen3 x16 writes %d-byte packets (their whole 64-byte lines) into a receive ring of %s "
        + "one after another at %s Gb/s, with %d of the LLC's ways open to DMA (IIO LLC WAYS). The figure is the "
        + "share of the NIC's line writes that find their line still in the LLC (PCM's ItoM hit rate), which falls "
        + "once the ring outgrows what the DMA ways keep. validation/figures.json names the measured figure; "
        + "./platsim scorecard runs them all. ";

    private static final String ELI = "Mirrors ELI's execution breakdown (Gordon et al., 'ELI: Bare-Metal Performance "
        + "for I/O Virtualization', ASPLOS 2012, Table 1: a Xeon X5570 guest of one vCPU with an assigned Emulex "
        + "10 Gb/s NIC under KVM): a passthrough VF answers requests in a VM of one vCPU, one interrupt a request, "
        + "%s. The figure is the VM's exits per interrupt: an interrupt the host must inject exits for its delivery, "
        + "and, without a virtual APIC, its end-of-interrupt write exits too. The guest's timer is left out (a few "
        + "hundred exits a second beside ELI's 48,000 interrupts). validation/figures.json names the measured "
        + "figure; ./platsim scorecard runs them all. ";

    private static final String RIOMMU = "Mirrors rIOMMU's request/response round trips (Malka et al., 'rIOMMU: "
        + "Efficient IOMMU for I/O Devices that Employ Ring Buffers', ASPLOS 2015, Table 3: Netperf UDP_RR with "
        + "1-byte messages against a Linux 3.11 server on one core of a 3.1 GHz Xeon E3-1220 with a Broadcom "
        + "BCM57810 10 GbE NIC, whose driver maps one buffer a packet): one connection's requests are answered on "
        + "one host core, %s. The driver unmaps the request's buffer and the last response's, maps a fresh receive "
        + "buffer and maps the response (mapPerIo). The IOMMU's invalidation takes this host's 689 ns "
        + "(invalidationLatencyNs: 2,135 cycles, Table 1), and its page walk is not coherent, so each page-table "
        + "update also flushes its line (pteFlushNs, 89 ns: section 5.2); the rest are PlatSim's defaults. The "
        + "figures are what the IOMMU adds to a transaction over the same run without it. validation/figures.json "
        + "names the measured figure; ./platsim scorecard runs them all. ";

    private Validations() {
    }

    /** Every validation model by its path in the example project. */
    public static Map<String, Platform> all() {
        Map<String, Platform> models = new LinkedHashMap<>();
        put(models, pcieBench("rd64-latency", false, 1, 8 * KIB, false, "one read at a time, IOMMU off"));
        put(models, warmed(pcieBench("rd64-latency-warm", false, 1, 8 * KIB, false,
            "one read at a time, IOMMU off, while a core keeps reading the buffer so that its lines are cached")));
        put(models, pcieBench("rd512-latency", false, 1, 8 * KIB, false, "512 bytes, one read at a time, IOMMU off",
            512));
        put(models, pcieBench("rd1024-latency", false, 1, 8 * KIB, false,
            "1024 bytes, one read at a time, IOMMU off", 1024));
        put(models, pcieBench("rd2048-latency", false, 1, 8 * KIB, false,
            "2048 bytes, one read at a time, IOMMU off", 2048));
        put(models, pcieBench("rd64-latency-2s-local", false, 1, 8 * KIB, false,
            "one read at a time from socket 0's memory, on two sockets", 64, 2, 0));
        put(models, pcieBench("rd64-latency-2s-remote", false, 1, 8 * KIB, false,
            "one read at a time from socket 1's memory across the inter-socket link", 64, 2, 1));
        put(models, warmed(pcieBench("rd64-latency-2s-local-cached-remote", false, 1, 8 * KIB, false,
            "one read at a time from socket 0's memory, while a core of socket 1 keeps reading the buffer", 64, 2, 0),
            1, 0));
        put(models, warmed(pcieBench("rd64-latency-2s-remote-cached-local", false, 1, 8 * KIB, false,
            "one read at a time from socket 1's memory, while a core of socket 0 keeps reading the buffer", 64, 2, 1),
            0, 1));
        put(models, warmed(pcieBench("rd64-latency-2s-remote-cached-remote", false, 1, 8 * KIB, false,
            "one read at a time from socket 1's memory, while a core of socket 1 keeps reading the buffer", 64, 2, 1),
            1, 1));
        put(models, pcieBench("rd2048-latency-2s-remote", false, 1, 8 * KIB, false,
            "2048 bytes, one read at a time from socket 1's memory across the inter-socket link", 2048, 2, 1));
        put(models, pcieBench("rd64-latency-iommu-64m", false, 1, 64 * MIB, true,
            "one read at a time over 64 MiB through 4 KiB IOMMU mappings"));
        put(models, pcieBench("rd64-bandwidth", false, 32, 64 * MIB, false, "32 reads in flight, IOMMU off"));
        put(models, pcieBench("rd64-bandwidth-iommu-256k", false, 32, 256 * KIB, true,
            "32 reads in flight over 256 KiB, the IOTLB's reach, through 4 KiB IOMMU mappings"));
        put(models, pcieBench("rd64-bandwidth-iommu-1m", false, 32, MIB, true,
            "32 reads in flight over 1 MiB through 4 KiB IOMMU mappings"));
        put(models, pcieBench("rd64-bandwidth-iommu-64m", false, 32, 64 * MIB, true,
            "32 reads in flight over 64 MiB through 4 KiB IOMMU mappings"));
        put(models, pcieBench("wr64-bandwidth", true, 32, 64 * MIB, false, "writes as fast as it can, IOMMU off"));
        put(models, pcieBench("wr64-bandwidth-iommu-64m", true, 32, 64 * MIB, true,
            "writes as fast as it can over 64 MiB through 4 KiB IOMMU mappings"));
        for (int ways = 2; ways <= 4; ways++) {
            put(models, ddioBench("ways" + ways + "-1024b-4096desc", ways, 1024, 4096, 84.6));
        }
        for (int cores : new int[] {8, 12, 16}) {
            put(models, ddioBench("ways2-1500b-" + cores + "x256desc", 2, 1536, cores * 256, 99.3));
        }
        put(models, eli("baseline", false, false, "delivered by the host (no posted interrupts) and ended by an EOI "
            + "write the host emulates (no APIC virtualization), as ELI's baseline"));
        put(models, eli("exitless", true, true, "posted to the vCPU without an exit and ended by an EOI write the "
            + "virtual APIC takes without one (posted interrupts and APIC virtualization), as full ELI does with "
            + "its shadow IDT and x2APIC EOIs"));
        put(models, riommu("off", null, "IOMMU off"));
        put(models, riommu("deferred", InvalidationMode.DEFERRED, "deferred invalidation (Linux's lazy mode), "
            + "per-CPU IOVA magazines (the paper's constant-time allocator, its defer+ mode)"));
        put(models, riommu("strict", InvalidationMode.STRICT, "strict invalidation, per-CPU IOVA magazines (the "
            + "paper's strict+ mode)"));
        put(models, mlc("dram-local", 0, false, "the buffer (1 GiB) in socket 0's memory"));
        put(models, mlc("dram-remote", 1, false, "the buffer (1 GiB) in socket 1's memory"));
        put(models, mlc("hitm-local", 0, true, "while core 2 of socket 0 keeps writing the same 64 KiB buffer"));
        put(models, mlc("hitm-remote", 0, true, "while core 2 of socket 1 keeps writing the same 64 KiB buffer, "
            + "homed on socket 0"));
        MmioValidations.add(models);
        return models;
    }

    private static void put(Map<String, Platform> models, Platform platform) {
        String name = platform.getName();
        String group = name.startsWith("mlc-") ? "mlc-icelake" : name.startsWith("ddio-") ? "ddio-bench"
            : name.startsWith("eli-") ? "eli" : name.startsWith("riommu-") ? "riommu" : "pcie-bench";
        models.put(FOLDER + "/" + group + "/" + platform.getName() + ".platsim", platform);
    }

    private static Platform pcieBench(String name, boolean write, int inFlight, long window, boolean iommu,
            String setup) {
        return pcieBench(name, write, inFlight, window, iommu, setup, 64);
    }

    private static Platform pcieBench(String name, boolean write, int inFlight, long window, boolean iommu,
            String setup, int size) {
        return pcieBench(name, write, inFlight, window, iommu, setup, size, 1, 0);
    }

    private static Platform pcieBench(String name, boolean write, int inFlight, long window, boolean iommu,
            String setup, int size, int sockets, int home) {
        ScenarioPlatform s = new ScenarioPlatform(name, String.format(PCIE_BENCH, write ? "writes" : "reads",
            setup), sockets, SnoopMode.HOME_SNOOP, false);
        s.nicLink.setGeneration(PcieGeneration.GEN3);
        s.nicLink.setLanes(8);
        s.nic.setName("nfp6000");
        s.nic.setDmaEngineLatencyNs(255);
        s.nic.setDmaIssueNs(21);
        s.nic.setDmaReadLineNs(18.9);
        for (Socket socket : s.sockets) {
            socket.setInterconnectCrossingNs(16.5);
        }
        s.nic.setDmaOutstandingLimit(Math.max(inFlight, 1));
        s.platform.getRunSettings().setDurationUs(1000);
        s.platform.getRunSettings().setWarmupUs(200);
        if (iommu) {
            Iommu mmu = s.iommu();
            mmu.setIovaAllocator(IovaAllocatorPolicy.IDENTITY);
            mmu.setMappingPageSize(PageSize.SIZE_4K);
        }
        DmaStream stream = s.nicStream(write ? "writes" : "reads", write ? DmaDirection.WRITE : DmaDirection.READ,
            size, 0, home * ScenarioPlatform.SOCKET1_BASE);
        stream.setLoadMode(LoadMode.CLOSED_LOOP);
        stream.setOutstanding(inFlight);
        stream.setAccessPattern(AccessPattern.RANDOM);
        stream.setBufferWindowBytes(window);
        stream.setInterruptEvery(0);
        if (home != 0) {
            stream.setNumaPlacement(NumaPlacement.REMOTE);
        }
        return s.platform;
    }

    /**
     * ddio-bench's forwarder as PlatSim sees the LLC: the NIC's writes of {@code lineBytes}-byte packets into a
     * ring of {@code descriptors} buffers, back to back (DPDK hands a refilled slot the buffer freed last, so the
     * lines the NIC writes are those of the ring's packets; the buffers' unused tails never reach the LLC).
     */
    private static Platform ddioBench(String name, int ways, int lineBytes, int descriptors, double gbps) {
        long ring = (long) descriptors * lineBytes;
        String size = ring % MIB == 0 ? ring / MIB + " MiB" : String.format(Locale.ROOT, "%.2f MiB",
            ring / (double) MIB);
        ScenarioPlatform s = new ScenarioPlatform("ddio-" + name, String.format(Locale.ROOT, DDIO_BENCH,
            lineBytes, descriptors + " buffers (" + size + ")", gbps, ways), 1, SnoopMode.HOME_SNOOP, false);
        for (Cache cache : s.sockets[0].getCaches()) {
            if (cache.getLevel() == CacheLevel.LLC) {
                cache.setSizeBytes(99 * MIB / 4); // 18 slices of 2,048 sets of 11 lines
                cache.setWays(11);
                cache.setDmaAllocatableWays(ways);
            }
        }
        s.nicLink.setGeneration(PcieGeneration.GEN3);
        s.nic.setName("connectx5");
        s.platform.getRunSettings().setDurationUs(2000);
        s.platform.getRunSettings().setWarmupUs(1000);
        DmaStream stream = s.nicStream("rx-ring", DmaDirection.WRITE, lineBytes, gbps, 0);
        stream.setAccessPattern(AccessPattern.SEQUENTIAL);
        stream.setBufferWindowBytes(ring);
        stream.setInterruptEvery(0);
        return s.platform;
    }

    /** ELI's guest: one vCPU answering an assigned NIC; interrupts posted or not, EOIs virtual or not. */
    private static Platform eli(String name, boolean posted, boolean apicv, String setup) {
        ScenarioPlatform s = new ScenarioPlatform("eli-" + name, String.format(ELI, setup), 1, SnoopMode.HOME_SNOOP,
            false);
        s.platform.getRunSettings().setDurationUs(1000);
        s.platform.getRunSettings().setWarmupUs(200);
        VirtualMachine vm = s.builder.vm("guest", s.sockets[0].getCores().get(4));
        vm.setTimerHz(0);
        vm.setApicVirtualization(apicv);
        DeviceAttachment attachment = F.createDeviceAttachment();
        attachment.setMode(AttachmentMode.PASSTHROUGH);
        attachment.setDevice(s.virtualFunction(vm, posted));
        vm.getAttachments().add(attachment);
        RequestResponseFlow rr = F.createRequestResponseFlow();
        rr.setName("requests");
        rr.setVm(vm);
        rr.setAttachment(attachment);
        s.platform.getWorkloads().add(rr);
        return s.platform;
    }

    /** rIOMMU's Netperf RR server: one connection on one host core, mapping per I/O through the IOMMU or not. */
    private static Platform riommu(String name, InvalidationMode mode, String setup) {
        ScenarioPlatform s = new ScenarioPlatform("riommu-brcm-rr-" + name, String.format(RIOMMU, setup), 1,
            SnoopMode.HOME_SNOOP, false);
        s.platform.getRunSettings().setDurationUs(2000);
        s.platform.getRunSettings().setWarmupUs(200);
        if (mode != null) {
            Iommu iommu = s.iommu();
            iommu.setIovaAllocator(IovaAllocatorPolicy.PER_CPU_MAGAZINES);
            iommu.setInvalidationMode(mode);
            iommu.setInvalidationLatencyNs(689);
            iommu.setPteFlushNs(89);
        }
        RequestResponseFlow rr = F.createRequestResponseFlow();
        rr.setName("udp-rr");
        rr.setDevice(s.nic);
        rr.getCores().add(s.sockets[0].getCores().get(0));
        rr.setMapPerIo(true);
        s.platform.getWorkloads().add(rr);
        return s.platform;
    }

    private static Platform mlc(String name, int home, boolean hitm, String setup) {
        ScenarioPlatform s = new ScenarioPlatform("mlc-" + name, String.format(MLC, setup), 2,
            SnoopMode.DIRECTORY, true);
        s.platform.getRunSettings().setDurationUs(1000);
        s.platform.getRunSettings().setWarmupUs(200);
        long base = home * ScenarioPlatform.SOCKET1_BASE;
        long window = hitm ? 64 * KIB : 1024 * MIB;
        cpu(s.platform, "reader", s.sockets[0].getCores().get(1), CpuAccessKind.READ, 1, base, window);
        if (hitm) {
            boolean remote = name.endsWith("remote");
            cpu(s.platform, "writer", s.sockets[remote ? 1 : 0].getCores().get(2), CpuAccessKind.WRITE, 100, base,
                window);
        }
        return s.platform;
    }

    private static void cpu(Platform p, String name, Core core, CpuAccessKind kind, double perUs, long base,
            long window) {
        CpuAccessStream stream = F.createCpuAccessStream();
        stream.setName(name);
        stream.setCore(core);
        stream.setKind(kind);
        stream.setAccessesPerUs(perUs);
        stream.setBufferBaseAddress(base);
        stream.setBufferWindowBytes(window);
        p.getWorkloads().add(stream);
    }

    /** {@code p} with a core of socket 0 reading its DMA buffer over and over, so that the lines sit in its caches. */
    private static Platform warmed(Platform p) {
        return warmed(p, 0, 0);
    }

    /** A core of socket {@code socket} keeps reading the 8 KiB buffer homed on socket {@code home}. */
    private static Platform warmed(Platform p, int socket, int home) {
        cpu(p, "warmer", p.getSockets().get(socket).getCores().get(1), CpuAccessKind.READ, 10,
            home * ScenarioPlatform.SOCKET1_BASE, 8 * KIB);
        return p;
    }
}
