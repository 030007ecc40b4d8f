/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.platsim.engine.config.FlowConfig;
import io.platsim.engine.config.FlowConfig.Attachment;

/** Each connection cycles through its own ring of buffers, and no two flows' buffers meet. */
class FlowBuffersTest {

    private static FlowConfig flow(String name, Attachment attachment, int vm, int connections, int entries) {
        FlowConfig.Builder b = FlowConfig.of(name, 0, attachment).flows(connections, 1, 1).ring(entries);
        if (vm >= 0) {
            b.vm(vm, List.of());
        }
        return b.build();
    }

    @Test
    void aConnectionUsesItsRingInTurnAndComesBack() {
        FlowBuffers buffers = new FlowBuffers(List.of(flow("rr", Attachment.PASSTHROUGH, 0, 2, 3)));
        List<Long> seen = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            buffers.next(0, 1);
            seen.add(buffers.current(0, 1));
        }
        assertEquals(seen.get(0), seen.get(3), "the fourth transaction is back at the first buffer: " + seen);
        assertEquals(3, new HashSet<>(seen).size(), "three buffers in turn: " + seen);
        assertEquals(seen.get(2), buffers.previous(0, 1), "the previous transaction's buffer");
    }

    @Test
    void twoFlowsOfOneVmAndTwoHostFlowsNeverShareABuffer() {
        List<FlowConfig> flows = List.of(flow("a", Attachment.PASSTHROUGH, 0, 4, 8),
            flow("b", Attachment.PARAVIRTUAL, 0, 4, 8), flow("c", Attachment.HOST, -1, 4, 8),
            flow("d", Attachment.HOST, -1, 4, 8));
        FlowBuffers buffers = new FlowBuffers(flows);
        Set<Long> all = new HashSet<>();
        int uses = 0;
        for (int f = 0; f < flows.size(); f++) {
            for (int conn = 0; conn < 4; conn++) {
                for (int t = 0; t < 8; t++) {
                    buffers.next(f, conn);
                    all.add(buffers.current(f, conn));
                    uses++;
                }
            }
        }
        assertEquals(uses, all.size(), "every flow's, connection's and entry's buffer is its own");
        for (int f = 0; f < flows.size(); f++) {
            assertTrue(FlowBuffers.host(f, 0) > buffers.current(3, 3), "back ends' copies lie beyond the host flows'");
        }
    }
}
