/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.platsim.engine.platform.PlatformConfig.Attachment;
import io.platsim.engine.platform.PlatformConfig.FlowConfig;
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
import io.platsim.model.VirtualCpu;
import io.platsim.model.VirtualMachine;
import io.platsim.model.query.Fabric;

/**
 * A VM's request/response flows as the engine sees them: the device they use (a VF's physical function carries
 * the DMA), the host cores of the VM's vCPUs, the VM's exit cost for every reason (the metamodel's default where
 * it lists none), and whether interrupts are posted: the VM asks for it and an IOMMU covering the device remaps
 * and posts interrupts.
 */
final class Flows {

    private Flows() {
    }

    /** The flow, or null when its device reaches no root complex. */
    static FlowConfig compile(Platform platform, RequestResponseFlow flow, Function<Device, Integer> deviceIndex) {
        VirtualMachine vm = flow.getVm();
        DeviceAttachment attachment = flow.getAttachment();
        Integer device = deviceIndex.apply(attachment.getDevice());
        if (device == null) {
            return null;
        }
        int socket = 0;
        List<Integer> cores = new ArrayList<>();
        for (VirtualCpu vcpu : vm.getVcpus()) {
            Core core = vcpu.getPinnedTo();
            if (core != null) {
                Socket home = (Socket) core.eContainer();
                socket = platform.getSockets().indexOf(home);
                cores.add(home.getCores().indexOf(core));
            }
        }
        List<Long> exits = new ArrayList<>();
        double defaultNs = PlatsimFactory.eINSTANCE.createExitCost().getCostNs();
        for (ExitReason reason : ExitReason.VALUES) {
            double ns = defaultNs;
            for (ExitCost cost : vm.getExitCosts()) {
                if (cost.getReason() == reason) {
                    ns = cost.getCostNs();
                }
            }
            exits.add(ModelCompiler.ps(ns));
        }
        return new FlowConfig(flow.getName(), device, platform.getVms().indexOf(vm),
            Attachment.valueOf(attachment.getMode().getName()), attachment.isNotificationSuppression(),
            Math.max(1, flow.getConcurrentFlows()), flow.getRequestBytes(), flow.getResponseBytes(),
            ModelCompiler.ps(flow.getServerTimeUs() * 1000), socket, cores, exits,
            vm.isPostedInterrupts() && postsInterrupts(platform, attachment.getDevice()),
            interruptPs(platform, attachment.getDevice()));
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
