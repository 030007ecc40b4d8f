/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.compiler;

import java.util.function.Function;

import io.platsim.engine.config.FlowConfig.Attachment;
import io.platsim.engine.config.RegistrationConfig;
import io.platsim.engine.config.RegistrationConfig.Registrar;
import io.platsim.model.AttachmentMode;
import io.platsim.model.Device;
import io.platsim.model.DeviceAttachment;
import io.platsim.model.ExitReason;
import io.platsim.model.MemoryRegistration;
import io.platsim.model.Platform;
import io.platsim.model.Socket;
import io.platsim.model.VirtualMachine;

/** A core registering memory regions with an RDMA NIC, on the host or in a VM, as the engine sees it. */
final class MemoryRegistrations {

    private MemoryRegistrations() {
    }

    /** The registration, or null when its NIC reaches no root complex. */
    static RegistrationConfig compile(Platform platform, MemoryRegistration registration,
            Function<Device, Integer> deviceIndex) {
        Integer device = deviceIndex.apply(registration.getNic());
        if (device == null) {
            return null;
        }
        return new RegistrationConfig(registration.getName(), device, registrar(platform, registration),
            new RegistrationConfig.Rounds(registration.getRegionBytes(), registration.getRegionCount(),
                (long) (registration.getStartUs() * 1e6)),
            new RegistrationConfig.Costs(ModelCompiler.ps(registration.getRegistrationUs() * 1000),
                ModelCompiler.ps(registration.getDeregistrationUs() * 1000),
                ModelCompiler.ps(registration.getPinPageNs()), ModelCompiler.ps(registration.getUnpinPageNs())));
    }

    /** The core that registers, the VM its application runs in, how that sees the NIC, its hypercalls' cost. */
    private static Registrar registrar(Platform platform, MemoryRegistration registration) {
        Socket socket = (Socket) registration.getCore().eContainer();
        int socketIndex = platform.getSockets().indexOf(socket);
        int core = socket.getCores().indexOf(registration.getCore());
        VirtualMachine vm = registration.getVm();
        if (vm == null) {
            return Registrar.host(socketIndex, core);
        }
        DeviceAttachment attachment = vm.getAttachments().stream()
            .filter(a -> a.getDevice() == registration.getNic()
                || a.getDevice() != null && a.getDevice().getPhysicalFunction() == registration.getNic())
            .filter(a -> a.getMode() == AttachmentMode.PASSTHROUGH || a.getMode() == AttachmentMode.PARAVIRTUAL)
            .findFirst().orElse(null);
        Attachment mode = attachment == null ? Attachment.HOST : Attachment.valueOf(attachment.getMode().getName());
        return new Registrar(socketIndex, core, platform.getVms().indexOf(vm), mode,
            ModelCompiler.ps(Flows.exitNs(vm, ExitReason.VMCALL)));
    }
}
