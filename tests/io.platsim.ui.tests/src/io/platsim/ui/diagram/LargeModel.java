/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.diagram;

import io.platsim.diagram.DiagramStructure;
import io.platsim.model.Nic;
import io.platsim.model.PcieGeneration;
import io.platsim.model.Platform;
import io.platsim.model.PlatsimFactory;
import io.platsim.model.RootComplex;
import io.platsim.model.Socket;
import io.platsim.templates.PlatformBuilder;

/** A generated platform of at least {@code boxes} boxes: sockets of 56 cores with their caches, and NICs on links. */
final class LargeModel {

    private LargeModel() {
    }

    static Platform create(int boxes) {
        PlatformBuilder b = new PlatformBuilder("large");
        Platform p = b.platform();
        int socketId = 0;
        while (DiagramStructure.allNodes(p).size() < boxes) {
            Socket socket = b.socket(socketId, 56, 1280 * 1024, 20, 84L << 20, 12);
            RootComplex rc = b.rootComplex(socket, 8);
            for (int port = 0; port < 8; port++) {
                Nic nic = PlatsimFactory.eINSTANCE.createNic();
                nic.setName("nic-" + socketId + "-" + port);
                p.getDevices().add(nic);
                b.link(rc.getRootPorts().get(port), nic, PcieGeneration.GEN4, 8);
            }
            socketId++;
        }
        return p;
    }
}
