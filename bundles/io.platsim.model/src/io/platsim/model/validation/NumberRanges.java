/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.validation;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

import io.platsim.model.Platform;
import io.platsim.model.labels.FieldLabels;

/**
 * Every number a model holds lies within the range its metamodel attribute declares (the {@value #SOURCE}
 * annotation: {@code min} and {@code max}, what the engine can honour), and is finite: a NaN, an infinity, a
 * negative time or a count near 2^31 never reaches the compiler or the engine.
 */
public final class NumberRanges {

    /** The annotation source that declares an attribute's range. */
    public static final String SOURCE = "http://platsim.io/range";

    private NumberRanges() {
    }

    static List<Rule> rules() {
        return List.of(Rule.error("number-range", "Every number lies within its field's range, and is finite.",
            NumberRanges::check));
    }

    private static void check(Platform platform, Problems out) {
        check(platform, out::report);
        platform.eAllContents().forEachRemaining(element -> check(element, out::report));
    }

    /** Where a number out of its range is reported. */
    @FunctionalInterface
    public interface Report {
        void report(EObject element, EAttribute field, String message);
    }

    /** Checks every ranged number of {@code element} itself (not its contents), reporting each one outside. */
    public static void check(EObject element, Report out) {
        for (EAttribute attribute : element.eClass().getEAllAttributes()) {
            EAnnotation range = attribute.getEAnnotation(SOURCE);
            if (range == null || attribute.isMany() || !(element.eGet(attribute) instanceof Number number)) {
                continue;
            }
            double min = Double.parseDouble(range.getDetails().get("min"));
            double max = Double.parseDouble(range.getDetails().get("max"));
            double value = number.doubleValue();
            if (!(value >= min && value <= max)) {
                out.report(element, attribute, shown(number) + " is out of range for "
                    + FieldLabels.field(attribute).toLowerCase(Locale.ROOT) + "; use " + shown(min) + " to "
                    + shown(max));
            }
        }
    }

    /** The range declared for {@code attribute}, as {@code {min, max}}, or null when it declares none. */
    public static double[] of(EAttribute attribute) {
        EAnnotation range = attribute.getEAnnotation(SOURCE);
        return range == null ? null : new double[] {Double.parseDouble(range.getDetails().get("min")),
            Double.parseDouble(range.getDetails().get("max"))};
    }

    private static String shown(Number value) {
        double v = value.doubleValue();
        if (value instanceof Double && (Double.isNaN(v) || Double.isInfinite(v))) {
            return String.valueOf(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
