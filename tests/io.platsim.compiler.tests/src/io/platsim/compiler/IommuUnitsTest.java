/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.platsim.engine.component.Component;
import io.platsim.engine.config.RootPortConfig;
import io.platsim.engine.platform.PlatformSimulation;
import io.platsim.engine.trace.TraceSink;
import io.platsim.model.persistence.LoadResult;
import io.platsim.model.persistence.ModelFiles;

/**
 * The two-socket example's one IOMMU covers a root complex on each socket: it runs as a remapping unit per socket,
 * each with its page tables in its own socket's memory, so the NVMe drive's walks on socket 1 read socket 1's
 * memory and the NIC's on socket 0 read socket 0's.
 */
class IommuUnitsTest {

    @Test
    void anIommuOverTwoSocketsIsAUnitPerSocketWithItsTablesThere() throws Exception {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        LoadResult loaded = ModelFiles.load(dir.resolve("examples/workspace/PlatSim Examples")
            .resolve("two-socket-server.platsim"));
        assertTrue(loaded.ok(), loaded.errors().toString());
        CompiledPlatform compiled = ModelCompiler.compile(loaded.platform(), new RunOverrides(100_000_000L, null));
        Set<Integer> sockets = new TreeSet<>();
        for (RootPortConfig port : compiled.config().rootPorts()) {
            if (port.iommu() != null) {
                assertEquals(port.socket(), port.iommu().socket(), port.name() + "'s IOMMU keeps its tables there");
                sockets.add(port.socket());
            }
        }
        assertEquals(Set.of(0, 1), sockets, "both sockets' root ports are covered");
        PlatformSimulation sim = new PlatformSimulation(compiled.config(), TraceSink.NONE);
        assertTrue(sim.run(ps -> { }, () -> false));
        Set<String> units = new TreeSet<>();
        for (Component component : sim.netlist().components()) {
            if (component.spec().kind().equals("iommu")) {
                units.add(component.spec().name());
            }
        }
        assertEquals(Set.of("iommu0@socket0", "iommu0@socket1"), units);
    }
}
