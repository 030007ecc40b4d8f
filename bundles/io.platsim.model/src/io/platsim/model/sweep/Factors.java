/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.sweep;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.platsim.model.Platform;

/** Sweeps and factors built in code, for the example sweeps, the benchmarks and whoever writes sweeps by program. */
public final class Factors {

    private Factors() {
    }

    /** A factor that gives {@code element}'s {@code attribute} each of {@code values}, in turn. */
    public static Factor listed(EObject element, String attribute, String... values) {
        Factor factor = SweepFactory.eINSTANCE.createFactor();
        factor.setElement(element);
        factor.setAttribute(attribute);
        factor.setScale(FactorScale.LIST);
        factor.getValues().addAll(List.of(values));
        return factor;
    }

    /** A factor that spreads {@code element}'s {@code attribute} over {@code steps} values between two ends. */
    public static Factor range(EObject element, String attribute, FactorScale scale, double from, double to,
            int steps) {
        Factor factor = SweepFactory.eINSTANCE.createFactor();
        factor.setElement(element);
        factor.setAttribute(attribute);
        factor.setScale(scale);
        factor.setFrom(from);
        factor.setTo(to);
        factor.setSteps(steps);
        return factor;
    }

    /**
     * A full-factorial sweep of {@code base} over {@code factors}, {@code replications} seeds a point,
     * {@code durationUs} simulated each, collecting {@code responses}.
     */
    public static Sweep sweep(Platform base, int replications, double durationUs, List<Factor> factors,
            String... responses) {
        Sweep sweep = SweepFactory.eINSTANCE.createSweep();
        sweep.setBase(base);
        sweep.setDesign(SweepDesign.FULL_FACTORIAL);
        sweep.setReplications(replications);
        sweep.setDurationUs(durationUs);
        sweep.getFactors().addAll(factors);
        sweep.getResponses().addAll(List.of(responses));
        return sweep;
    }
}
