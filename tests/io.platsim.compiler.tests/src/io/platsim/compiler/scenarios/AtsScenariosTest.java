/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.compiler.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.platsim.engine.platform.PlatformSimulation;

/**
 * An accelerator with ATS (scenario 5's shared work queue behind a scalable-mode IOMMU) sends the addresses its own
 * TLB translated, and the IOMMU lets them through: it translates only the requests the device TLB could not
 * answer, each once.
 */
class AtsScenariosTest {

    @Test
    void theIommuTranslatesOnlyWhatTheDeviceTlbMissed() throws Exception {
        PlatformSimulation held = SavedScenarios.run("5-shared-work-queue/submitters-4.platsim", p -> { });
        assertEquals(0, held.work().atsMisses(0), "4 submitters' 8 pages stay in the 64-entry device TLB");
        assertEquals(0, SavedScenarios.statistic(held, "iommu", "lookups"), "so the IOMMU translates nothing");
        assertTrue(held.work().completed(0) > 0);

        PlatformSimulation missing = SavedScenarios.run("5-shared-work-queue/submitters-128.platsim", p -> { });
        long misses = missing.work().atsMisses(0);
        assertTrue(misses > 0, "128 submitters' 256 pages do not fit it");
        assertEquals(misses, SavedScenarios.statistic(missing, "iommu", "lookups"), 2,
            "one IOMMU lookup a translation request");
    }

    @Test
    void anAbsentPageIsAskedForBeforeAndAfterItsPageRequest() throws Exception {
        PlatformSimulation faulting = SavedScenarios.run("5-shared-work-queue/page-faults-10pct.platsim", p -> { });
        long requests = faulting.work().pageRequests(0);
        assertTrue(requests > 0, "one descriptor in ten has its pages absent");
        // The IOMMU's walk finds no entry, PRI brings the page in, and the device asks again.
        assertTrue(faulting.work().atsMisses(0) >= 2 * requests,
            faulting.work().atsMisses(0) + " translation requests for " + requests + " page requests");
        assertEquals(0, SavedScenarios.statistic(faulting, "iommu", "faults"), "nothing is dropped");
    }
}
