/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.platsim.engine.config.FlowConfig.Attachment;
import io.platsim.engine.config.FlowConfig.Backend;
import io.platsim.engine.config.FlowConfig;
import io.platsim.engine.config.FlowConfig.Guest;
import io.platsim.model.Core;
import io.platsim.model.Device;
import io.platsim.model.DeviceAttachment;
import io.platsim.model.ExitCost;
import io.platsim.model.ExitReason;
import io.platsim.model.InterruptController;
import io.platsim.model.Iommu;
import io.platsim.model.MsiRoute;
import io.platsim.model.Platform;
import io.platsim.model.PlatsimFactory;
import io.platsim.model.RequestResponseFlow;
import io.platsim.model.Socket;
import io.platsim.model.VirtualMachine;
import io.platsim.model.query.DriverCores;
import io.platsim.model.query.Fabric;

/**
 * Request/response flows as the engine sees them. In a VM: the device they use (a VF's physical function carries
 * the DMA), the host cores of the VM's vCPUs, the VM's exit cost for every reason (the metamodel's default where
 * it lists none), whether interrupts are posted (the VM asks for it and an IOMMU covering the device remaps and
 * posts interrupts), and where the back end of an emulated or virtio device runs (a virtio device without vhost
 * is served by the VMM on the vCPU's own core). On the host: the device, the host cores, and whether the driver
 * maps each buffer per I/O.
 */
final class Flows {

    private Flows() {
    }

    /** The flow, or null when its device reaches no root complex. */
    static FlowConfig compile(Platform platform, RequestResponseFlow flow, Function<Device, Integer> deviceIndex) {
        VirtualMachine vm = flow.getVm();
        if (vm == null) {
            return host(platform, flow, deviceIndex);
        }
        DeviceAttachment attachment = flow.getAttachment();
        Integer device = deviceIndex.apply(attachment.getDevice());
        if (device == null) {
            return null;
        }
        List<Core> pinned = DriverCores.pinnedCores(vm);
        Core backendCore = DriverCores.backendCore(attachment);
        Backend backend = new Backend(backendCore == null ? -1 : coreIndex(backendCore),
            ModelCompiler.ps(attachment.getBackendPacketNs()));
        List<Long> exits = new ArrayList<>();
        for (ExitReason reason : ExitReason.VALUES) {
            exits.add(ModelCompiler.ps(exitNs(vm, reason)));
        }
        return FlowConfig.of(flow.getName(), device, Attachment.valueOf(attachment.getMode().getName()))
            .vm(platform.getVms().indexOf(vm), exits)
            .suppression(attachment.isNotificationSuppression())
            .flows(Math.max(1, flow.getConcurrentFlows()), flow.getRequestBytes(), flow.getResponseBytes())
            .server(ModelCompiler.ps(flow.getServerTimeUs() * 1000))
            .cores(socketIndex(platform, pinned), coreIndices(pinned))
            .interrupts(vm.isPostedInterrupts() && postsInterrupts(platform, attachment.getDevice()),
                interruptPs(platform, attachment.getDevice()))
            .backend(backend)
            .guest(guest(vm))
            .polling(flow.isPollCompletions())
            .ring(flow.getBufferRingEntries())
            .build();
    }

    /** What an exit for {@code reason} costs {@code vm}: its own cost, else the metamodel's default. */
    static double exitNs(VirtualMachine vm, ExitReason reason) {
        double ns = PlatsimFactory.eINSTANCE.createExitCost().getCostNs();
        for (ExitCost cost : vm.getExitCosts()) {
            if (cost.getReason() == reason) {
                ns = cost.getCostNs();
            }
        }
        return ns;
    }

    /** What the VM's guest does besides its I/O: its APIC, its timer, its IPIs and its hypercalls. */
    private static Guest guest(VirtualMachine vm) {
        return new Guest(vm.isApicVirtualization(), interval(vm.getTimerHz()), interval(vm.getIpisPerSecond()),
            interval(vm.getHypercallsPerSecond()));
    }

    /** The interval in ps of something that happens {@code perSecond} times a second; 0 for never. */
    private static long interval(double perSecond) {
        return perSecond > 0 ? Math.max(1, Math.round(1e12 / perSecond)) : 0;
    }

    /** Flows on host cores: no VM, no exits, no back end; the driver may map every buffer per I/O. */
    private static FlowConfig host(Platform platform, RequestResponseFlow flow,
            Function<Device, Integer> deviceIndex) {
        Integer device = deviceIndex.apply(flow.getDevice());
        if (device == null) {
            return null;
        }
        return FlowConfig.of(flow.getName(), device, Attachment.HOST)
            .flows(Math.max(1, flow.getConcurrentFlows()), flow.getRequestBytes(), flow.getResponseBytes())
            .server(ModelCompiler.ps(flow.getServerTimeUs() * 1000))
            .cores(socketIndex(platform, flow.getCores()), coreIndices(flow.getCores()))
            .interrupts(false, interruptPs(platform, flow.getDevice()))
            .mapPerIo(flow.isMapPerIo())
            .polling(flow.isPollCompletions())
            .ring(flow.getBufferRingEntries())
            .build();
    }

    private static int socketIndex(Platform platform, List<Core> cores) {
        return cores.isEmpty() ? 0 : platform.getSockets().indexOf((Socket) cores.get(0).eContainer());
    }

    private static int coreIndex(Core core) {
        return ((Socket) core.eContainer()).getCores().indexOf(core);
    }

    private static List<Integer> coreIndices(List<Core> cores) {
        List<Integer> indices = new ArrayList<>();
        for (Core core : cores) {
            indices.add(coreIndex(core));
        }
        return indices;
    }

    private static boolean postsInterrupts(Platform platform, Device device) {
        Device physical = device.getPhysicalFunction() != null ? device.getPhysicalFunction() : device;
        var complex = Fabric.rootComplexOf(platform, physical);
        for (Iommu iommu : platform.getIommus()) {
            if (iommu.getCoveredRootComplexes().contains(complex)) {
                return iommu.isInterruptRemapping() && iommu.isPostedInterrupts();
            }
        }
        return false;
    }

    /** Delivery and handler entry of the device's first MSI route's controller. */
    private static long interruptPs(Platform platform, Device device) {
        InterruptController controller = PlatsimFactory.eINSTANCE.createInterruptController();
        for (MsiRoute route : platform.getMsiRoutes()) {
            if (route.getDevice() == device && route.getController() != null) {
                controller = route.getController();
                break;
            }
        }
        return ModelCompiler.ps(controller.getDeliveryLatencyNs() + controller.getHandlerEntryNs());
    }
}
