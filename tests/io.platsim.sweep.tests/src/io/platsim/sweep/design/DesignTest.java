/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.platsim.sweep.Sweeps;
import io.platsim.model.DmaStream;
import io.platsim.model.PcieLink;
import io.platsim.model.Platform;
import io.platsim.model.sweep.Factor;
import io.platsim.model.sweep.FactorScale;
import io.platsim.model.sweep.Factors;
import io.platsim.model.sweep.Sweep;
import io.platsim.model.sweep.SweepDesign;
import io.platsim.model.sweep.SweepFactory;
import io.platsim.sweep.results.ResponseStats;

/** The points each design gives, the values a range gives, the seeds, and the statistics of a response. */
class DesignTest {

    @TempDir
    Path temp;

    private Sweep sweep(Platform lab, SweepDesign design, Factor... factors) {
        Sweep sweep = SweepFactory.eINSTANCE.createSweep();
        sweep.setBase(lab);
        sweep.setDesign(design);
        sweep.getFactors().addAll(List.of(factors));
        return sweep;
    }

    private static Factor range(Object element, String attribute, FactorScale scale, double from, double to,
            int steps) {
        return Factors.range((org.eclipse.emf.ecore.EObject) element, attribute, scale, from, to, steps);
    }

    @Test
    void aFullFactorialRunsEveryCombinationLastFactorFastest() throws Exception {
        Platform lab = Sweeps.lab(temp);
        PcieLink link = lab.getPcieLinks().get(0);
        DmaStream rx = (DmaStream) lab.getWorkloads().get(0);
        List<Point> points = Design.points(sweep(lab, SweepDesign.FULL_FACTORIAL,
            Sweeps.listed(link, "lanes", "4", "8", "16"), Sweeps.listed(rx, "rateGbps", "10", "20")));
        assertEquals(6, points.size());
        assertEquals(List.of("4", "10"), points.get(0).values());
        assertEquals(List.of("4", "20"), points.get(1).values());
        assertEquals(List.of("16", "20"), points.get(5).values());
        assertEquals("P0006", points.get(5).id());
    }

    @Test
    void sensitivityMovesOneFactorAtATimeFromTheBaseModel() throws Exception {
        Platform lab = Sweeps.lab(temp);
        PcieLink link = lab.getPcieLinks().get(0);
        DmaStream rx = (DmaStream) lab.getWorkloads().get(0);
        List<Point> points = Design.points(sweep(lab, SweepDesign.SENSITIVITY,
            Sweeps.listed(link, "lanes", "4", "8", "16"), Sweeps.listed(rx, "rateGbps", "10", "20", "40")));
        assertEquals(List.of("8", "20.0"), points.get(0).values(), "the base model: x8 at 20 Gb/s, as its file says");
        assertEquals(-1, points.get(0).varied());
        assertEquals(5, points.size(), "the base, two other lane counts, two other rates");
        assertEquals(List.of("4", "20.0"), points.get(1).values());
        assertEquals(0, points.get(1).varied());
        assertEquals(List.of("8", "40"), points.get(4).values());
        assertEquals(1, points.get(4).varied());
    }

    @Test
    void rangesGiveEvenStepsWholeNumbersForWholeFieldsAndTheirEndsExactly() throws Exception {
        Platform lab = Sweeps.lab(temp);
        DmaStream rx = (DmaStream) lab.getWorkloads().get(0);
        assertEquals(List.of("10", "20", "30", "40"),
            FactorValues.levels(range(rx, "rateGbps", FactorScale.LINEAR, 10, 40, 4)));
        assertEquals(List.of("1", "10", "100", "1000"),
            FactorValues.levels(range(rx, "rateGbps", FactorScale.LOGARITHMIC, 1, 1000, 4)));
        assertEquals(List.of("64", "181", "512", "1448", "4096"),
            FactorValues.levels(range(rx, "sizeBytes", FactorScale.LOGARITHMIC, 64, 4096, 5)),
            "a whole-number field takes each step rounded");
        assertEquals(List.of("1", "2"),
            FactorValues.levels(range(rx, "sizeBytes", FactorScale.LINEAR, 1, 2, 4)),
            "rounded steps that meet are taken once");
    }

    @Test
    void aLatinHypercubeUsesEachStratumOfEachFactorOnceAndRepeatsFromItsSeed() throws Exception {
        Platform lab = Sweeps.lab(temp);
        DmaStream rx = (DmaStream) lab.getWorkloads().get(0);
        Sweep sweep = sweep(lab, SweepDesign.LATIN_HYPERCUBE, range(rx, "rateGbps", FactorScale.LINEAR, 0, 10, 2),
            range(rx, "driverWorkNs", FactorScale.LINEAR, 0, 10, 2));
        sweep.setSamples(10);
        List<Point> points = Design.points(sweep);
        assertEquals(10, points.size());
        for (int f = 0; f < 2; f++) {
            Set<Integer> strata = new HashSet<>();
            for (Point point : points) {
                strata.add((int) Math.floor(Double.parseDouble(point.values().get(f))));
            }
            assertEquals(10, strata.size(), "each of the ten strata of factor " + f + " once: " + points);
        }
        assertEquals(points, Design.points(sweep), "the same seed, the same points");
        sweep.setSeed(2);
        assertTrue(!points.equals(Design.points(sweep)), "another seed, other points");
    }

    @Test
    void aSobolDesignStartsAfterTheOriginAndSpreadsOverTheRange() throws Exception {
        Platform lab = Sweeps.lab(temp);
        DmaStream rx = (DmaStream) lab.getWorkloads().get(0);
        Sweep sweep = sweep(lab, SweepDesign.SOBOL, range(rx, "rateGbps", FactorScale.LINEAR, 0, 8, 2),
            range(rx, "driverWorkNs", FactorScale.LINEAR, 0, 8, 2));
        sweep.setSamples(3);
        List<Point> points = Design.points(sweep);
        assertEquals(List.of("4", "4"), points.get(0).values(), "the sequence's first point after its origin");
        assertEquals(List.of("6", "2"), points.get(1).values());
        assertEquals(List.of("2", "6"), points.get(2).values());
    }

    @Test
    void replicationsHaveSeedsFromTheSweepsSeedTheSameForEveryPoint() throws Exception {
        Sweep sweep = SweepFactory.eINSTANCE.createSweep();
        sweep.setReplications(4);
        long[] seeds = Design.seeds(sweep);
        assertEquals(4, seeds.length);
        assertEquals(4, java.util.Arrays.stream(seeds).distinct().count());
        assertTrue(java.util.Arrays.stream(seeds).allMatch(s -> s >= 0));
        assertArrayEquals(seeds, Design.seeds(sweep));
        sweep.setSeed(9);
        assertTrue(seeds[0] != Design.seeds(sweep)[0]);
    }

    @Test
    void aResponsesIntervalIsStudentsT() {
        ResponseStats stats = ResponseStats.of(new double[] {10, 12, 14, Double.NaN});
        assertEquals(3, stats.n(), "a run without the figure is left out");
        assertEquals(12, stats.mean(), 1e-12);
        assertEquals(2, stats.sd(), 1e-12);
        assertEquals(4.302652729911275 * 2 / Math.sqrt(3), stats.ci95(), 1e-9, "t(0.975, 2) = 4.3027");
        assertTrue(Double.isNaN(ResponseStats.of(new double[] {5}).ci95()), "one run: no interval");
        assertEquals("12 ± 4.968", stats.text());
        assertEquals("3,143,000 ± 0", new ResponseStats(2, 3_142_857.1, 0, 0).text(), "large figures grouped");
        assertEquals("0.548", new ResponseStats(1, 0.548, Double.NaN, Double.NaN).text());
        assertEquals("–", ResponseStats.of(new double[0]).text());
    }
}
