/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.templates.scenarios;

import static io.platsim.templates.PlatformBuilder.F;

import java.util.LinkedHashMap;
import java.util.Map;

import io.platsim.templates.PlatformBuilder;
import io.platsim.model.Accelerator;
import io.platsim.model.AgentBoardDmaEngine;
import io.platsim.model.AttachmentMode;
import io.platsim.model.CpuAccessKind;
import io.platsim.model.CpuAccessStream;
import io.platsim.model.Device;
import io.platsim.model.DeviceAttachment;
import io.platsim.model.DmaDirection;
import io.platsim.model.DmaStream;
import io.platsim.model.ExitReason;
import io.platsim.model.FaultInjection;
import io.platsim.model.FaultKind;
import io.platsim.model.LoadMode;
import io.platsim.model.NumaPlacement;
import io.platsim.model.PcieGeneration;
import io.platsim.model.Platform;
import io.platsim.model.Process;
import io.platsim.model.RequestResponseFlow;
import io.platsim.model.SnoopMode;
import io.platsim.model.VirtualMachine;
import io.platsim.model.WorkQueue;
import io.platsim.model.WorkQueueMode;
import io.platsim.model.WorkSubmission;

/**
 * The seed scenarios of the example workspace, one model per variant, each describing what it shows and what
 * to compare it with. {@link #all()} maps each file (relative to the example project) to its model.
 */
public final class Scenarios {

    /** Folder of the scenarios in the example project. */
    public static final String FOLDER = "scenarios";

    private Scenarios() {
    }

    /** Every scenario model by its path in the example project. */
    public static Map<String, Platform> all() {
        Map<String, Platform> models = new LinkedHashMap<>();
        dmaCoherence(models);
        vmExits(models);
        msiOrdering(models);
        nonCoherentDma(models);
        sharedWorkQueue(models);
        agentBoards(models);
        IommuScenarios.add(models);
        machineCheck(models);
        MmioScenarios.add(models);
        RdmaScenarios.add(models);
        KernelBypassScenarios.add(models);
        ZeroCopyScenarios.add(models);
        return models;
    }

    static void put(Map<String, Platform> models, String folder, Platform platform) {
        models.put(FOLDER + "/" + folder + "/" + platform.getName() + ".platsim", platform);
    }

    // ---- 1: DMA writes and cache coherence across sockets

    private static final String COHERENCE = "A 100 Gb/s NIC writes 1500-byte packets at 40 Gb/s into a 16 MiB ring "
        + "in socket 0's memory. Compare one-socket, two-socket-home-snoop, two-socket-source-snoop and "
        + "two-socket-directory: with a second socket, home snoop and source snoop send a snoop to it for every "
        + "line (snoop misses in the summary) and the writes take longer, source snoop less so than home snoop "
        + "because the snoop leaves the root complex's socket at once. A directory sends no snoop (it knows the "
        + "second socket holds nothing) but reads each line's directory state from memory unless its small I/O "
        + "directory cache knows the line; with a ring far larger than that cache, the writes wait for those "
        + "reads and take longest of all. ";

    private static void dmaCoherence(Map<String, Platform> models) {
        String folder = "1-dma-coherence";
        put(models, folder, coherence("one-socket", 1, SnoopMode.HOME_SNOOP, "This variant: one socket."));
        put(models, folder, coherence("two-socket-home-snoop", 2, SnoopMode.HOME_SNOOP,
            "This variant: two sockets, home snoop."));
        put(models, folder, coherence("two-socket-source-snoop", 2, SnoopMode.SOURCE_SNOOP,
            "This variant: two sockets, source snoop."));
        put(models, folder, coherence("two-socket-directory", 2, SnoopMode.DIRECTORY,
            "This variant: two sockets, directory with an I/O directory cache."));
    }

    private static Platform coherence(String name, int sockets, SnoopMode mode, String variant) {
        ScenarioPlatform s = new ScenarioPlatform(name, COHERENCE + variant, sockets, mode, true);
        s.nicStream("rx", DmaDirection.WRITE, 1500, 40, 0).setInterruptEvery(0);
        return s.platform;
    }

    // ---- 2: VM exits per request by how the VM sees its NIC

    private static final String EXITS = "A VM with two vCPUs (pinned to cores 4 and 5) answers netperf TCP_RR-like "
        + "requests (one connection, 1-byte requests and responses, 2 us of work each) through its network device. "
        + "Exit costs are those of the two-socket example (ELI, ASPLOS 2012; kvm-unit-tests x86/vmexit). Compare "
        + "the flows' exits_per_transaction: an emulated NIC exits for the receive interrupt, for each device "
        + "register its driver touches and for the transmit-done interrupt (7 a request); virtio exits for the "
        + "interrupt and the transmit kick (2); a passthrough VF with posted interrupts never exits (0), and its "
        + "transactions take the least time. The emulated NIC's device model and virtio's vhost thread run on "
        + "core 6 and copy every packet between host and guest buffers (backend_us_per_transaction); a "
        + "passthrough VF's DMA goes straight to the guest. ";

    private static void vmExits(Map<String, Platform> models) {
        String folder = "2-vm-exits";
        put(models, folder, vmExits("emulated-nic", AttachmentMode.EMULATED, "This variant: an emulated NIC."));
        put(models, folder, vmExits("virtio-vhost", AttachmentMode.VIRTIO, "This variant: virtio with vhost."));
        put(models, folder, vmExits("passthrough-vf-posted", AttachmentMode.PASSTHROUGH,
            "This variant: a passthrough VF with posted interrupts."));
    }

    private static Platform vmExits(String name, AttachmentMode mode, String variant) {
        ScenarioPlatform s = new ScenarioPlatform(name, EXITS + variant, 1, SnoopMode.HOME_SNOOP, false);
        VirtualMachine vm = s.builder.vm("guest", s.sockets[0].getCores().get(4), s.sockets[0].getCores().get(5));
        PlatformBuilder.exitCost(vm, ExitReason.EXTERNAL_INTERRUPT, 1500);
        PlatformBuilder.exitCost(vm, ExitReason.EPT_MISCONFIG, 4000);
        PlatformBuilder.exitCost(vm, ExitReason.IO_INSTRUCTION, 3000);
        PlatformBuilder.exitCost(vm, ExitReason.MSR_ACCESS, 1200);
        Device device = s.nic;
        if (mode == AttachmentMode.PASSTHROUGH) {
            device = s.virtualFunction(vm, true);
        }
        DeviceAttachment attachment = F.createDeviceAttachment();
        attachment.setMode(mode);
        attachment.setDevice(device);
        if (mode != AttachmentMode.PASSTHROUGH) {
            attachment.setBackendCore(s.sockets[0].getCores().get(6));
        }
        vm.getAttachments().add(attachment);
        RequestResponseFlow rr = F.createRequestResponseFlow();
        rr.setName("tcp-rr");
        rr.setVm(vm);
        rr.setAttachment(attachment);
        s.platform.getWorkloads().add(rr);
        return s.platform;
    }

    // ---- 3: MSI after DMA

    private static final String MSI = "A NIC writes 1500-byte packets into socket 1's memory, across UPI, and "
        + "raises an MSI after each; the interrupt reaches a core that takes it at once (100 ns delivery, 50 ns to "
        + "the handler). With strict ordering the root complex holds each MSI until its data is visible: no "
        + "hazard. With relaxed ordering the MSI may pass the data still on its way to the remote memory, and the "
        + "handler can read a buffer before it is written: the summary's msi_before_data hazards, each one in the "
        + "hazard trace. ";

    private static void msiOrdering(Map<String, Platform> models) {
        String folder = "3-msi-ordering";
        put(models, folder, msi("strict-ordering", false, "This variant: strict ordering."));
        put(models, folder, msi("relaxed-ordering", true, "This variant: relaxed ordering."));
    }

    private static Platform msi(String name, boolean relaxed, String variant) {
        ScenarioPlatform s = new ScenarioPlatform(name, MSI + variant, 2, SnoopMode.DIRECTORY, true);
        s.apic.setDeliveryLatencyNs(100);
        s.apic.setHandlerEntryNs(50);
        s.nicLink.setRelaxedOrdering(relaxed);
        DmaStream rx = s.nicStream("rx", DmaDirection.WRITE, 1500, 20, ScenarioPlatform.SOCKET1_BASE);
        rx.setNumaPlacement(NumaPlacement.REMOTE);
        return s.platform;
    }

    // ---- 4: DMA without cache coherence

    private static final String NON_COHERENT = "A platform without DMA cache coherence. Core 2 keeps writing a 64 KiB "
        + "buffer that a NIC reads (transmits) 1500 bytes at a time at 10 Gb/s. With an ordinary cached buffer and "
        + "no flushes, the NIC reads memory's old copy of lines the core still holds modified: stale reads in the "
        + "summary and the hazard trace. Flushing before each read removes them at the cost of the write-backs "
        + "(flushed_lines and flush_write_back_ns). A common buffer mapped uncached has no stale lines either; "
        + "instead each of the core's writes goes to memory (compare the CPU stream's latency). The receive "
        + "variants turn it round: the NIC writes 1500-byte packets at 10 Gb/s into a 64 KiB buffer that core 2 keeps "
        + "reading. Without cache maintenance the core's copies of the lines the NIC writes are stale (stale writes "
        + "in the summary); with it, software drops them once the NIC has written (as dma_sync_single_for_cpu does), "
        + "the hazards go, and the core's reads of fresh data come from memory (compare its load latency). ";

    private static void nonCoherentDma(Map<String, Platform> models) {
        String folder = "4-non-coherent-dma";
        put(models, folder, nonCoherent("cached-no-flush", DmaDirection.READ, false, false,
            "This variant: cached, no flushes."));
        put(models, folder, nonCoherent("cached-flush", DmaDirection.READ, true, false,
            "This variant: cached, flushed before reads."));
        put(models, folder, nonCoherent("uncached-common-buffer", DmaDirection.READ, false, true,
            "This variant: an uncached common buffer."));
        put(models, folder, nonCoherent("receive-no-invalidate", DmaDirection.WRITE, false, false,
            "This variant: the NIC writes, no cache maintenance."));
        put(models, folder, nonCoherent("receive-invalidate", DmaDirection.WRITE, true, false,
            "This variant: the NIC writes, copies dropped after its writes."));
    }

    /**
     * The NIC reads (transmits) or writes (receives) a 64 KiB buffer that core 2 writes or reads, with software's
     * cache maintenance ({@code maintained}: flushes before the NIC's reads, invalidation after its writes) or an
     * {@code uncached} buffer.
     */
    private static Platform nonCoherent(String name, DmaDirection direction, boolean maintained, boolean uncached,
            String variant) {
        ScenarioPlatform s = new ScenarioPlatform(name, NON_COHERENT + variant, 1, SnoopMode.HOME_SNOOP, false);
        s.platform.setDmaCoherent(false);
        boolean receive = direction == DmaDirection.WRITE;
        DmaStream nic = s.nicStream(receive ? "rx" : "tx", direction, 1500, 10, 0);
        nic.setBufferWindowBytes(64 * 1024);
        if (receive) {
            nic.setInvalidateAfterWrite(maintained);
        } else {
            nic.setFlushBeforeRead(maintained);
        }
        nic.setInterruptEvery(0);
        CpuAccessStream core = F.createCpuAccessStream();
        core.setName(receive ? "consumer" : "producer");
        core.setCore(s.sockets[0].getCores().get(2));
        core.setKind(receive ? CpuAccessKind.READ : CpuAccessKind.WRITE);
        core.setAccessesPerUs(50);
        core.setBufferWindowBytes(64 * 1024);
        core.setUncached(uncached);
        core.setSharedWith(nic);
        s.platform.getWorkloads().add(core);
        return s.platform;
    }

    // ---- 5: an accelerator's shared work queue

    private static final String SWQ = "A DSA-like accelerator (4 engines, 1 us per descriptor besides its data) on "
        + "a Gen4 x8 root port takes 4 KiB copy descriptors from a 32-entry shared work queue. Each submitter "
        + "offers 100,000 descriptors a second with ENQCMD and retries at once when the queue is full. The device "
        + "translates its pages through ATS and asks for absent pages with PRI. Compare submitters-4, "
        + "submitters-32 and submitters-128: once the offered load passes what the engines do, the queue stays "
        + "full, retries climb and completed descriptors level off; with 128 submitters their buffer pages no "
        + "longer fit the 64-entry device TLB, and translation requests slow the engines. page-faults-10pct (4 "
        + "submitters, one "
        + "descriptor in ten touching an absent page) shows PRI's fault-ins in the descriptor latency; "
        + "ats_misses and page_requests count the translations. ";

    private static void sharedWorkQueue(Map<String, Platform> models) {
        String folder = "5-shared-work-queue";
        put(models, folder, sharedWorkQueue("submitters-4", 4, 0, "This variant: 4 submitters."));
        put(models, folder, sharedWorkQueue("submitters-32", 32, 0, "This variant: 32 submitters."));
        put(models, folder, sharedWorkQueue("submitters-128", 128, 0, "This variant: 128 submitters."));
        put(models, folder, sharedWorkQueue("page-faults-10pct", 4, 0.1,
            "This variant: 4 submitters, one descriptor in ten on an absent page."));
    }

    private static Platform sharedWorkQueue(String name, int submitters, double absent, String variant) {
        ScenarioPlatform s = new ScenarioPlatform(name, SWQ + variant, 1, SnoopMode.HOME_SNOOP, false);
        Accelerator dsa = F.createAccelerator();
        dsa.setName("dsa0");
        dsa.setPasidEnabled(true);
        dsa.setAtsEnabled(true);
        dsa.setPriEnabled(true);
        WorkQueue queue = F.createWorkQueue();
        queue.setName("dsa0-swq");
        queue.setMode(WorkQueueMode.SHARED);
        dsa.getWorkQueues().add(queue);
        s.platform.getDevices().add(dsa);
        s.builder.link(s.rootComplex.getRootPorts().get(1), dsa, PcieGeneration.GEN4, 8);
        s.iommu().setScalableMode(true);
        Process app = F.createProcess();
        app.setName("copy-service");
        app.setPasid(42);
        s.platform.getProcesses().add(app);
        WorkSubmission copies = F.createWorkSubmission();
        copies.setName("copies");
        copies.setWorkQueue(queue);
        copies.setProcess(app);
        copies.setSubmitters(submitters);
        copies.setDescriptorsPerUs(0.1 * submitters);
        copies.setNonPresentPageFraction(absent);
        s.platform.getWorkloads().add(copies);
        return s.platform;
    }

    // ---- 6: agent boards with a 30-bit DMA mask

    private static final String AGENT = "A PCI agent board on a Gen2 x4 link moves 64-byte messages with its "
        + "own DMA engine (2 channels, one per direction, so one transfer in flight each way), and can address "
        + "only the first GiB of host "
        + "memory (a 30-bit DMA mask, no IOMMU). Compare write-only-ring (the board only writes into host memory: "
        + "posted writes stream at the link's pace), reads-across-bus (the board reads its messages from host "
        + "memory: each read waits for its completion across the bus, so far fewer messages per second) and "
        + "bounced-above-mask (the ring sits above 1 GiB: every message lands in a bounce buffer below the mask "
        + "and a core copies it; see bounced and bounce_copy_ns, and the added latency). ";

    private static void agentBoards(Map<String, Platform> models) {
        String folder = "6-agent-boards";
        put(models, folder, agentBoard("write-only-ring", DmaDirection.WRITE, 0,
            "This variant: the board writes, within its window."));
        put(models, folder, agentBoard("reads-across-bus", DmaDirection.READ, 0,
            "This variant: the board reads across the bus, within its window."));
        put(models, folder, agentBoard("bounced-above-mask", DmaDirection.WRITE, 4L << 30,
            "This variant: the board writes to a ring at 4 GiB, beyond its mask."));
    }

    private static Platform agentBoard(String name, DmaDirection direction, long base, String variant) {
        ScenarioPlatform s = new ScenarioPlatform(name, AGENT + variant, 1, SnoopMode.HOME_SNOOP, false);
        AgentBoardDmaEngine board = F.createAgentBoardDmaEngine();
        board.setName("agent0");
        board.setDmaAddressMaskBits(30);
        s.platform.getDevices().add(board);
        s.builder.link(s.rootComplex.getRootPorts().get(1), board, PcieGeneration.GEN2, 4);
        DmaStream messages = F.createDmaStream();
        messages.setName("messages");
        messages.setDevice(board);
        messages.setDirection(direction);
        messages.setSizeBytes(64);
        messages.setMaxSizeBytes(64);
        messages.setLoadMode(LoadMode.CLOSED_LOOP);
        messages.setOutstanding(board.getChannels() / 2);
        messages.setBufferBaseAddress(base);
        messages.setBufferWindowBytes(1 << 20);
        messages.setInterruptEvery(0);
        s.platform.getWorkloads().add(messages);
        return s.platform;
    }

    // ---- 8: a machine check in guest context

    private static final String MACHINE_CHECK = "A VM runs on cores 4 and 5 of a socket whose NIC receives at 40 "
        + "Gb/s; 300 us into the run a machine check arrives on core 4 while the guest runs there. With the host "
        + "keeping CR4.MCE in force during guest execution, it becomes a VM exit (reason MACHINE_CHECK) that the "
        + "host handles, and the platform runs on: machine_checks says vm_exit, and the vm_exit trace has it. With "
        + "CR4.MCE cleared for the guest, the processor cannot deliver it and shuts the platform down: "
        + "machine_checks says shutdown, shutdown_at_us gives the time, the hazard trace records it, and nothing "
        + "moves after it. ";

    private static void machineCheck(Map<String, Platform> models) {
        String folder = "8-machine-check";
        put(models, folder, machineCheck("cr4-mce-kept", true, "This variant: the host keeps CR4.MCE."));
        put(models, folder, machineCheck("cr4-mce-cleared", false, "This variant: CR4.MCE is cleared for the guest."));
    }

    private static Platform machineCheck(String name, boolean keep, String variant) {
        ScenarioPlatform s = new ScenarioPlatform(name, MACHINE_CHECK + variant, 1, SnoopMode.HOME_SNOOP, false);
        VirtualMachine vm = s.builder.vm("guest", s.sockets[0].getCores().get(4), s.sockets[0].getCores().get(5));
        vm.setHostKeepsCr4Mce(keep);
        s.nicStream("rx", DmaDirection.WRITE, 1500, 40, 0).setInterruptEvery(0);
        FaultInjection fault = F.createFaultInjection();
        fault.setName("mce");
        fault.setKind(FaultKind.MACHINE_CHECK);
        fault.setAtUs(300);
        fault.setCore(s.sockets[0].getCores().get(4));
        fault.setVm(vm);
        s.platform.getWorkloads().add(fault);
        return s.platform;
    }
}
