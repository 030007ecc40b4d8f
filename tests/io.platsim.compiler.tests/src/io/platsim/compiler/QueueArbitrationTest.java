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
import io.platsim.model.Accelerator;
import io.platsim.model.Platform;
import io.platsim.model.PlatsimFactory;
import io.platsim.model.WorkQueue;
import io.platsim.model.WorkQueueMode;
import io.platsim.model.WorkSubmission;
import io.platsim.templates.Templates;

/**
 * An accelerator's engines serve all its queues, in proportion to the queues' priorities, and submissions that name
 * one queue share its entries: the engines are the accelerator's, not each submission's.
 */
class QueueArbitrationTest {

    private static final long SIMULATED_PS = 200_000_000L;
    private static final PlatsimFactory F = PlatsimFactory.eINSTANCE;

    /**
     * The two-socket example's accelerator with one engine taking 1 µs a descriptor, its shared queue at
     * {@code sharedPriority} and a second, dedicated queue at {@code otherPriority}, each submission offering five
     * times what the engine does. Returns the run.
     */
    private static PlatformSimulation run(int sharedPriority, int otherPriority) throws Exception {
        return run(sharedPriority, otherPriority, true);
    }

    private static PlatformSimulation run(int sharedPriority, int otherPriority, boolean second) throws Exception {
        Platform p = Templates.realistic("arbitration");
        WorkSubmission copies = (WorkSubmission) p.getWorkloads().stream().filter(WorkSubmission.class::isInstance)
            .findFirst().orElseThrow();
        WorkQueue shared = copies.getWorkQueue();
        Accelerator dsa = (Accelerator) shared.eContainer();
        dsa.setEngines(1);
        dsa.setDescriptorLatencyNs(1000);
        shared.setPriority(sharedPriority);
        copies.setDescriptorsPerUs(5);
        WorkQueue dedicated = F.createWorkQueue();
        dedicated.setName("dsa0-dwq");
        dedicated.setMode(WorkQueueMode.DEDICATED);
        dedicated.setDepth(shared.getDepth());
        dedicated.setPriority(otherPriority);
        dsa.getWorkQueues().add(dedicated);
        WorkSubmission other = F.createWorkSubmission();
        other.setName("dsa-other");
        other.setWorkQueue(dedicated);
        other.setDescriptorsPerUs(5);
        if (second) {
            p.getWorkloads().add(other);
        }
        var compiled = ModelCompiler.compile(p, new RunOverrides(SIMULATED_PS, null));
        PlatformSimulation sim = new PlatformSimulation(compiled.config(), TraceSink.NONE);
        assertTrue(sim.run(ps -> { }, () -> false));
        return sim;
    }

    @Test
    void twoQueuesShareTheAcceleratorsOneEngine() throws Exception {
        long alone = run(1, 1, false).work().completed(0);
        PlatformSimulation sim = run(1, 1);
        long done = sim.work().completed(0) + sim.work().completed(1);
        // One engine, a descriptor taking 1 µs besides its two 4 KiB copies: fewer than one per µs of the 190 µs.
        assertTrue(alone < 190, "one engine alone finished " + alone + " descriptors in 190 µs");
        assertEquals(alone, done, alone * 0.05, "two queues get no more from the one engine than one queue does");
        double share = (double) sim.work().completed(0) / done;
        assertEquals(0.5, share, 0.05, "equal priorities take turns: " + sim.work().completed(0) + " and "
            + sim.work().completed(1));
    }

    @Test
    void aQueueOfPrioritySixIssuesThreeTimesAsManyAsOneOfPriorityTwo() throws Exception {
        PlatformSimulation sim = run(6, 2);
        double ratio = (double) sim.work().completed(0) / sim.work().completed(1);
        assertEquals(3.0, ratio, 0.3, sim.work().completed(0) + " against " + sim.work().completed(1));
    }
}
