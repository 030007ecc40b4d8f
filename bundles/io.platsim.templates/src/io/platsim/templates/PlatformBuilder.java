/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.templates;

import io.platsim.model.Bar;
import io.platsim.model.BarMemoryType;
import io.platsim.model.Cache;
import io.platsim.model.CacheLevel;
import io.platsim.model.Core;
import io.platsim.model.Device;
import io.platsim.model.ExitCost;
import io.platsim.model.ExitReason;
import io.platsim.model.HomeAgent;
import io.platsim.model.InterruptController;
import io.platsim.model.MemoryController;
import io.platsim.model.MsiRoute;
import io.platsim.model.NamedElement;
import io.platsim.model.Nic;
import io.platsim.model.NumaRange;
import io.platsim.model.PcieDownstreamEnd;
import io.platsim.model.PcieGeneration;
import io.platsim.model.PcieLink;
import io.platsim.model.PcieUpstreamEnd;
import io.platsim.model.Platform;
import io.platsim.model.PlatsimFactory;
import io.platsim.model.RootComplex;
import io.platsim.model.RootPort;
import io.platsim.model.RunSettings;
import io.platsim.model.Socket;
import io.platsim.model.VirtualCpu;
import io.platsim.model.VirtualMachine;
import io.platsim.model.persistence.Defaults;

/** Small steps for building platforms in code: templates, examples and tests use them. */
public final class PlatformBuilder {

    /** The model's factory, for the elements the steps below do not make. */
    public static final PlatsimFactory F = PlatsimFactory.eINSTANCE;
    private static final long KIB = 1024;
    private static final long MIB = 1024 * KIB;

    private final Platform platform;

    public PlatformBuilder(String name) {
        platform = F.createPlatform();
        platform.setDefaultsRevision(Defaults.CURRENT);
        platform.setName(name);
        RunSettings run = F.createRunSettings();
        platform.setRunSettings(run);
    }

    public Platform platform() {
        return platform;
    }

    /** A socket with {@code cores} cores, each with a private L1 and L2, and a shared LLC. */
    public Socket socket(int id, int cores, long l2Bytes, int l2Ways, long llcBytes, int llcWays) {
        Socket socket = F.createSocket();
        socket.setName("socket" + id);
        socket.setSocketId(id);
        platform.getSockets().add(socket);
        for (int i = 0; i < cores; i++) {
            Core core = F.createCore();
            core.setName("s" + id + "c" + i);
            core.setCoreId(i);
            socket.getCores().add(core);
            Cache l1 = F.createCache();
            l1.setName(core.getName() + "-L1");
            l1.setPrivateTo(core);
            l1.setDmaAllocatableWays(0);
            socket.getCaches().add(l1);
            // 14 cycles at 2.0 GHz, Ice Lake's L2 load-to-use latency (Intel Optimization Reference Manual).
            Cache l2 = cache(core.getName() + "-L2", CacheLevel.L2, l2Bytes, l2Ways, 7.0);
            l2.setPrivateTo(core);
            socket.getCaches().add(l2);
        }
        // About 70 cycles at 2.0 GHz for a sliced Ice Lake-SP LLC hit across the mesh (Intel Optimization
        // Reference Manual gives 50 to 70 cycles for Skylake-SP's mesh LLC; the larger Ice Lake-SP mesh is the
        // slower end).
        Cache llc = cache("s" + id + "-LLC", CacheLevel.LLC, llcBytes, llcWays, 35.0);
        llc.setDmaAllocatableWays(2);
        socket.getCaches().add(llc);
        MemoryController memory = F.createMemoryController();
        memory.setName("s" + id + "-imc");
        socket.getMemoryControllers().add(memory);
        HomeAgent home = F.createHomeAgent();
        home.setName("s" + id + "-home");
        home.getMemoryControllers().add(memory);
        socket.getHomeAgents().add(home);
        return socket;
    }

    private static Cache cache(String name, CacheLevel level, long bytes, int ways, double hitNs) {
        Cache cache = F.createCache();
        cache.setName(name);
        cache.setLevel(level);
        cache.setSizeBytes(bytes);
        cache.setWays(ways);
        cache.setHitLatencyNs(hitNs);
        cache.setDmaAllocatableWays(0);
        return cache;
    }

    /** A NUMA range of {@code gib} GiB homed on {@code socket}, served by its memory controller. */
    public NumaRange numa(Socket socket, long baseGib, long gib) {
        NumaRange range = F.createNumaRange();
        range.setName("numa" + socket.getSocketId());
        range.setBaseAddress(baseGib * 1024 * MIB);
        range.setSizeBytes(gib * 1024 * MIB);
        range.setHomeSocket(socket);
        range.setMemoryController(socket.getMemoryControllers().get(0));
        platform.getNumaRanges().add(range);
        return range;
    }

    /** A root complex on {@code socket} with {@code ports} Gen4 x16 root ports. */
    public RootComplex rootComplex(Socket socket, int ports) {
        RootComplex complex = F.createRootComplex();
        complex.setName("s" + socket.getSocketId() + "-rc");
        socket.getRootComplexes().add(complex);
        for (int i = 0; i < ports; i++) {
            RootPort port = F.createRootPort();
            port.setName(complex.getName() + "-p" + i);
            port.setPortNumber(i);
            complex.getRootPorts().add(port);
        }
        return complex;
    }

    /** A PCIe link from {@code upstream} to {@code downstream}. */
    public PcieLink link(PcieUpstreamEnd upstream, PcieDownstreamEnd downstream, PcieGeneration gen, int lanes) {
        PcieLink link = F.createPcieLink();
        link.setName(((NamedElement) downstream).getName() + "-link");
        link.setUpstream(upstream);
        link.setDownstream(downstream);
        link.setGeneration(gen);
        link.setLanes(lanes);
        platform.getPcieLinks().add(link);
        return link;
    }

    /**
     * A 100 Gb/s NIC with 4 VFs and 64 MSI-X vectors on a Gen4 x16 link from {@code port}, and its first VF
     * (8 vectors), named {@code name} and {@code name-vf0}. Returns the physical function, then the VF.
     */
    public Nic[] sriovNic(String name, PcieUpstreamEnd port) {
        Nic nic = F.createNic();
        nic.setName(name);
        nic.setVirtualFunctions(4);
        nic.setInterruptVectors(64);
        platform.getDevices().add(nic);
        bar(nic, name + "-bar0", false, BarMemoryType.UNCACHED);
        link(port, nic, PcieGeneration.GEN4, 16);
        Nic vf = F.createNic();
        vf.setName(name + "-vf0");
        vf.setPhysicalFunction(nic);
        vf.setInterruptVectors(8);
        platform.getDevices().add(vf);
        return new Nic[] {nic, vf};
    }

    /** A BAR of {@code device} of the default size, mapped as {@code type}. */
    public static Bar bar(Device device, String name, boolean prefetchable, BarMemoryType type) {
        Bar bar = F.createBar();
        bar.setName(name);
        bar.setPrefetchable(prefetchable);
        bar.setMemoryType(type);
        device.getBars().add(bar);
        return bar;
    }

    /** A VM whose vCPUs are pinned to {@code cores}. */
    public VirtualMachine vm(String name, Core... cores) {
        VirtualMachine vm = F.createVirtualMachine();
        vm.setName(name);
        for (int i = 0; i < cores.length; i++) {
            VirtualCpu vcpu = F.createVirtualCpu();
            vcpu.setName(name + "-vcpu" + i);
            vcpu.setIndex(i);
            vcpu.setPinnedTo(cores[i]);
            vm.getVcpus().add(vcpu);
        }
        platform.getVms().add(vm);
        return vm;
    }

    /** An MSI route from {@code device}'s vector {@code vector} to {@code core} through {@code controller}. */
    public static MsiRoute route(Platform p, String name, Device device, int vector, Core core,
            InterruptController controller) {
        MsiRoute route = F.createMsiRoute();
        route.setName(name);
        route.setDevice(device);
        route.setVector(vector);
        route.setTargetCore(core);
        route.setController(controller);
        p.getMsiRoutes().add(route);
        return route;
    }

    /** Exit round trips of the order ELI (ASPLOS 2012) and kvm-unit-tests x86/vmexit report. */
    public static void typicalExitCosts(VirtualMachine vm) {
        exitCost(vm, ExitReason.EXTERNAL_INTERRUPT, 1500);
        exitCost(vm, ExitReason.EPT_MISCONFIG, 4000);
        exitCost(vm, ExitReason.IO_INSTRUCTION, 3000);
        exitCost(vm, ExitReason.MSR_ACCESS, 1200);
        exitCost(vm, ExitReason.HLT, 2000);
    }

    /** Adds an exit cost to {@code vm}. */
    public static void exitCost(VirtualMachine vm, ExitReason reason, double ns) {
        ExitCost cost = F.createExitCost();
        cost.setReason(reason);
        cost.setCostNs(ns);
        vm.getExitCosts().add(cost);
    }

    /** {@code n} MiB in bytes. */
    public static long mib(long n) {
        return n * MIB;
    }

    /** {@code n} KiB in bytes. */
    public static long kib(long n) {
        return n * KIB;
    }
}
