/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.charts;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import io.platsim.model.Core;
import io.platsim.model.Platform;
import io.platsim.model.Socket;
import io.platsim.model.VirtualCpu;
import io.platsim.model.VirtualMachine;

/**
 * Which trace rows belong to a model element selected in the diagram or the tree, in the traces' own numbering
 * (docs/run-folder.md): a socket by its position in the platform, a core by its socket's and its own position, a
 * VM (or one of its vCPUs) by its position. Empty when the element is not of the run's model or has no rows.
 */
final class ElementFilter {

    private ElementFilter() {
    }

    static Map<String, Long> of(EObject element, String runModel) {
        if (element.eResource() == null || !element.eResource().getURI().lastSegment().equals(runModel)
                || !(org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(element) instanceof Platform platform)) {
            return Map.of();
        }
        return switch (element) {
            case Socket socket -> Map.of("socket", (long) platform.getSockets().indexOf(socket));
            case Core core when core.eContainer() instanceof Socket socket -> Map.of(
                "socket", (long) platform.getSockets().indexOf(socket), "core", (long) socket.getCores().indexOf(core));
            case VirtualMachine vm -> Map.of("vm", (long) platform.getVms().indexOf(vm));
            case VirtualCpu vcpu when vcpu.eContainer() instanceof VirtualMachine vm -> Map.of("vm",
                (long) platform.getVms().indexOf(vm));
            default -> Map.of();
        };
    }
}
