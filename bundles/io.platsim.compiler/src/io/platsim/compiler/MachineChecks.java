/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.compiler;

import io.platsim.engine.config.MachineCheckConfig;
import io.platsim.model.ExitCost;
import io.platsim.model.ExitReason;
import io.platsim.model.FaultInjection;
import io.platsim.model.Platform;
import io.platsim.model.PlatsimFactory;
import io.platsim.model.Socket;
import io.platsim.model.VirtualMachine;

/**
 * A machine check injected into a core, as the engine sees it: in guest context when the fault names the VM
 * running there, with the host's CR4.MCE setting for that VM and the VM's cost for a MACHINE_CHECK exit (the
 * metamodel's default exit cost when the VM lists none).
 */
final class MachineChecks {

    private MachineChecks() {
    }

    static MachineCheckConfig compile(Platform platform, FaultInjection fault) {
        Socket socket = (Socket) fault.getCore().eContainer();
        VirtualMachine vm = fault.getVm();
        double costNs = PlatsimFactory.eINSTANCE.createExitCost().getCostNs();
        if (vm != null) {
            for (ExitCost cost : vm.getExitCosts()) {
                if (cost.getReason() == ExitReason.MACHINE_CHECK) {
                    costNs = cost.getCostNs();
                }
            }
        }
        MachineCheckConfig.Builder check = MachineCheckConfig.of(fault.getName(), (long) (fault.getAtUs() * 1e6),
            platform.getSockets().indexOf(socket), socket.getCores().indexOf(fault.getCore()));
        if (vm != null) {
            check.inGuest(platform.getVms().indexOf(vm), vm.isHostKeepsCr4Mce(), ModelCompiler.ps(costNs));
        }
        return check.build();
    }
}
