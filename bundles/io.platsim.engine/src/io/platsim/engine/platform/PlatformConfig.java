/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.platform;

import java.util.List;

import io.platsim.engine.cache.CacheConfig;
import io.platsim.engine.cache.Inclusion;
import io.platsim.engine.cache.Protocol;
import io.platsim.engine.cache.SnoopFilter;
import io.platsim.engine.iommu.IommuConfig;
import io.platsim.engine.pcie.LinkConfig;

/**
 * Everything the engine needs to simulate a platform, in plain numbers: what the model compiler produces from
 * a validated PlatSim model. Times are picoseconds, sizes bytes, bandwidths bytes per second.
 *
 * @param seed         seed of every random choice
 * @param warmupPs     time simulated before statistics count
 * @param durationPs   time simulated after the warm-up
 * @param dmaCoherent  whether the platform snoops DMA at all
 * @param sockets      sockets, by index
 * @param interSocket  the link between sockets (null with one socket)
 * @param rootPorts    root ports and their sockets
 * @param links        PCIe links, by index
 * @param devices      DMA-capable devices, by index
 * @param streams      DMA streams, by index
 * @param cpuStreams   CPU access streams, by index
 * @param machineChecks machine checks injected during the run
 * @param flows        request/response flows inside VMs
 * @param work         descriptor submissions to accelerators' work queues
 */
public record PlatformConfig(long seed, long warmupPs, long durationPs, boolean dmaCoherent,
        List<SocketConfig> sockets, InterSocketConfig interSocket, List<RootPortConfig> rootPorts,
        List<LinkSpec> links, List<DeviceConfig> devices, List<DmaStreamConfig> streams,
        List<CpuStreamConfig> cpuStreams, List<MachineCheckConfig> machineChecks, List<FlowConfig> flows,
        List<WorkConfig> work) {

    /** A platform without injected faults. */
    public PlatformConfig(long seed, long warmupPs, long durationPs, boolean dmaCoherent, List<SocketConfig> sockets,
            InterSocketConfig interSocket, List<RootPortConfig> rootPorts, List<LinkSpec> links,
            List<DeviceConfig> devices, List<DmaStreamConfig> streams, List<CpuStreamConfig> cpuStreams) {
        this(seed, warmupPs, durationPs, dmaCoherent, sockets, interSocket, rootPorts, links, devices, streams,
            cpuStreams, List.of(), List.of(), List.of());
    }

    public PlatformConfig {
        machineChecks = List.copyOf(machineChecks);
        flows = List.copyOf(flows);
        work = List.copyOf(work);
        sockets = List.copyOf(sockets);
        rootPorts = List.copyOf(rootPorts);
        links = List.copyOf(links);
        devices = List.copyOf(devices);
        streams = List.copyOf(streams);
        cpuStreams = List.copyOf(cpuStreams);
    }

    /**
     * A socket: its cores, each with private caches, share an LLC, part of which inbound DMA writes may fill
     * (DDIO-like).
     *
     * @param name         for traces and summaries
     * @param cores        number of cores (at most {@link io.platsim.engine.cache.SnoopFilter#MAX_CORES})
     * @param l1           each core's L1 (null for none)
     * @param l2           each core's L2 (null for none)
     * @param llc          the shared LLC (null for none)
     * @param dmaWays      LLC ways DMA writes may allocate into; 0 sends them to memory
     * @param inclusion    how the LLC relates to the private caches
     * @param protocol     state protocol of the private caches
     * @param snoopPs      cost of snooping a core that holds a line clean (and of it forwarding the line)
     * @param snoopModifiedPs cost of snooping a core that holds a line modified (its data travels back)
     * @param lookupPs     home agent's lookup of a request
     * @param snoopMode    how the socket's home agent keeps its memory coherent
     * @param ioDirectoryCacheEntries lines the home agent's I/O directory cache tracks (directory mode); 0 for
     *                     none
     * @param memory       the socket's memory controller
     */
    public record SocketConfig(String name, int cores, CacheConfig l1, CacheConfig l2, CacheConfig llc, int dmaWays,
            Inclusion inclusion, Protocol protocol, long snoopPs, long snoopModifiedPs, long lookupPs,
            SnoopMode snoopMode, int ioDirectoryCacheEntries, int hitMeEntries, MemoryConfig memory) {

        public SocketConfig {
            if (cores < 1 || cores > SnoopFilter.MAX_CORES) {
                throw new IllegalArgumentException(name + ": PlatSim models 1 to " + SnoopFilter.MAX_CORES
                    + " cores per socket, not " + cores);
            }
        }

        /** Latency of an LLC hit; without an LLC, the time the socket takes to find that a line is not there. */
        public long llcHitPs() {
            return llc != null ? llc.hitPs() : lookupPs;
        }
    }

    /** Coherence schemes of a home agent. */
    public enum SnoopMode {
        /** The home agent looks the request up, then snoops the other sockets and reads memory. */
        HOME_SNOOP,
        /** The requester snoops the other sockets itself while the home agent reads memory at once. */
        SOURCE_SNOOP,
        /** The home agent reads memory with its directory and snoops other sockets only where it says. */
        DIRECTORY
    }

    /** A memory controller: channels, idle latency, total bandwidth. */
    public record MemoryConfig(String name, int channels, long latencyPs, double bytesPerSec) {
    }

    /** The coherent link between two sockets: one-way latency and bandwidth per direction. */
    public record InterSocketConfig(String name, long latencyPs, double bytesPerSec) {
    }

    /**
     * A PCIe link: each direction is shared by every device whose path crosses it.
     *
     * @param name           for statistics
     * @param link           the negotiated link
     * @param latencyPs      wire latency, one way
     * @param upstreamEnd    name of the root port or switch at its upstream end
     * @param upstreamSwitch whether that end is a switch (else a root port)
     * @param forwardingPs   forwarding latency of the switch at its upstream end, 0 for a root port
     * @param downstreamEnd  name of the device or switch at its downstream end
     * @param postedHeaderCredits    posted header credits of the receiver at the upstream end, 0 for infinite
     * @param postedDataCredits      posted data credits (16 bytes each) of that receiver, 0 for infinite
     * @param nonPostedHeaderCredits non-posted header credits of that receiver, 0 for infinite
     */
    public record LinkSpec(String name, LinkConfig link, long latencyPs, String upstreamEnd, boolean upstreamSwitch,
            long forwardingPs, String downstreamEnd, int postedHeaderCredits, int postedDataCredits,
            int nonPostedHeaderCredits) {
    }

    /**
     * A device with a DMA engine. Its PCIe path (the links up to its root port, and so its socket) follows from
     * the links' ends.
     *
     * @param name            for traces and summaries; the downstream end of its link
     * @param rootComplexPs   root complex forwarding latency
     * @param coherent        whether its DMA is snooped (false for no-snoop or a non-coherent device)
     * @param relaxedOrdering whether its writes may let a later MSI complete before them
     * @param interruptCore   core its MSIs are delivered to (index in its socket), -1 for none
     * @param interruptPs     from the MSI reaching the root complex to the handler's first instruction
     * @param outstandingReads read requests the DMA engine keeps in flight at most (its tags)
     * @param dmaMaskBits     width of the addresses the device can generate; buffers beyond are bounced
     * @param ats             whether the device caches translations (ATS): unmapping must then invalidate its TLB
     * @param dmaEnginePs     the device's own time for each DMA read (its tag is held for it), 0 for none
     * @param issuePs         its DMA engine's time to issue each TLP, shared by all its streams, 0 for no limit
     * @param readLinePs      its DMA engine's time to take in each further 64-byte line of one read's data, 0 for
     *                        none (the links alone pace it)
     */
    public record DeviceConfig(String name, long rootComplexPs, boolean coherent, boolean relaxedOrdering,
            int interruptCore, long interruptPs, int outstandingReads, int dmaMaskBits, boolean ats,
            long dmaEnginePs, long issuePs, long readLinePs) {

        /** A device without ATS. */
        public DeviceConfig(String name, long rootComplexPs, boolean coherent, boolean relaxedOrdering,
                int interruptCore, long interruptPs, int outstandingReads, int dmaMaskBits) {
            this(name, rootComplexPs, coherent, relaxedOrdering, interruptCore, interruptPs, outstandingReads,
                dmaMaskBits, false, 0, 0, 0);
        }
    }

    /**
     * A root port: its name, its socket's index, and the IOMMU that translates its devices' DMA (null for none;
     * root ports of one root complex name the same IOMMU).
     */
    public record RootPortConfig(String name, int socket, IommuConfig iommu) {

        /** A root port whose devices' DMA is not translated. */
        public RootPortConfig(String name, int socket) {
            this(name, socket, null);
        }
    }

    /**
     * A stream of DMA transfers.
     *
     * @param name          for traces and summaries
     * @param device        index of the device
     * @param write         device writes host memory (else it reads)
     * @param sizeBytes     transfer size, or mean for exponential sizes
     * @param maxSizeBytes  largest size for uniform and exponential sizes
     * @param sizes         how sizes are drawn
     * @param rateBytesPerSec offered load in rate mode; 0 in closed-loop mode
     * @param outstanding   transfers in flight in closed-loop mode
     * @param bufferBase    first buffer address
     * @param bufferBytes   size of the buffer window
     * @param homeSocket    socket whose memory holds the buffer
     * @param interruptEvery MSI after every N transfers, 0 for none
     * @param flushBeforeRead whether software flushes CPU caches before a non-coherent read
     * @param startPs       when the stream starts
     * @param serviceTimePs time the device needs before each transfer (an NVMe drive's media latency, say);
     *                      in closed-loop mode a slot waits this long before its transfer starts
     * @param randomOffsets whether transfers start at random line-aligned offsets in the window (else one after
     *                      another round it)
     * @param mapPerIo      whether a driver maps each buffer before its transfer and unmaps it after (through the
     *                      device's IOMMU)
     * @param mapCores      driver cores sharing the stream's mappings (its queues' cores, 0 to n-1 of the
     *                      device's socket), taking transfers in turn
     * @param mapAhead      buffers the driver keeps mapped ahead of the device (its rings' entries): a core
     *                      maps the buffer of transfer k + mapAhead when transfer k completes
     * @param unmappedEvery fault injection: every Nth transfer goes to an IOVA with no mapping, 0 for never
     * @param readOnly      whether the buffer is mapped read-only for the device (its writes fault)
     * @param driverWorkPs  a driver core's own work for each transfer once it is done (the network stack's
     *                      receive processing, a transmit completion's handling), 0 for none; the stream's driver
     *                      cores ({@code mapCores}) take transfers in turn, and a transfer's ring slot
     *                      ({@code mapAhead}) takes a new buffer only once its core has done that work
     */
    public record DmaStreamConfig(String name, int device, boolean write, int sizeBytes, int maxSizeBytes,
            Sizes sizes, double rateBytesPerSec, int outstanding, long bufferBase, long bufferBytes, int homeSocket,
            int interruptEvery, boolean flushBeforeRead, long startPs, long serviceTimePs, boolean randomOffsets,
            boolean mapPerIo, int mapCores, int mapAhead, int unmappedEvery, boolean readOnly, long driverWorkPs) {

        /**
         * A stream of {@code device} that writes ({@code write}) or reads, to be described by name: 64-byte
         * transfers, closed loop with 8 in flight, over the first MiB of socket 0's memory, one after another, with
         * no interrupts, no mapping and no driver work until told otherwise.
         */
        public static DmaStreamBuilder of(String name, int device, boolean write) {
            return new DmaStreamBuilder(name, device, write);
        }

        /** Whether a driver core works on each transfer: it maps each buffer, or handles each transfer. */
        public boolean driven() {
            return mapPerIo || driverWorkPs > 0;
        }
    }

    /** How transfer sizes are drawn. */
    public enum Sizes {
        FIXED, UNIFORM, EXPONENTIAL
    }

    /**
     * A core touching a buffer: each access reads or writes one line.
     *
     * @param name        for traces
     * @param socket      socket of the core
     * @param core        core index in its socket
     * @param writeShare  fraction of accesses that are writes, 0 to 1
     * @param accessesPerSec rate of accesses
     * @param bufferBase  first address
     * @param bufferBytes window size
     * @param homeSocket  socket whose memory holds the buffer
     * @param startPs     when the stream starts
     * @param uncached    whether the buffer is uncached: accesses go to memory and no cache keeps the line
     */
    public record CpuStreamConfig(String name, int socket, int core, double writeShare, double accessesPerSec,
            long bufferBase, long bufferBytes, int homeSocket, long startPs, boolean uncached) {
    }

    /**
     * A machine check injected into a core.
     *
     * @param name          for summaries
     * @param atPs          when it arrives
     * @param socket        socket of the core
     * @param core          core index in its socket
     * @param vm            index of the VM running on the core (guest context), -1 for the host
     * @param hostKeepsMce  whether the host keeps CR4.MCE in force while the guest runs
     * @param exitCostPs    cost of the VM exit that takes it, when there is one
     */
    public record MachineCheckConfig(String name, long atPs, int socket, int core, int vm, boolean hostKeepsMce,
            long exitCostPs) {
    }

    /** How a VM sees its network device; HOST: the flows run on the host, outside any VM. */
    public enum Attachment {
        EMULATED, VIRTIO, PASSTHROUGH, HOST
    }

    /**
     * Where an emulated or virtio device's back end runs and what it costs besides copying each packet between
     * host and guest buffers.
     *
     * @param core      host core (in the flow's socket) of the device model or vhost thread; -1: the core of the
     *                  vCPU it serves
     * @param packetPs  work per packet besides the copy
     */
    public record Backend(int core, long packetPs) {
    }

    /**
     * Request/response flows (netperf TCP_RR-like) inside a VM through one of its devices, or on host cores.
     *
     * @param name          for summaries
     * @param device        index of the device carrying them (a VF's physical function)
     * @param vm            index of the VM, -1 for host flows
     * @param attachment    how the VM sees the device (HOST for host flows)
     * @param suppression   virtio: kicks and interrupts are suppressed while the other side is busy
     * @param flows         flows running at once
     * @param requestBytes  request payload
     * @param responseBytes response payload
     * @param serverPs      the guest's time to answer one request (and the remote peer's to send the next)
     * @param socket        socket of the VM's vCPUs (of the host cores)
     * @param vcpuCores     host cores the vCPUs are pinned to (the host cores running host flows), in that socket
     * @param exitPs        cost of an exit, by reason (the metamodel's ExitReason order)
     * @param posted        whether the device's interrupts reach the vCPUs as posted interrupts (no exit)
     * @param interruptPs   from an interrupt leaving the root complex to the guest's handler
     * @param backend       the back end of an emulated or virtio device
     * @param mapPerIo      host flows: each buffer is mapped through the device's IOMMU for its transfer
     */
    public record FlowConfig(String name, int device, int vm, Attachment attachment, boolean suppression, int flows,
            int requestBytes, int responseBytes, long serverPs, int socket, List<Integer> vcpuCores, List<Long> exitPs,
            boolean posted, long interruptPs, Backend backend, boolean mapPerIo, Guest guest) {

        public FlowConfig {
            vcpuCores = List.copyOf(vcpuCores);
            exitPs = List.copyOf(exitPs);
        }

        /** A flow as before guests had exits of their own: APICv on, no timer, IPIs or hypercalls. */
        public FlowConfig(String name, int device, int vm, Attachment attachment, boolean suppression, int flows,
                int requestBytes, int responseBytes, long serverPs, int socket, List<Integer> vcpuCores,
                List<Long> exitPs, boolean posted, long interruptPs, Backend backend, boolean mapPerIo) {
            this(name, device, vm, attachment, suppression, flows, requestBytes, responseBytes, serverPs, socket,
                vcpuCores, exitPs, posted, interruptPs, backend, mapPerIo, Guest.QUIET);
        }
    }

    /**
     * What a flow's guest does besides its I/O, on each of its vCPUs: whether its APIC is virtualized (its EOIs do
     * not exit, interrupts and IPIs may be posted), and the intervals of its timer interrupts, of the IPIs it sends
     * to the next vCPU and of its hypercalls (0 for none).
     */
    public record Guest(boolean apicv, long timerPs, long ipiPs, long hypercallPs) {
        /** APICv on, nothing besides I/O. */
        public static final Guest QUIET = new Guest(true, 0, 0, 0);
    }

    /** What a submitter does when a shared work queue answers retry. */
    public enum Retry {
        IMMEDIATE, FIXED_BACKOFF, EXPONENTIAL_BACKOFF
    }

    /**
     * Threads submitting descriptors to an accelerator's work queue.
     *
     * @param name            for summaries
     * @param device          index of the accelerator
     * @param shared          a shared queue (ENQCMD: a full queue answers retry) or a dedicated one (MOVDIR64B:
     *                        its one client waits for room)
     * @param depth           entries of the queue
     * @param engines         the accelerator's engines, taking descriptors in turn
     * @param descriptorPs    an engine's time per descriptor besides moving its data
     * @param submitters      threads submitting at once
     * @param perSecond       offered descriptors per second, all submitters together
     * @param bytes           bytes each descriptor copies (read, then written)
     * @param retry           what a submitter does on retry
     * @param backoffPs       first backoff
     * @param deviceTlbEntries entries of the device's TLB when it uses ATS, 0 without ATS
     * @param nonPresent      fraction of descriptors whose pages are not present (needing PRI), 0 to 1
     * @param pri             whether the device asks for non-present pages with PRI (else such descriptors fail)
     * @param faultInPs       time to fault in a page PRI asks for
     * @param bufferBase      first address of the submitters' buffers
     */
    public record WorkConfig(String name, int device, boolean shared, int depth, int engines, long descriptorPs,
            int submitters, double perSecond, int bytes, Retry retry, long backoffPs, int deviceTlbEntries,
            double nonPresent, boolean pri, long faultInPs, long bufferBase, double pageChangesPerSecond) {
    }
}
