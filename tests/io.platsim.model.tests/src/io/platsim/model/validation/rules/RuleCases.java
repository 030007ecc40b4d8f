/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.validation.rules;

import static io.platsim.model.Fixtures.named;
import static io.platsim.model.validation.rules.ModelElements.core;
import static io.platsim.model.validation.rules.ModelElements.dsa;
import static io.platsim.model.validation.rules.ModelElements.home;
import static io.platsim.model.validation.rules.ModelElements.hostFlow;
import static io.platsim.model.validation.rules.ModelElements.iommu;
import static io.platsim.model.validation.rules.ModelElements.link;
import static io.platsim.model.validation.rules.ModelElements.nic;
import static io.platsim.model.validation.rules.ModelElements.port;
import static io.platsim.model.validation.rules.ModelElements.rc;
import static io.platsim.model.validation.rules.ModelElements.route;
import static io.platsim.model.validation.rules.ModelElements.sock;
import static io.platsim.model.validation.rules.ModelElements.stream;
import static io.platsim.model.validation.rules.ModelElements.submission;
import static io.platsim.model.validation.rules.ModelElements.upi;
import static io.platsim.model.validation.rules.ModelElements.vcpu;
import static io.platsim.model.validation.rules.ModelElements.vm;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.platsim.model.AttachmentMode;
import io.platsim.model.Core;
import io.platsim.model.DeviceAttachment;
import io.platsim.model.DmaDirection;
import io.platsim.model.DmaStream;
import io.platsim.model.ExitReason;
import io.platsim.model.InterruptMode;
import io.platsim.model.InvalidationMode;
import io.platsim.model.Iommu;
import io.platsim.model.IovaAllocatorPolicy;
import io.platsim.model.MemoryController;
import io.platsim.model.Nic;
import io.platsim.model.NumaRange;
import io.platsim.model.NvmeDrive;
import io.platsim.model.PcieDownstreamEnd;
import io.platsim.model.PcieGeneration;
import io.platsim.model.PcieLink;
import io.platsim.model.PcieSwitch;
import io.platsim.model.PcieUpstreamEnd;
import io.platsim.model.Platform;
import io.platsim.model.PlatsimFactory;
import io.platsim.model.Process;
import io.platsim.model.RequestResponseFlow;
import io.platsim.model.SnoopMode;
import io.platsim.model.Socket;
import io.platsim.model.VirtualMachine;
import io.platsim.model.WorkQueue;
import io.platsim.model.WorkQueueMode;
import io.platsim.templates.PlatformBuilder;

/** One failing and one passing case for every validation rule, as changes to the realistic example. */
final class RuleCases {

    private static final PlatsimFactory F = PlatsimFactory.eINSTANCE;
    private static final long GIB = 1L << 30;
    private final List<RuleCase> cases = new ArrayList<>();

    static List<RuleCase> all() {
        RuleCases c = new RuleCases();
        c.compute();
        c.pcie();
        c.devices();
        c.iommus();
        c.virtualization();
        c.workloads();
        c.cases.addAll(CacheRuleCases.all());
        c.cases.addAll(DmaWindowRuleCases.all());
        c.cases.addAll(DmaStreamRuleCases.all());
        c.cases.addAll(MmioRuleCases.all());
        return c.cases;
    }

    /** The virtio VM's flow runs {@code connections} connections of {@code entries} buffers each. */
    private static void ring(Platform p, int connections, int entries) {
        RequestResponseFlow flow = named(p, RequestResponseFlow.class, "vm-virtio-rr");
        flow.setConcurrentFlows(connections);
        flow.setBufferRingEntries(entries);
    }

    /** Gives {@code socket} {@code count} cores in all. */
    private static void addCores(Socket socket, int count) {
        for (int i = socket.getCores().size(); i < count; i++) {
            Core core = PlatsimFactory.eINSTANCE.createCore();
            core.setName(socket.getName() + "-extra" + i);
            core.setCoreId(1000 + i);
            socket.getCores().add(core);
        }
    }

    private void add(String rule, Consumer<Platform> breakIt, String element, String field,
            Consumer<Platform> nearMiss) {
        cases.add(new RuleCase(rule, breakIt, element, field, nearMiss));
    }

    private void compute() {
        add("socket-id-unique", p -> sock(p, "socket1").setSocketId(0), "socket1", "socketId",
            p -> sock(p, "socket1").setSocketId(7));
        add("core-id-unique", p -> core(p, "s0c1").setCoreId(0), "s0c1", "coreId",
            p -> core(p, "s0c1").setCoreId(99));
        add("socket-core-count", p -> addCores(sock(p, "socket0"), 65), "socket0", "cores",
            p -> addCores(sock(p, "socket0"), 64));
        add("inter-socket-link-ends", p -> upi(p).setSocketB(sock(p, "socket0")), "upi0", "socketB",
            p -> {
                upi(p).setSocketA(sock(p, "socket1"));
                upi(p).setSocketB(sock(p, "socket0"));
            });
        add("numa-capacity", p -> named(p, MemoryController.class, "s0-imc").setCapacityMiB(1024), "numa0",
            "sizeBytes", p -> named(p, MemoryController.class, "s0-imc").setCapacityMiB(256 * 1024));
        add("numa-ranges-disjoint", p -> named(p, NumaRange.class, "numa1").setBaseAddress(255 * GIB), "numa1",
            "baseAddress", p -> named(p, NumaRange.class, "numa1").setBaseAddress(300 * GIB));
        add("numa-controller-on-home", p -> named(p, NumaRange.class, "numa1").setMemoryController(
            named(p, MemoryController.class, "s0-imc")), "numa1", "memoryController",
            p -> named(p, NumaRange.class, "numa1").setMemoryController(null));
        add("io-directory-cache-mode", p -> home(p).setSnoopMode(SnoopMode.HOME_SNOOP), "s0-home", "ioDirectoryCache",
            p -> {
                home(p).setSnoopMode(SnoopMode.HOME_SNOOP);
                home(p).setIoDirectoryCache(false);
            });
        add("memory-controller-figures", p -> named(p, MemoryController.class, "s0-imc").setChannels(0), "s0-imc",
            "channels", p -> named(p, MemoryController.class, "s0-imc").setChannels(1));
        add("platform-socket", p -> p.getSockets().clear(), "example", "sockets", p -> sock(p, "socket1")
            .getMemoryControllers().clear());
        add("socket-memory", p -> sock(p, "socket1").getMemoryControllers().clear(), "socket1", "memoryControllers",
            p -> {
                sock(p, "socket1").getMemoryControllers().clear();
                MemoryController spare = F.createMemoryController();
                spare.setName("s1-imc-spare");
                sock(p, "socket1").getMemoryControllers().add(spare);
            });
    }

    private void pcie() {
        add("pcie-link-ends", p -> link(p, "nvme0-link").setUpstream(null), "nvme0-link", "upstream",
            p -> link(p, "nvme0-link").setUpstream(port(p, "s1-rc-p1")));
        add("device-one-link", p -> extraLink(p, nic(p, "nic100g")), "extra-link", "downstream",
            p -> {
                Nic other = F.createNic();
                other.setName("nic2");
                p.getDevices().add(other);
                extraLink(p, other);
            });
        add("pcie-lanes", p -> link(p, "nic100g-link").setLanes(3), "nic100g-link", "lanes",
            p -> link(p, "nic100g-link").setLanes(8));
        add("pcie-credits", p -> link(p, "nic100g-link").setPostedDataCredits(8), "nic100g-link",
            "postedDataCredits", p -> link(p, "nic100g-link").setPostedDataCredits(16));
        add("pcie-mps", p -> link(p, "nic100g-link").setMaxPayloadBytes(100), "nic100g-link", "maxPayloadBytes",
            p -> link(p, "nic100g-link").setMaxPayloadBytes(4096));
        add("pcie-mrrs", p -> link(p, "nic100g-link").setMaxReadRequestBytes(8192), "nic100g-link",
            "maxReadRequestBytes", p -> link(p, "nic100g-link").setMaxReadRequestBytes(128));
        add("pcie-rcb", p -> link(p, "nic100g-link").setReadCompletionBoundaryBytes(32), "nic100g-link",
            "readCompletionBoundaryBytes", p -> link(p, "nic100g-link").setReadCompletionBoundaryBytes(128));
        add("pcie-no-cycles", p -> switches(p, true), "sw0", "name", p -> switches(p, false));
        // The example's NIC receives at 80 Gb/s: a Gen4 x4 link signals 63 Gb/s, x8 126 Gb/s.
        add("stream-fits-link", p -> link(p, "nic100g-link").setLanes(4), "nic-rx", "rateGbps",
            p -> link(p, "nic100g-link").setLanes(8));
        // A virtual function's stream crosses its physical function's link.
        add("stream-fits-link", p -> {
            stream(p, "nic-rx").setDevice(nic(p, "nic100g-vf0"));
            link(p, "nic100g-link").setLanes(4);
        }, "nic-rx", "rateGbps", p -> {
                stream(p, "nic-rx").setDevice(nic(p, "nic100g-vf0"));
                link(p, "nic100g-link").setLanes(8);
            });
        // 55 Gb/s fits the 63 Gb/s Gen4 x4 signals, not what is left of it for 64-byte writes once headers are paid.
        add("stream-fits-link", p -> {
            link(p, "nic100g-link").setLanes(4);
            stream(p, "nic-rx").setSizeBytes(64);
            stream(p, "nic-rx").setRateGbps(55);
        }, "nic-rx", "rateGbps", p -> {
                link(p, "nic100g-link").setLanes(4);
                stream(p, "nic-rx").setSizeBytes(64);
                stream(p, "nic-rx").setRateGbps(30);
            });
        // Two receive streams that each fit the x8 link's 126 Gb/s but ask for 140 Gb/s together share it; a stream
        // the other way (the NIC reading what it sends) does not compete with them.
        add("stream-fits-link", p -> second(p, DmaDirection.WRITE), "nic-rx", "rateGbps",
            p -> second(p, DmaDirection.READ));
        add("pcie-link-fits-port", p -> link(p, "nic100g-link").setLanes(32), "nic100g-link", "lanes",
            p -> link(p, "nic100g-link").setGeneration(PcieGeneration.GEN3));
        add("pcie-switch-ports", p -> {
            switches(p, false);
            named(p, PcieSwitch.class, "sw0").setPortCount(1);
        }, "sw0", "portCount", p -> {
                switches(p, false);
                named(p, PcieSwitch.class, "sw0").setPortCount(2);
            });
    }

    private void devices() {
        add("interrupt-vectors", p -> {
            NvmeDrive nvme = named(p, NvmeDrive.class, "nvme0");
            nvme.setInterruptMode(InterruptMode.MSI);
            nvme.setInterruptVectors(12);
        }, "nvme0", "interruptVectors", p -> {
                NvmeDrive nvme = named(p, NvmeDrive.class, "nvme0");
                nvme.setInterruptMode(InterruptMode.MSI);
                nvme.setInterruptVectors(32);
            });
        add("pri-needs-ats", p -> dsa(p).setAtsEnabled(false), "dsa0", "priEnabled", p -> {
            dsa(p).setAtsEnabled(false);
            dsa(p).setPriEnabled(false);
        });
        add("vf-count", p -> nic(p, "nic100g").setVirtualFunctions(0), "nic100g", "virtualFunctions",
            p -> nic(p, "nic100g").setVirtualFunctions(1));
        add("msi-route-target", p -> route(p).setTargetVcpu(vcpu(p, "vm-virtio-vcpu0")), "nic100g-q0",
            "targetCore", p -> {
                route(p).setTargetCore(null);
                route(p).setTargetVcpu(vcpu(p, "vm-virtio-vcpu0"));
            });
        add("msi-route-vector", p -> route(p).setVector(64), "nic100g-q0", "vector", p -> route(p).setVector(63));
    }

    private void iommus() {
        add("iotlb-entries", p -> iommu(p).setIotlbEntries4K(0), "iommu0", "iotlbEntries4K",
            p -> iommu(p).setIotlbEntries4K(1));
        add("deferred-invalidation", p -> iommu(p).setDeferredBatchSize(0), "iommu0", "deferredBatchSize", p -> {
            iommu(p).setInvalidationMode(InvalidationMode.STRICT);
            iommu(p).setDeferredBatchSize(0);
        });
        add("invalidation-queue-depth", p -> iommu(p).setInvalidationQueueDepth(1), "iommu0",
            "invalidationQueueDepth", p -> iommu(p).setInvalidationQueueDepth(2));
        add("iova-magazines", p -> iommu(p).setMagazineSize(0), "iommu0", "magazineSize", p -> {
            iommu(p).setIovaAllocator(IovaAllocatorPolicy.IDENTITY);
            iommu(p).setMagazineSize(0);
        });
        add("posted-needs-remapping", p -> iommu(p).setInterruptRemapping(false), "iommu0", "postedInterrupts",
            p -> {
                iommu(p).setInterruptRemapping(false);
                iommu(p).setPostedInterrupts(false);
                vm(p, "vm-passthrough").setPostedInterrupts(false);
            });
        add("iommu-coverage-unique", p -> secondIommu(p).getCoveredRootComplexes().add(rc(p, "s0-rc")), "iommu1",
            "coveredRootComplexes", RuleCases::secondIommu);
        add("passthrough-behind-iommu", p -> iommu(p).getCoveredRootComplexes().clear(),
            "Device attachment #1 in VM 'vm-passthrough'", "mode",
            p -> iommu(p).getCoveredRootComplexes().remove(rc(p, "s1-rc")));
    }

    private void virtualization() {
        add("vcpu-pinned", p -> vcpu(p, "vm-virtio-vcpu0").setPinnedTo(null), "vm-virtio-vcpu0", "pinnedTo",
            p -> vcpu(p, "vm-virtio-vcpu0").setPinnedTo(core(p, "s1c5")));
        add("vcpu-core-exclusive", p -> vcpu(p, "vm-passthrough-vcpu0").setPinnedTo(core(p, "s0c20")),
            "vm-passthrough-vcpu0", "pinnedTo", p -> vcpu(p, "vm-passthrough-vcpu0").setPinnedTo(core(p, "s0c22")));
        add("exit-costs", p -> PlatformBuilder.exitCost(vm(p, "vm-virtio"), ExitReason.HLT, 100),
            "Exit cost #6 in VM 'vm-virtio'", "reason",
            p -> PlatformBuilder.exitCost(vm(p, "vm-virtio"), ExitReason.CPUID, 100));
        add("guest-rates", p -> vm(p, "vm-virtio").setTimerHz(Double.NaN), "vm-virtio", "timerHz",
            p -> vm(p, "vm-virtio").setTimerHz(1000));
        add("posted-needs-apicv", p -> {
            vm(p, "vm-passthrough").setPostedInterrupts(true);
            vm(p, "vm-passthrough").setApicVirtualization(false);
        }, "vm-passthrough", "postedInterrupts", p -> {
            vm(p, "vm-passthrough").setPostedInterrupts(false);
            vm(p, "vm-passthrough").setApicVirtualization(false);
        });
        add("attachment-device", p -> attach(p, AttachmentMode.PASSTHROUGH),
            "Device attachment #1 in VM 'vm-passthrough'", "device", p -> attach(p, AttachmentMode.VIRTIO));
        add("posted-interrupts-support", p -> iommu(p).setPostedInterrupts(false), "vm-passthrough",
            "postedInterrupts", p -> {
                iommu(p).setPostedInterrupts(false);
                vm(p, "vm-passthrough").setPostedInterrupts(false);
            });
    }

    private void workloads() {
        add("nothing-to-simulate", p -> p.getWorkloads().clear(), "example", "workloads", p -> { });
        add("workload-references", p -> stream(p, "nic-rx").setDevice(null), "nic-rx", "device",
            p -> stream(p, "nic-rx").setDevice(named(p, NvmeDrive.class, "nvme0")));
        add("nic-line-rate", p -> stream(p, "nic-rx").setRateGbps(120), "nic-rx", "rateGbps",
            p -> stream(p, "nic-rx").setRateGbps(100));
        add("shared-queue-pasid", p -> submission(p).setProcess(null), "dsa-copies", "process", p -> {
            submission(p).setProcess(null);
            named(p, WorkQueue.class, "dsa0-swq").setMode(WorkQueueMode.DEDICATED);
        });
        add("shared-queue-pasid", p -> iommu(p).setScalableMode(false), "iommu0", "scalableMode", p -> {
            iommu(p).setScalableMode(false);
            named(p, WorkQueue.class, "dsa0-swq").setMode(WorkQueueMode.DEDICATED);
        });
        add("pasid-range", p -> named(p, Process.class, "copy-service").setPasid(0), "copy-service", "pasid",
            p -> named(p, Process.class, "copy-service").setPasid((1 << 20) - 1));
        add("flow-attachment", p -> named(p, RequestResponseFlow.class, "vm-virtio-rr").setAttachment(
            vm(p, "vm-passthrough").getAttachments().get(0)), "vm-virtio-rr", "attachment",
            p -> named(p, RequestResponseFlow.class, "vm-virtio-rr").setAttachment(
                vm(p, "vm-virtio").getAttachments().get(0)));
        add("flow-host", p -> named(p, RequestResponseFlow.class, "vm-virtio-rr").setMapPerIo(true), "vm-virtio-rr",
            "mapPerIo", p -> vm(p, "vm-virtio").getAttachments().get(0).setBackendCore(core(p, "s0c3")));
        add("flow-host", p -> hostFlow(p), "vm-virtio-rr", "attachment",
            p -> hostFlow(p).setAttachment(null));
        add("flow-buffers", p -> ring(p, 16, 65536), "vm-virtio-rr", "bufferRingEntries", p -> ring(p, 8, 65536));
        add("flow-buffers", p -> {
            named(p, VirtualMachine.class, "vm-virtio").setMemoryMiB(64);
            ring(p, 16, 1024);
        }, "vm-virtio-rr", "bufferRingEntries", p -> named(p, VirtualMachine.class, "vm-virtio").setMemoryMiB(64));
        add("number-range", p -> rc(p, "s0-rc").setForwardingLatencyNs(-1), "s0-rc", "forwardingLatencyNs",
            p -> rc(p, "s0-rc").setForwardingLatencyNs(0));
        add("run-settings", p -> p.getRunSettings().setDurationUs(0), "Run settings in Platform 'example'",
            "durationUs", p -> p.getRunSettings().setDurationUs(0.001));
        add("names-printable", p -> core(p, "s0c1").setName("s0c1\nsocket1"), "s0c1", "name",
            p -> core(p, "s0c1").setName("s0c1 socket1"));
        add("names-unique", p -> core(p, "s0c1").setName("s0c0"), "s0c0", "name",
            p -> core(p, "s0c1").setName("s0c0x"));
        add("names-unique", p -> nic(p, "nic100g").setName("s1-rc-p3"), "s1-rc-p3", "name",
            p -> nic(p, "nic100g").setName("s1-rc-p3-nic"));
        add("names-required", p -> sock(p, "socket1").setName(" "), "Socket #2", "name",
            p -> sock(p, "socket1").setName("socket 1"));
        add("nothing-to-simulate", p -> p.getWorkloads().forEach(w -> w.setEnabled(false)), "example", "workloads",
            p -> p.getWorkloads().stream().skip(1).forEach(w -> w.setEnabled(false)));
        add("mapping-needs-iommu", p -> {
            stream(p, "nic-rx").setMapPerIo(true);
            iommu(p).getCoveredRootComplexes().clear();
        }, "nic-rx", "mapPerIo", p -> stream(p, "nic-rx").setMapPerIo(true));
        add("mapping-settings-used", p -> iommu(p).setInvalidationMode(InvalidationMode.STRICT), "iommu0",
            "invalidationMode", p -> {
                iommu(p).setInvalidationMode(InvalidationMode.STRICT);
                stream(p, "nic-rx").setMapPerIo(true);
            });
    }

    // ---- finders and small changes

    private static void extraLink(Platform p, Nic target) {
        PcieLink link = F.createPcieLink();
        link.setName("extra-link");
        link.setUpstream(port(p, "s1-rc-p2"));
        link.setDownstream(target);
        p.getPcieLinks().add(link);
    }

    /** Two switches below a root port; with {@code cycle} the second also leads back to the first. */
    private static void switches(Platform p, boolean cycle) {
        PcieSwitch sw0 = F.createPcieSwitch();
        sw0.setName("sw0");
        PcieSwitch sw1 = F.createPcieSwitch();
        sw1.setName("sw1");
        p.getSwitches().add(sw0);
        p.getSwitches().add(sw1);
        addLink(p, "sw0-up", port(p, "s1-rc-p3"), sw0);
        addLink(p, "sw0-sw1", sw0, sw1);
        if (cycle) {
            addLink(p, "sw1-sw0", sw1, sw0);
        }
    }

    /** A second 60 Gb/s stream on the NIC of {@code nic-rx}, in {@code direction}, its link x8. */
    private static void second(Platform p, DmaDirection direction) {
        link(p, "nic100g-link").setLanes(8);
        DmaStream copy = EcoreUtil.copy(stream(p, "nic-rx"));
        copy.setName("nic-rx2");
        copy.setRateGbps(60);
        copy.setDirection(direction);
        p.getWorkloads().add(copy);
    }

    private static void addLink(Platform p, String name, PcieUpstreamEnd up, PcieDownstreamEnd down) {
        PcieLink link = F.createPcieLink();
        link.setName(name);
        link.setUpstream(up);
        link.setDownstream(down);
        p.getPcieLinks().add(link);
    }

    private static Iommu secondIommu(Platform p) {
        Iommu second = F.createIommu();
        second.setName("iommu1");
        p.getIommus().add(second);
        return second;
    }

    private static void attach(Platform p, AttachmentMode mode) {
        DeviceAttachment a = F.createDeviceAttachment();
        a.setDevice(nic(p, "nic100g-vf0"));
        a.setMode(mode);
        vm(p, "vm-virtio").getAttachments().add(a);
    }
}
