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
 * Seed scenario 10, memory registration, from its saved files: an RDMA NIC's translation cache misses grow with
 * the registered footprint and cost throughput; huge pages bring it back; an IOMMU adds its own misses.
 */
class RdmaScenariosTest {

    private static final String FOLDER = "10-memory-registration/";

    /** One run's figures: throughput, mean latency and its translation part, and the share of lookups missed. */
    private record Figures(double gbps, double meanNs, double translationNs, double missShare) {
    }

    private static Figures run(String variant) throws Exception {
        PlatformSimulation sim = SavedScenarios.run(FOLDER + variant + ".platsim", platform -> { });
        var stats = sim.stream(0);
        double gbps = stats.deliveredBytes() * 8.0 / (SavedScenarios.SIMULATED_PS / 1000.0);
        return new Figures(gbps, stats.latency().mean() / 1000, stats.meanIommuPs() / 1000,
            (double) statistic(sim, "translation_misses") / Math.max(1, statistic(sim, "translation_lookups")));
    }

    private static long statistic(PlatformSimulation sim, String name) {
        return SavedScenarios.statistic(sim, "device", name);
    }

    @Test
    void translationMissesGrowWithTheRegisteredFootprintAndCostThroughput() throws Exception {
        Figures small = run("footprint-1m");
        Figures medium = run("footprint-16m");
        Figures large = run("footprint-256m");
        System.out.println("registration: 1m " + small + "; 16m " + medium + "; 256m " + large);
        // Pages not touched yet in the warm-up still miss once: a message at a random line spans two pages.
        assertTrue(small.missShare() < 0.01, "1 MiB is within the cache's 4 MiB reach");
        assertEquals(0.75, medium.missShare(), 0.06, "16 MiB: the cache holds a quarter of the pages");
        assertTrue(large.missShare() > 0.98, "256 MiB: nearly every lookup misses");
        assertTrue(medium.translationNs() > small.translationNs() && large.translationNs() > medium.translationNs());
        assertTrue(large.gbps() < medium.gbps() && medium.gbps() < 0.9 * small.gbps(), "misses cost throughput");
        assertTrue(large.meanNs() > medium.meanNs() && medium.meanNs() > small.meanNs());
    }

    /**
     * Microseconds of the core's time to register and deregister one MiB, over the rounds done in 3 ms (sixteen
     * small regions take a core about 1.5 ms a round).
     */
    private static double usPerMib(String variant, long regionBytes) throws Exception {
        long duration = 3_000_000_000L;
        PlatformSimulation sim = SavedScenarios.run(FOLDER + variant + ".platsim", duration, platform -> { });
        long regions = statistic(sim, "registrations");
        assertTrue(regions > 0, variant + " registered nothing after the warm-up");
        // One core registers: rounds count once done, so their time fits in the run.
        assertTrue(statistic(sim, "registration_ps") <= duration, variant + ": " + statistic(sim, "registration_ps"));
        return statistic(sim, "registration_ps") / 1e6 / (regions * (double) regionBytes / (1 << 20));
    }

    @Test
    void manySmallRegionsCostMoreThanOneLargeAndTheIommuAndFlushesAddToIt() throws Exception {
        double many = usPerMib("register-many-small", 64 << 10);
        double one = usPerMib("register-one-large", 1 << 20);
        double iommu = usPerMib("register-one-large-iommu", 1 << 20);
        double flushed = usPerMib("register-one-large-non-coherent", 1 << 20);
        System.out.printf("registering a MiB: 16 regions %.1f µs, one %.1f µs, with an IOMMU %.1f µs, without "
            + "coherence %.1f µs%n", many, one, iommu, flushed);
        assertTrue(many > 10 * one, "the fixed costs sixteen times over");
        assertTrue(iommu > one, "mapping through the IOMMU adds to a registration");
        assertTrue(flushed > one, "flushing the entries adds to it");
    }

    @Test
    void hugePagesBringTheThroughputBackAndAnIommuAddsItsOwnMisses() throws Exception {
        Figures small = run("footprint-1m");
        Figures large = run("footprint-256m");
        Figures huge = run("footprint-256m-huge-pages");
        Figures medium = run("footprint-16m");
        Figures iommu = run("footprint-16m-iommu");
        System.out.println("registration: huge " + huge + "; 16m iommu " + iommu);
        assertTrue(huge.missShare() < 0.01, "128 entries of 2 MiB reach 256 MiB");
        assertTrue(huge.gbps() > 2 * large.gbps() && huge.gbps() > 0.95 * small.gbps());
        assertTrue(iommu.meanNs() > medium.meanNs() && iommu.gbps() < medium.gbps(), "IOTLB misses add to the NIC's");
    }
}
