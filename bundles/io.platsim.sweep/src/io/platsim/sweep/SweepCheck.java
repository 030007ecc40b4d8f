/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.platsim.model.labels.FieldLabels;
import io.platsim.model.sweep.Factor;
import io.platsim.model.sweep.FactorScale;
import io.platsim.model.sweep.Sweep;
import io.platsim.model.sweep.SweepPackage.Literals;
import io.platsim.sweep.design.FactorValues;
import io.platsim.sweep.design.FactorValues.Kind;

/**
 * What makes a sweep unusable, each said with the file, the element (the sweep or its factor N) and the field: no
 * factor, no response, a field the element does not have or a sweep cannot vary, a value the field cannot take, a
 * range that is empty or not finite, and numbers the sweep itself cannot use.
 */
public final class SweepCheck {

    /** A response is a path of names and indexes into summary.json: devices/0/streams/0/throughput_gbps. */
    private static final Pattern RESPONSE = Pattern.compile("[a-z0-9_]+(/[a-z0-9_]+)*");
    private static final int MAX_RUNS = 1_000_000;

    private SweepCheck() {
    }

    /** The problems of {@code sweep}, whose factors' elements are resolved; {@code file} is how to name it. */
    public static List<String> check(String file, Sweep sweep) {
        List<String> problems = new ArrayList<>();
        String at = file + ": sweep";
        if (sweep.getFactors().isEmpty()) {
            problems.add(at + ": " + field(Literals.SWEEP__FACTORS) + ": no factor to vary");
        }
        if (sweep.getResponses().isEmpty()) {
            problems.add(at + ": " + field(Literals.SWEEP__RESPONSES)
                + ": no response to collect (docs/run-folder.md lists the figures)");
        }
        for (String response : sweep.getResponses()) {
            if (response == null || !RESPONSE.matcher(response).matches()) {
                problems.add(at + ": " + field(Literals.SWEEP__RESPONSES) + ": '" + response
                    + "' is not a path into summary.json");
            }
        }
        range(problems, at, Literals.SWEEP__REPLICATIONS, sweep.getReplications(), 1, 1000);
        range(problems, at, Literals.SWEEP__SAMPLES, sweep.getSamples(), 1, 100_000);
        if (!(sweep.getDurationUs() >= 0 && sweep.getDurationUs() <= 1e9)) {
            problems.add(at + ": " + field(Literals.SWEEP__DURATION_US) + ": " + sweep.getDurationUs()
                + " is not between 0 and 1e9");
        }
        Set<String> varied = new HashSet<>();
        long product = 1;
        long oneAtATime = 1;
        boolean counted = true;
        for (int i = 0; i < sweep.getFactors().size(); i++) {
            Factor factor = sweep.getFactors().get(i);
            EObject element = factor.getElement();
            if (element == null || element.eIsProxy()) {
                continue; // said by the loader
            }
            String name = file + ": factor " + (i + 1) + " (" + FactorValues.label(factor) + ")";
            List<String> found = factorProblems(name, factor);
            problems.addAll(found);
            if (found.isEmpty()) {
                int levels = FactorValues.levels(factor).size();
                product = Math.min(MAX_RUNS + 1L, product * levels);
                oneAtATime += levels - 1;
            } else {
                counted = false;
            }
            if (!varied.add(EcoreUtil.getURI(element) + "#" + factor.getAttribute())) {
                EStructuralFeature feature = FactorValues.feature(factor);
                problems.add(name + ": " + field(Literals.FACTOR__ATTRIBUTE) + ": another factor already varies '"
                    + (feature == null ? factor.getAttribute() : FieldLabels.field(feature)) + "' of this element");
            }
        }
        long points = switch (sweep.getDesign()) {
            case FULL_FACTORIAL -> product;
            case SENSITIVITY -> oneAtATime;
            case LATIN_HYPERCUBE, SOBOL -> sweep.getSamples();
        };
        if (counted && points * Math.max(1, sweep.getReplications()) > MAX_RUNS) {
            problems.add(at + ": the design would run " + (points >= MAX_RUNS ? "more than " + MAX_RUNS
                : points * sweep.getReplications()) + " runs, more than " + MAX_RUNS + "; use fewer values, "
                + "replications or samples, or a sampled design");
        }
        return problems;
    }

    private static List<String> factorProblems(String name, Factor factor) {
        List<String> problems = new ArrayList<>();
        EStructuralFeature attribute = FactorValues.feature(factor);
        if (attribute == null) {
            EStructuralFeature feature = factor.getAttribute() == null ? null
                : factor.getElement().eClass().getEStructuralFeature(factor.getAttribute());
            problems.add(name + ": " + field(Literals.FACTOR__ATTRIBUTE) + ": " + factor.getElement().eClass().getName()
                + (feature == null ? " has no field '" + factor.getAttribute() + "'"
                    : "'s field '" + FieldLabels.field(feature)
                        + "' cannot be swept (not a single changeable value or a list of references)"));
            return problems;
        }
        Kind kind = FactorValues.kind(attribute);
        if (kind == Kind.UNSUPPORTED) {
            problems.add(name + ": " + field(Literals.FACTOR__ATTRIBUTE) + ": '" + FieldLabels.field(attribute)
                + "' holds text; a sweep varies "
                + "numbers, booleans and enumerations");
            return problems;
        }
        if (factor.getScale() == FactorScale.LIST) {
            if (factor.getValues().isEmpty()) {
                problems.add(name + ": " + field(Literals.FACTOR__VALUES) + ": no value listed");
            }
            for (String value : factor.getValues()) {
                String refusal = FactorValues.refusal(factor.getElement(), attribute, value);
                if (refusal != null) {
                    problems.add(name + ": " + field(Literals.FACTOR__VALUES) + ": " + refusal);
                }
            }
            return problems;
        }
        if (kind != Kind.WHOLE && kind != Kind.REAL && kind != Kind.COUNT) {
            problems.add(name + ": " + field(Literals.FACTOR__SCALE)
                + ": a range needs a number field; list the values of '"
                + FieldLabels.field(attribute) + "' instead");
            return problems;
        }
        if (!Double.isFinite(factor.getFrom()) || !Double.isFinite(factor.getTo())) {
            problems.add(name + ": " + field(Literals.FACTOR__FROM) + ": the range " + factor.getFrom() + " to "
                + factor.getTo()
                + " is not finite");
        } else if (factor.getFrom() == factor.getTo()) {
            problems.add(name + ": " + field(Literals.FACTOR__TO) + ": the range is empty (from equals to)");
        } else if (factor.getScale() == FactorScale.LOGARITHMIC && (factor.getFrom() <= 0 || factor.getTo() <= 0)) {
            problems.add(name + ": " + field(Literals.FACTOR__FROM)
                + ": a logarithmic range needs both ends above zero");
        }
        range(problems, name, Literals.FACTOR__STEPS, factor.getSteps(), 2, 10_000);
        if ((kind == Kind.COUNT || kind == Kind.WHOLE) && problems.isEmpty()) {
            for (String end : List.of(FactorValues.at(factor, 0), FactorValues.at(factor, 1))) {
                String refusal = FactorValues.refusal(factor.getElement(), attribute, end);
                if (refusal != null) {
                    problems.add(name + ": " + field(Literals.FACTOR__FROM) + ": " + refusal);
                }
            }
        }
        return problems;
    }

    private static void range(List<String> problems, String at, EStructuralFeature field, int value, int min,
            int max) {
        if (value < min || value > max) {
            problems.add(at + ": " + field(field) + ": " + value + " is not between " + min + " and " + max);
        }
    }

    /** A field of the sweep as its editor and the Properties view name it: "field 'Duration (µs)'". */
    static String field(EStructuralFeature field) {
        return "field '" + FieldLabels.field(field) + "'";
    }
}
