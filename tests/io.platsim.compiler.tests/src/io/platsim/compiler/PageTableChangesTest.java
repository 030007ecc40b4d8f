/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.platsim.engine.platform.PlatformSimulation;
import io.platsim.engine.trace.TraceSink;
import io.platsim.model.Platform;
import io.platsim.templates.Templates;

/**
 * Shared virtual addressing: when the process's CPU page tables change, the pages its accelerators use are
 * invalidated in the device TLBs, and the devices must ask for those translations again.
 */
class PageTableChangesTest {

    private static final long SIMULATED_PS = 200_000_000L;

    private static PlatformSimulation run(double changesPerUs) throws Exception {
        Platform soc = Templates.create("soc", "soc");
        soc.getProcesses().get(0).setPageTableChangesPerUs(changesPerUs);
        var compiled = ModelCompiler.compile(soc, new RunOverrides(SIMULATED_PS, null));
        PlatformSimulation sim = new PlatformSimulation(compiled.config(), TraceSink.NONE);
        assertTrue(sim.run(ps -> { }, () -> false));
        return sim;
    }

    private static long sum(PlatformSimulation sim, java.util.function.IntToLongFunction perQueue) {
        long total = 0;
        for (int w = 0; w < 2; w++) {
            total += perQueue.applyAsLong(w);
        }
        return total;
    }

    @Test
    void pageTableChangesInvalidateDeviceTlbEntriesAndCostTranslations() throws Exception {
        PlatformSimulation still = run(0);
        PlatformSimulation changing = run(2.0);
        assertEquals(0, sum(still, w -> still.work().invalidations(w)), "no change, no invalidation");
        long invalidated = sum(changing, w -> changing.work().invalidations(w));
        assertTrue(invalidated > 100, "2 changes per µs over 100 µs of 16 pages held: " + invalidated);
        long missesStill = sum(still, w -> still.work().atsMisses(w));
        long missesChanging = sum(changing, w -> changing.work().atsMisses(w));
        assertTrue(missesChanging >= missesStill + invalidated / 2,
            "invalidated pages are asked for again: " + missesStill + " -> " + missesChanging + " misses after "
                + invalidated + " invalidations");
    }
}
