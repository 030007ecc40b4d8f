/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.compiler;

import java.util.function.Function;

import io.platsim.engine.config.RegistrationConfig;
import io.platsim.model.Device;
import io.platsim.model.MemoryRegistration;
import io.platsim.model.Platform;
import io.platsim.model.Socket;

/** A core registering memory regions with an RDMA NIC, as the engine sees it. */
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
        Socket socket = (Socket) registration.getCore().eContainer();
        return new RegistrationConfig(registration.getName(), platform.getSockets().indexOf(socket),
            socket.getCores().indexOf(registration.getCore()), device,
            new RegistrationConfig.Rounds(registration.getRegionBytes(), registration.getRegionCount(),
                (long) (registration.getStartUs() * 1e6)),
            new RegistrationConfig.Costs(ModelCompiler.ps(registration.getRegistrationUs() * 1000),
                ModelCompiler.ps(registration.getDeregistrationUs() * 1000),
                ModelCompiler.ps(registration.getPinPageNs()), ModelCompiler.ps(registration.getUnpinPageNs())));
    }
}
