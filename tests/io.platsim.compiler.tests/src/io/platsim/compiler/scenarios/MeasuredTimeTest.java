/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.compiler.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;

import io.platsim.engine.platform.PlatformSimulation;
import io.platsim.engine.stats.LatencyHistogram;

/**
 * What a run counts is what happened in its measured time, from the warm-up's end to the run's: an access or a
 * submission issued at the last instant has not been answered and does not count, and a figure per transaction is
 * what the counted transactions cost, wherever the run happens to end.
 */
class MeasuredTimeTest {

    private static final long US = 1_000_000L;

    /** {@code figure} of saved model {@code file} run for 50, 70, ... 130 us after its warm-up. */
    private static List<Double> overRunLengths(String file, ToDoubleFunction<PlatformSimulation> figure)
            throws Exception {
        List<Double> figures = new ArrayList<>();
        for (long us = 50; us <= 130; us += 20) {
            figures.add(figure.applyAsDouble(SavedScenarios.run(file, us * US, p -> { })));
        }
        return figures;
    }

    /** Every figure of {@code figures} is the first one, to a thousandth, and at least {@code least}. */
    private static void assertSteady(double least, List<Double> figures, String what) {
        assertSteady(least, figures, what, 1e-3);
    }

    private static void assertSteady(double least, List<Double> figures, String what, double tolerance) {
        double first = figures.get(0);
        assertTrue(first >= least, what + ": " + first + ", at least " + least);
        for (double figure : figures) {
            assertEquals(first, figure, first * tolerance, what + " over runs of 50 to 130 us: " + figures);
        }
    }

    @Test
    void aTransactionsCostsCountWithIt() throws Exception {
        // One connection, every transaction alike: its mapping (and its back end's copies) cost the same each time,
        // so the figure per transaction is one number however many transactions the run holds. Strict: two unmaps
        // each wait for the host's 689 ns invalidation; deferred queues them; vhost copies two packets.
        assertSteady(2 * 0.689, overRunLengths("../validation/riommu/riommu-brcm-rr-strict.platsim",
            sim -> sim.flows().mappingPs(0) / 1e6 / sim.flows().transactions(0)), "strict mapping us a transaction");
        // Deferred unmaps' ranges come back to the allocator only after the flush of 256 (past these runs), so the
        // allocations walk a tree of live ranges that grows a level now and then: alike within 1%.
        assertSteady(0.1, overRunLengths("../validation/riommu/riommu-brcm-rr-deferred.platsim",
            sim -> sim.flows().mappingPs(0) / 1e6 / sim.flows().transactions(0)), "deferred mapping us a transaction",
            0.01);
        assertSteady(0.1, overRunLengths("2-vm-exits/virtio-vhost.platsim",
            sim -> sim.flows().backendPs(0) / 1e6 / sim.flows().transactions(0)), "vhost us a transaction");
    }

    @Test
    void anAccessCountsWhenItIsDoneInTheMeasuredTime() throws Exception {
        // Intel MLC's latency model: one load a microsecond.
        List<Double> loads = overRunLengths("../validation/mlc-icelake/mlc-dram-local.platsim",
            sim -> sim.cpuStream(0).transfers());
        assertEquals(List.of(50.0, 70.0, 90.0, 110.0, 130.0), loads, "one load a microsecond");
    }

    @Test
    void aSubmissionCountsWhenItIsAnswered() throws Exception {
        // Four submitters at 100,000 descriptors a second each, and engines to spare: all accepted, all done.
        List<Double> submitted = new ArrayList<>();
        List<Double> completed = new ArrayList<>();
        overRunLengths("5-shared-work-queue/submitters-4.platsim", sim -> {
            submitted.add((double) sim.work().submitted(0));
            completed.add((double) sim.work().completed(0));
            return 0;
        });
        assertEquals(List.of(20.0, 28.0, 36.0, 44.0, 52.0), submitted, "0.4 descriptors a microsecond");
        assertEquals(submitted, completed, "nothing waits");
    }

    @Test
    void oneDescriptorInTenFaults() throws Exception {
        PlatformSimulation sim = SavedScenarios.run("5-shared-work-queue/page-faults-10pct.platsim", 1_000 * US,
            p -> { });
        LatencyHistogram descriptors = sim.work().latency(0);
        long usual = descriptors.percentile(0.5);
        // Descriptors that waited for a fault-in: the slowest, several times the usual time.
        long count = descriptors.count();
        long faulted = 0;
        for (long k = 1; k <= count; k++) {
            faulted += descriptors.percentile((double) k / count) > 3 * usual ? 1 : 0;
        }
        assertEquals(0.1, (double) faulted / count, 0.03, faulted + " of " + count + " descriptors faulted");
        // A faulting descriptor's two pages are both absent: two page requests each.
        assertEquals(2 * faulted, sim.work().pageRequests(0), 2, "page requests of " + faulted + " faults");
    }
}
