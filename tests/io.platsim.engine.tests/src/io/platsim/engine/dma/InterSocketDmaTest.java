/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.dma;

import static io.platsim.engine.platform.Platforms.NS;
import static io.platsim.engine.platform.Platforms.US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.platsim.engine.config.PlatformConfig;
import io.platsim.engine.platform.PartsChecked;
import io.platsim.engine.platform.PlatformSimulation;
import io.platsim.engine.platform.Platforms;
import io.platsim.engine.socket.HomeAgents;
import io.platsim.engine.socket.SocketConfig.SnoopMode;

/**
 * A device's lines cross the inter-socket link as a core's do: each line a data message, 64 bytes and its header,
 * and a written line's home sends a completion back once it is visible, whether or not an MSI waits for it.
 * The NIC hangs off socket 0 and its buffer is homed on socket 1; under the directory nothing else crosses (no core
 * holds a line), so the link carries the lines' messages and, for reads, one request each.
 */
class InterSocketDmaTest {

    private static PlatformSimulation run(boolean write) {
        PlatformConfig config = Platforms.platform(2, 2, SnoopMode.DIRECTORY, Platforms.nic(false, 800 * NS, true),
            List.of(Platforms.stream(write, 256, 10, 1 << 20, 1, 0)), List.of(), 200 * US);
        PlatformSimulation sim = new PlatformSimulation(config, new PartsChecked(SnoopMode.DIRECTORY));
        assertTrue(sim.run(ps -> { }, () -> false));
        return sim;
    }

    @Test
    void aRemoteWritesLinesCrossAsDataMessagesAndEachIsAcknowledged() {
        PlatformSimulation sim = run(true);
        double perByte = (double) sim.interSocketBytes() / sim.stream(0).bytes();
        assertEquals((double) (HomeAgents.DATA + HomeAgents.MESSAGE) / 64, perByte, 0.02,
            "link bytes per byte written: a line there, its completion back");
    }

    @Test
    void aRemoteReadsLinesComeBackAsDataMessages() {
        PlatformSimulation sim = run(false);
        // A 256-byte read: one request of 16 bytes there, four lines back.
        double perByte = (double) sim.interSocketBytes() / sim.stream(0).bytes();
        assertEquals((HomeAgents.MESSAGE + 4.0 * HomeAgents.DATA) / 256, perByte, 0.02, "link bytes per byte read");
    }
}
