/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;

import io.platsim.engine.pcie.LinkConfig;
import io.platsim.engine.config.CpuStreamConfig;
import io.platsim.engine.pcie.DeviceConfig;
import io.platsim.engine.config.DmaStreamConfig;
import io.platsim.engine.config.FlowConfig;
import io.platsim.engine.config.InterSocketConfig;
import io.platsim.engine.pcie.LinkSpec;
import io.platsim.engine.config.MachineCheckConfig;
import io.platsim.engine.config.RegistrationConfig;
import io.platsim.engine.config.RootPortConfig;
import io.platsim.engine.socket.SocketConfig;
import io.platsim.engine.config.WorkConfig;
import io.platsim.engine.config.PlatformConfig;
import io.platsim.model.AccessPattern;
import io.platsim.model.CpuAccessKind;
import io.platsim.model.Bar;
import io.platsim.model.BarMemoryType;
import io.platsim.model.CpuAccessStream;
import io.platsim.model.Device;
import io.platsim.model.DmaDirection;
import io.platsim.model.DmaStream;
import io.platsim.model.FaultInjection;
import io.platsim.model.FaultKind;
import io.platsim.model.InterSocketLink;
import io.platsim.model.InterruptController;
import io.platsim.model.LoadMode;
import io.platsim.model.MemoryRegistration;
import io.platsim.model.MsiRoute;
import io.platsim.model.NamedElement;
import io.platsim.model.Nic;
import io.platsim.model.NumaRange;
import io.platsim.model.NvmeDrive;
import io.platsim.model.PcieLink;
import io.platsim.model.PcieSwitch;
import io.platsim.model.Platform;
import io.platsim.model.PlatsimFactory;
import io.platsim.model.RequestResponseFlow;
import io.platsim.model.RootComplex;
import io.platsim.model.RootPort;
import io.platsim.model.SharedMemoryDevice;
import io.platsim.model.Socket;
import io.platsim.model.VirtualMachine;
import io.platsim.model.WorkSubmission;
import io.platsim.model.Workload;
import io.platsim.model.labels.Labels;
import io.platsim.model.query.DriverCores;
import io.platsim.model.query.DmaWindows;
import io.platsim.model.query.Fabric;
import io.platsim.model.query.Links;
import io.platsim.model.validation.ModelValidator;
import io.platsim.model.validation.ValidationProblem;

/**
 * Turns a PlatSim model into an engine configuration. It validates first and refuses a model with errors,
 * listing them; the validation's warnings lead the compiled platform's own. Times become picoseconds, GB/s and
 * Gb/s bytes per second; figures the model leaves at their defaults take the metamodel's documented defaults.
 */
public final class ModelCompiler {

    private static final double PS_PER_NS = 1_000;

    private ModelCompiler() {
    }

    /** Compiles {@code platform}, with run settings overridden where {@code overrides} says so. */
    public static CompiledPlatform compile(Platform platform, RunOverrides overrides) throws CompileException {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (ValidationProblem problem : ModelValidator.validate(platform)) {
            (problem.severity() == ValidationProblem.Severity.ERROR ? errors : warnings).add(problem.text());
        }
        if (!errors.isEmpty()) {
            throw new CompileException(errors);
        }
        Compilation compilation = new Compilation(platform, overrides);
        compilation.warnings.addAll(warnings);
        return compilation.result();
    }

    /** One compilation: the indices it hands out and the warnings it collects. */
    private static final class Compilation {
        private final Platform platform;
        private final RunOverrides overrides;
        private final List<String> warnings = new ArrayList<>();
        private final Map<Device, Integer> deviceIndex = new HashMap<>();
        private final List<DeviceConfig> devices = new ArrayList<>();
        private final List<String> deviceNames = new ArrayList<>();
        private final Map<PcieLink, Integer> linkIndex = new HashMap<>();
        private final List<LinkSpec> links = new ArrayList<>();
        private final List<Integer> deviceSockets = new ArrayList<>();
        private final Map<RootPort, String> rootPortNames = new HashMap<>();
        private final List<RootPortConfig> rootPorts = new ArrayList<>();

        Compilation(Platform platform, RunOverrides overrides) {
            this.platform = platform;
            this.overrides = overrides;
        }

        CompiledPlatform result() {
            List<SocketConfig> sockets = new ArrayList<>();
            List<String> socketNames = new ArrayList<>();
            for (Socket socket : platform.getSockets()) {
                sockets.add(Sockets.compile(socket));
                socketNames.add(socket.getName());
            }
            InterSocketConfig upi = null;
            if (!platform.getInterSocketLinks().isEmpty()) {
                InterSocketLink link = platform.getInterSocketLinks().get(0);
                upi = new InterSocketConfig(link.getName(), ps(link.getLatencyNs()), link.getBandwidthGBps() * 1e9);
            }
            List<DmaStreamConfig> streams = new ArrayList<>();
            List<String> streamNames = new ArrayList<>();
            List<CpuStreamConfig> cpuStreams = new ArrayList<>();
            List<MachineCheckConfig> machineChecks = new ArrayList<>();
            List<FlowConfig> flows = new ArrayList<>();
            List<WorkConfig> work = new ArrayList<>();
            Map<EObject, Integer> workNumbers = new IdentityHashMap<>();
            List<RegistrationConfig> registrations = new ArrayList<>();
            for (Workload workload : platform.getWorkloads()) {
                if (!workload.isEnabled()) {
                    continue;
                }
                if (workload instanceof DmaStream stream) {
                    DmaStreamConfig compiled = stream(stream);
                    if (compiled != null) {
                        streams.add(compiled);
                        streamNames.add(stream.getName());
                    }
                } else if (workload instanceof CpuAccessStream cpu) {
                    CpuStreamConfig compiled = cpu(cpu);
                    if (compiled == null) {
                        warnings.add(Labels.describe(cpu) + ": " + Labels.describe(cpu.getBar().eContainer())
                            + " does not reach a root complex through PCIe links; the run leaves the stream out");
                    } else {
                        cpuStreams.add(compiled);
                    }
                } else if (workload instanceof RequestResponseFlow flow) {
                    FlowConfig compiled = Flows.compile(platform, flow, this::device);
                    if (compiled == null) {
                        warnings.add(Labels.describe(flow) + ": its device reaches no root complex; the run leaves "
                            + "it out");
                    } else {
                        flows.add(compiled);
                    }
                } else if (workload instanceof WorkSubmission submission) {
                    WorkConfig compiled = WorkSubmissions.compile(submission, work.size(), this::device,
                        workNumbers);
                    if (compiled == null) {
                        warnings.add(Labels.describe(submission) + ": its accelerator reaches no root complex; the "
                            + "run leaves it out");
                    } else {
                        work.add(compiled);
                    }
                } else if (workload instanceof MemoryRegistration registration) {
                    RegistrationConfig compiled = MemoryRegistrations.compile(platform, registration, this::device);
                    if (compiled == null) {
                        warnings.add(Labels.describe(registration) + ": its NIC reaches no root complex; the run "
                            + "leaves it out");
                    } else {
                        registrations.add(compiled);
                    }
                } else if (workload instanceof FaultInjection fault && fault.getKind() == FaultKind.MACHINE_CHECK) {
                    machineChecks.add(MachineChecks.compile(platform, fault));
                } else {
                    warnings.add(Labels.describe(workload) + " is not simulated by this release of the engine; "
                        + "the run leaves it out");
                }
            }
            var run = platform.getRunSettings() != null ? platform.getRunSettings()
                : PlatsimFactory.eINSTANCE.createRunSettings();
            long seed = overrides.seed() != null ? overrides.seed() : run.getSeed();
            long duration = overrides.durationPs() != null ? overrides.durationPs()
                : (long) (run.getDurationUs() * 1e6);
            long warmup = overrides.warmupPs() != null ? overrides.warmupPs() : (long) (run.getWarmupUs() * 1e6);
            PlatformConfig config = PlatformConfig.of(seed, warmup, duration).dmaCoherent(platform.isDmaCoherent())
                .sockets(sockets, upi).rootPorts(rootPorts).links(links).devices(devices).streams(streams)
                .cpuStreams(cpuStreams).machineChecks(machineChecks).flows(flows).work(work)
                .registrations(registrations).build();
            Set<String> kinds = new TreeSet<>();
            run.getTraceKinds().forEach(kind -> kinds.add(kind.getName().toLowerCase(Locale.ROOT)));
            List<String> vmNames = platform.getVms().stream().map(VirtualMachine::getName).toList();
            return new CompiledPlatform(config, deviceNames, streamNames, socketNames, vmNames, warnings, kinds);
        }

        private DmaStreamConfig stream(DmaStream stream) {
            Integer device = device(stream.getDevice());
            if (device == null) {
                warnings.add(Labels.describe(stream) + ": " + Labels.describe(stream.getDevice())
                    + " does not reach a root complex through PCIe links; the run leaves the stream out");
                return null;
            }
            int home = bufferHome(stream, deviceSockets.get(device));
            DmaStreamConfig.Sizes sizes = DmaStreamConfig.Sizes.valueOf(stream.getSizeDistribution().getName());
            double rate = stream.getLoadMode() == LoadMode.RATE ? stream.getRateGbps() * 1e9 / 8 : 0;
            boolean write = stream.getDirection() == DmaDirection.WRITE;
            return DmaStreamConfig.of(stream.getName(), device, write)
                .sizes(sizes, stream.getSizeBytes(), stream.getMaxSizeBytes()).rate(rate)
                .outstanding(stream.getOutstanding())
                .buffer(stream.getBufferBaseAddress(), stream.getBufferWindowBytes(), home)
                .interruptEvery(stream.getInterruptEvery())
                .cacheMaintenance(write ? stream.isInvalidateAfterWrite() : stream.isFlushBeforeRead())
                .timing((long) (stream.getStartUs() * 1e6), serviceTimePs(stream))
                .randomOffsets(stream.getAccessPattern() == AccessPattern.RANDOM)
                .mapPerIo(stream.isMapPerIo(), mapCores(stream), DriverCores.ringBuffers(platform, stream))
                .unmappedEvery(stream.getUnmappedEvery()).readOnly(stream.isReadOnlyMapping())
                .driverWork(ps(stream.getDriverWorkNs())).doorbellEvery(stream.getDoorbellEvery())
                .applicationCopy(stream.isApplicationCopy()).build();
        }

        /** The socket whose memory holds a DMA stream's buffer, for a device on socket {@code deviceSocket}. */
        private int bufferHome(DmaStream stream, int deviceSocket) {
            return switch (stream.getNumaPlacement()) {
                case LOCAL -> deviceSocket;
                case REMOTE -> (deviceSocket + 1) % platform.getSockets().size();
                case INTERLEAVED -> homeOf(stream.getBufferBaseAddress(), deviceSocket);
            };
        }

        /** The driver cores sharing a stream's per-I/O mappings (see {@link DriverCores#mappingCores}). */
        private int mapCores(DmaStream stream) {
            return Math.max(1, DriverCores.mappingCores(platform, stream).size());
        }

        /** An NVMe drive's transfers wait for its media: its read latency before each one. */
        private static long serviceTimePs(DmaStream stream) {
            return stream.getDevice() instanceof NvmeDrive drive ? (long) (drive.getReadLatencyUs() * 1e6) : 0;
        }

        private int homeOf(long address, int fallback) {
            for (NumaRange range : platform.getNumaRanges()) {
                if (address >= range.getBaseAddress() && address - range.getBaseAddress() < range.getSizeBytes()) {
                    return platform.getSockets().indexOf(range.getHomeSocket());
                }
            }
            return fallback;
        }

        private CpuStreamConfig cpu(CpuAccessStream stream) {
            Socket socket = (Socket) stream.getCore().eContainer();
            double writes = stream.getKind() == CpuAccessKind.READ ? 0 : stream.getKind() == CpuAccessKind.WRITE
                ? 1 : 0.5;
            int index = platform.getSockets().indexOf(socket);
            CpuStreamConfig.Builder config = CpuStreamConfig.of(stream.getName(), index,
                    socket.getCores().indexOf(stream.getCore()))
                .accesses(stream.getAccessesPerUs() * 1e6, writes)
                .buffer(stream.getBufferBaseAddress(), stream.getBufferWindowBytes(),
                    homeOf(stream.getBufferBaseAddress(), index))
                .start((long) (stream.getStartUs() * 1e6))
                .uncached(stream.isUncached());
            DmaStream shared = stream.getSharedWith();
            if (shared != null) {
                // The DMA stream's buffer, homed where that stream's placement puts it.
                Device device = shared.getDevice().getPhysicalFunction() != null
                    ? shared.getDevice().getPhysicalFunction() : shared.getDevice();
                RootComplex complex = Fabric.rootComplexOf(platform, device);
                int deviceSocket = complex != null ? platform.getSockets().indexOf((Socket) complex.eContainer())
                    : index;
                config.buffer(shared.getBufferBaseAddress(), shared.getBufferWindowBytes(),
                    bufferHome(shared, deviceSocket));
            }
            Bar bar = stream.getBar();
            if (bar != null && bar.eContainer() instanceof SharedMemoryDevice) {
                // Host memory: a guest's accesses go through its page tables to it, not across PCIe.
                long address = SharedMemory.address(bar);
                return config.buffer(address, bar.getSizeBytes(), homeOf(address, index))
                    .uncached(SharedMemory.uncached(platform, stream.getCore(), bar))
                    .accessBytes(stream.getAccessBytes())
                    .build();
            }
            if (bar != null) {
                Integer device = device((Device) bar.eContainer());
                if (device == null) {
                    return null;
                }
                config.mmio(new CpuStreamConfig.Mmio(device, bar.getMemoryType() == BarMemoryType.WRITE_COMBINING,
                    ps(bar.getReadLatencyNs()), stream.getAccessBytes(), stream.getFenceEvery()));
            }
            return config.build();
        }

        /** The engine index of {@code link}, added on first use; a switch at its upstream end forwards. */
        private int link(PcieLink link) {
            Integer known = linkIndex.get(link);
            if (known != null) {
                return known;
            }
            LinkConfig pcie = Links.config(link);
            String upper = link.getUpstream() instanceof RootPort port ? rootPort(port)
                : ((NamedElement) link.getUpstream()).getName();
            LinkSpec.Builder spec = LinkSpec.of(link.getName(), pcie, upper,
                    ((NamedElement) link.getDownstream()).getName())
                .wire(ps(link.getLatencyNs()))
                .credits(link.getPostedHeaderCredits(), link.getPostedDataCredits(), link.getNonPostedHeaderCredits());
            if (link.getUpstream() instanceof PcieSwitch sw) {
                spec.fromSwitch(ps(sw.getForwardingLatencyNs()));
            }
            links.add(spec.build());
            linkIndex.put(link, links.size() - 1);
            return links.size() - 1;
        }

        /** The engine name of a root port (its own, made unique), registered with its socket on first use. */
        private String rootPort(RootPort port) {
            String known = rootPortNames.get(port);
            if (known != null) {
                return known;
            }
            // Validation keeps root port names unique on the PCIe fabric (names-unique, names-required).
            String name = port.getName();
            Socket socket = (Socket) port.eContainer().eContainer();
            rootPortNames.put(port, name);
            int index = platform.getSockets().indexOf(socket);
            rootPorts.add(new RootPortConfig(name, index, Iommus.covering(platform, port, index)));
            return name;
        }

        /** The engine index of {@code device} (a VF shares its physical function's), or null when unreachable. */
        private Integer device(Device device) {
            Device physical = device.getPhysicalFunction() != null ? device.getPhysicalFunction() : device;
            Integer known = deviceIndex.get(physical);
            if (known != null) {
                return known;
            }
            RootComplex complex = Fabric.rootComplexOf(platform, physical);
            PcieLink link = Fabric.linkTo(platform, physical);
            if (complex == null || link == null) {
                return null;
            }
            int socket = platform.getSockets().indexOf((Socket) complex.eContainer());
            for (PcieLink hop = link; hop != null;) {
                link(hop);
                hop = hop.getUpstream() instanceof PcieSwitch sw ? Fabric.linkTo(platform, sw) : null;
            }
            int core = -1;
            long interruptPs = 0;
            for (MsiRoute route : platform.getMsiRoutes()) {
                if (route.getDevice() == physical && core < 0) {
                    var target = route.getTargetCore() != null ? route.getTargetCore()
                        : route.getTargetVcpu() != null ? route.getTargetVcpu().getPinnedTo() : null;
                    if (target != null) {
                        core = ((Socket) target.eContainer()).getCores().indexOf(target);
                        InterruptController controller = route.getController() != null ? route.getController()
                            : PlatsimFactory.eINSTANCE.createInterruptController();
                        interruptPs = ps(controller.getDeliveryLatencyNs() + controller.getHandlerEntryNs());
                    }
                }
            }
            int index = devices.size();
            deviceSockets.add(socket);
            DeviceConfig.Builder config = DeviceConfig.of(physical.getName(), ps(complex.getForwardingLatencyNs()),
                    physical.getDmaOutstandingLimit())
                .ordering(physical.isCoherentDma() && !link.isNoSnoop(), link.isRelaxedOrdering())
                .interrupts(core, interruptPs)
                .dmaWindow(DmaWindows.base(physical), DmaWindows.bytes(physical))
                .ats(physical.isAtsEnabled())
                .engine(ps(physical.getDmaEngineLatencyNs()), ps(physical.getDmaIssueNs()),
                    ps(physical.getDmaReadLineNs()));
            if (physical instanceof Nic nic) {
                config.memoryTranslation(nic.getMemoryTranslationEntries(), nic.getMemoryTranslationPageBytes());
            }
            devices.add(config.build());
            deviceNames.add(physical.getName());
            deviceIndex.put(physical, index);
            return index;
        }
    }

    static long ps(double ns) {
        return Math.round(ns * PS_PER_NS);
    }
}
