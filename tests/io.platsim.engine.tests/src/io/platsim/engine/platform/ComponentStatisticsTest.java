/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.platform;

import static io.platsim.engine.platform.Platforms.NS;
import static io.platsim.engine.platform.Platforms.US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.platsim.engine.component.Component;
import io.platsim.engine.component.ComponentSpec;
import io.platsim.engine.config.CpuStreamConfig;
import io.platsim.engine.trace.TraceSink;

/** A component's counts are reported as their growth after the warm-up, its levels as they stand at the end. */
class ComponentStatisticsTest {

    private static long statistic(PlatformSimulation sim, String kind, String name) {
        for (Component component : sim.netlist().components()) {
            for (ComponentSpec.Stat stat : component.spec().stats()) {
                if (component.spec().kind().equals(kind) && stat.name().equals(name)) {
                    return sim.statistic(stat);
                }
            }
        }
        throw new AssertionError("no " + kind + " statistic " + name);
    }

    @Test
    void theSnoopFilterReportsTheLinesItTracksNotTheirGrowth() {
        // A core reads and writes 16 KiB over and over: its 256 lines are in its L1 long before the 10 us warm-up
        // ends, and stay there.
        CpuStreamConfig core = CpuStreamConfig.of("cpu", 0, 1).accesses(1e9, 0.5).buffer(0, 16 << 10, 0).build();
        PlatformSimulation sim = new PlatformSimulation(Platforms.platform(1, 2, Platforms.nic(false, 800 * NS, true),
            List.of(), List.of(core), 100 * US), TraceSink.NONE);
        assertTrue(sim.run(ps -> { }, () -> false));
        assertEquals(256, statistic(sim, "socket", "snoop_filter_lines"), "the snoop filter tracks the core's lines");
        assertTrue(sim.cpuStream(0).transfers() > 50_000, "the core kept at it: " + sim.cpuStream(0).transfers());
        assertEquals(0, statistic(sim, "socket", "core_writebacks"), "a count: nothing written back after warm-up");
    }
}
