/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.validation.rules;

import static io.platsim.model.validation.rules.ModelElements.nic;
import static io.platsim.model.validation.rules.ModelElements.stream;

import java.util.List;

import io.platsim.model.AgentBoardDmaEngine;
import io.platsim.model.DmaStream;
import io.platsim.model.Platform;
import io.platsim.model.PlatsimFactory;

/** One failing and one passing case for the rule on the host memory a device's DMA reaches. */
final class DmaWindowRuleCases {

    private static final long GIB = 1L << 30;

    private DmaWindowRuleCases() {
    }

    static List<RuleCase> all() {
        return List.of(
            new RuleCase("dma-window-in-mask", p -> {
                nic(p, "nic100g").setDmaAddressMaskBits(30);
                stream(p, "nic-rx").setBufferBaseAddress(GIB - 8 * 1024 * 1024);
            }, "nic-rx", "bufferWindowBytes", p -> nic(p, "nic100g").setDmaAddressMaskBits(30)),
            // An agent board reaches 2^mask bytes from its window's base, not from 0.
            new RuleCase("dma-window-in-mask", p -> board(p, 0).setWindowBaseAddress(4 * GIB), "messages",
                "bufferBaseAddress", p -> board(p, 4 * GIB).setWindowBaseAddress(4 * GIB)),
            new RuleCase("dma-window-in-mask", p -> board(p, 5 * GIB).setWindowBaseAddress(4 * GIB), "messages",
                "bufferWindowBytes", p -> board(p, 5 * GIB - (1 << 20)).setWindowBaseAddress(4 * GIB)));
    }

    /** A board with a 30-bit mask writing 1 MiB of messages at {@code buffer}. */
    private static AgentBoardDmaEngine board(Platform p, long buffer) {
        AgentBoardDmaEngine board = PlatsimFactory.eINSTANCE.createAgentBoardDmaEngine();
        board.setName("agent0");
        board.setDmaAddressMaskBits(30);
        p.getDevices().add(board);
        DmaStream messages = PlatsimFactory.eINSTANCE.createDmaStream();
        messages.setName("messages");
        messages.setDevice(board);
        messages.setBufferBaseAddress(buffer);
        messages.setBufferWindowBytes(1 << 20);
        p.getWorkloads().add(messages);
        return board;
    }
}
