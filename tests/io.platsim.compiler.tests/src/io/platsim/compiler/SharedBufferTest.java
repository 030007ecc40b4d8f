/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.platsim.engine.config.CpuStreamConfig;
import io.platsim.engine.config.DmaStreamConfig;
import io.platsim.model.CpuAccessKind;
import io.platsim.model.CpuAccessStream;
import io.platsim.model.DmaStream;
import io.platsim.model.NumaPlacement;
import io.platsim.model.Platform;
import io.platsim.model.PlatsimFactory;
import io.platsim.templates.Templates;

/** A CPU stream that shares a DMA stream's buffer touches that buffer, where that stream's placement homes it. */
class SharedBufferTest {

    @Test
    void aCoreReadsTheBufferTheNicWritesOnTheSocketItIsPlacedOn() throws CompileException {
        Platform platform = Templates.realistic("shared");
        DmaStream rx = platform.getWorkloads().stream().filter(DmaStream.class::isInstance).map(DmaStream.class::cast)
            .filter(s -> s.getName().equals("nic-rx")).findFirst().orElseThrow();
        rx.setBufferBaseAddress(3L << 30);
        rx.setBufferWindowBytes(1 << 20);
        rx.setNumaPlacement(NumaPlacement.REMOTE);
        CpuAccessStream reader = PlatsimFactory.eINSTANCE.createCpuAccessStream();
        reader.setName("consumer");
        reader.setKind(CpuAccessKind.READ);
        reader.setCore(platform.getSockets().get(0).getCores().get(3));
        reader.setSharedWith(rx);
        platform.getWorkloads().add(reader);

        CompiledPlatform compiled = ModelCompiler.compile(platform, new RunOverrides(1_000_000L, null));
        DmaStreamConfig dma = compiled.config().streams().stream().filter(s -> s.name().equals("nic-rx"))
            .findFirst().orElseThrow();
        CpuStreamConfig cpu = compiled.config().cpuStreams().stream().filter(s -> s.name().equals("consumer"))
            .findFirst().orElseThrow();
        assertEquals(3L << 30, cpu.bufferBase());
        assertEquals(1 << 20, cpu.bufferBytes());
        assertEquals(dma.homeSocket(), cpu.homeSocket(), "the NIC's buffer is on the other socket; so is the core's");
        assertEquals(1, cpu.homeSocket());
    }
}
