/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep.design;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.platsim.model.NamedElement;
import io.platsim.model.sweep.Factor;
import io.platsim.model.sweep.FactorScale;

/**
 * The values a factor takes, written as the model file writes them: the listed ones, or a range's steps; and the
 * value at a point of the unit interval, for the sampled designs.
 */
public final class FactorValues {

    /** Significant digits a range's values keep: enough for any setting, few enough to read. */
    private static final MathContext DIGITS = new MathContext(12);

    /**
     * What kind of value a field holds, as far as a sweep is concerned. A list of references (a flow's cores, an
     * interrupt controller's cores) is swept by its length: the point keeps the first N of the base model's list.
     */
    public enum Kind {
        WHOLE, REAL, BOOLEAN, ENUMERATION, COUNT, UNSUPPORTED
    }

    private FactorValues() {
    }

    /**
     * The field the factor varies, or null when its element has no such field a sweep can vary: a single-valued,
     * changeable attribute, or a changeable list of references (swept by its length).
     */
    public static EStructuralFeature feature(Factor factor) {
        EObject element = factor.getElement();
        if (element == null || element.eIsProxy() || factor.getAttribute() == null) {
            return null;
        }
        EStructuralFeature feature = element.eClass().getEStructuralFeature(factor.getAttribute());
        if (feature instanceof EAttribute attribute && !attribute.isMany() && attribute.isChangeable()) {
            return attribute;
        }
        if (feature instanceof EReference reference && reference.isMany() && !reference.isContainment()
                && reference.isChangeable()) {
            return reference;
        }
        return null;
    }

    /** The fields of {@code element} a sweep can vary, in the order its class declares them. */
    public static List<EStructuralFeature> sweepable(EObject element) {
        List<EStructuralFeature> fields = new ArrayList<>();
        for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
            boolean attribute = feature instanceof EAttribute a && !a.isMany() && a.isChangeable()
                && kind(a) != Kind.UNSUPPORTED;
            boolean list = feature instanceof EReference r && r.isMany() && !r.isContainment() && r.isChangeable()
                && !r.isDerived();
            if (attribute || list) {
                fields.add(feature);
            }
        }
        return fields;
    }

    public static Kind kind(EStructuralFeature feature) {
        if (feature instanceof EReference) {
            return Kind.COUNT;
        }
        EDataType type = ((EAttribute) feature).getEAttributeType();
        if (type == EcorePackage.Literals.EINT || type == EcorePackage.Literals.ELONG) {
            return Kind.WHOLE;
        }
        if (type == EcorePackage.Literals.EDOUBLE || type == EcorePackage.Literals.EFLOAT) {
            return Kind.REAL;
        }
        if (type == EcorePackage.Literals.EBOOLEAN) {
            return Kind.BOOLEAN;
        }
        return type instanceof EEnum ? Kind.ENUMERATION : Kind.UNSUPPORTED;
    }

    /** The factor's column heading: its label, or ELEMENT.field. */
    public static String label(Factor factor) {
        if (factor.getLabel() != null && !factor.getLabel().isBlank()) {
            return factor.getLabel();
        }
        EObject element = factor.getElement();
        String owner = element instanceof NamedElement named && named.getName() != null ? named.getName()
            : element == null ? "?" : element.eClass().getName();
        return owner + "." + factor.getAttribute();
    }

    /** The value the base model gives the factor's field (a list's length for a list). */
    public static String baseValue(Factor factor) {
        EStructuralFeature feature = feature(factor);
        Object value = factor.getElement().eGet(feature);
        return feature instanceof EAttribute attribute
            ? EcoreUtil.convertToString(attribute.getEAttributeType(), value)
            : Integer.toString(((List<?>) value).size());
    }

    /** Whether two values of the factor's field are the same value ("20" and "20.0" of a number are). */
    public static boolean same(Factor factor, String a, String b) {
        Kind kind = kind(feature(factor));
        if (kind == Kind.REAL || kind == Kind.WHOLE || kind == Kind.COUNT) {
            try {
                return new BigDecimal(a.strip()).compareTo(new BigDecimal(b.strip())) == 0;
            } catch (NumberFormatException e) {
                return a.equals(b);
            }
        }
        return a.equals(b);
    }

    /** Gives {@code element}'s {@code feature} the point's {@code value} (keeps a list's first N). */
    public static void apply(EObject element, EStructuralFeature feature, String value) {
        if (feature instanceof EAttribute attribute) {
            element.eSet(attribute, EcoreUtil.createFromString(attribute.getEAttributeType(), value));
        } else {
            List<?> list = (List<?>) element.eGet(feature);
            list.subList(Integer.parseInt(value), list.size()).clear();
        }
    }

    /** Every value the factor takes, in order, each once. */
    public static List<String> levels(Factor factor) {
        if (factor.getScale() == FactorScale.LIST) {
            return List.copyOf(new LinkedHashSet<>(factor.getValues()));
        }
        Set<String> levels = new LinkedHashSet<>();
        int steps = factor.getSteps();
        for (int i = 0; i < steps; i++) {
            levels.add(at(factor, steps == 1 ? 0 : (double) i / (steps - 1)));
        }
        return List.copyOf(levels);
    }

    /**
     * The factor's value at {@code u} of its range (0 its first value, 1 its last): a listed factor's values share
     * the interval equally; a whole-number field takes the nearest whole number.
     */
    public static String at(Factor factor, double u) {
        if (factor.getScale() == FactorScale.LIST) {
            List<String> values = factor.getValues();
            return values.get(Math.min(values.size() - 1, (int) Math.floor(u * values.size())));
        }
        double from = factor.getFrom();
        double to = factor.getTo();
        double value = factor.getScale() == FactorScale.LOGARITHMIC
            ? Math.exp(Math.log(from) + u * (Math.log(to) - Math.log(from)))
            : from + u * (to - from);
        if (u >= 1) {
            value = to; // the range's end exactly, not its logarithm's round trip
        } else if (u <= 0) {
            value = from;
        }
        EStructuralFeature feature = feature(factor);
        if (feature != null && (kind(feature) == Kind.WHOLE || kind(feature) == Kind.COUNT)) {
            return Long.toString(Math.round(value));
        }
        return new BigDecimal(value).round(DIGITS).stripTrailingZeros().toPlainString();
    }

    /** Why {@code value} cannot be the value of {@code element}'s {@code feature}, or null when it can. */
    public static String refusal(EObject element, EStructuralFeature feature, String value) {
        if (!(feature instanceof EAttribute attribute)) {
            int size = ((List<?>) element.eGet(feature)).size();
            try {
                int count = Integer.parseInt(value.strip());
                return count >= 1 && count <= size ? null : "'" + value + "': the list holds " + size
                    + " in the base model; a point keeps from 1 to " + size + " of them";
            } catch (NumberFormatException e) {
                return "'" + value + "' is not a count of " + feature.getName();
            }
        }
        try {
            Object parsed = EcoreUtil.createFromString(attribute.getEAttributeType(), value);
            if (parsed == null) {
                return "'" + value + "' is not a value of " + attribute.getEAttributeType().getName();
            }
            if (parsed instanceof Double number && !Double.isFinite(number)) {
                return "'" + value + "' is not a finite number";
            }
            return null;
        } catch (RuntimeException e) {
            return "'" + value + "' is not a value of " + attribute.getEAttributeType().getName();
        }
    }

    /** The literals an enumeration or a boolean field takes, for a list to pick from; empty for numbers. */
    public static List<String> choices(EStructuralFeature feature) {
        List<String> choices = new ArrayList<>();
        if (feature.getEType() instanceof EEnum enumeration) {
            enumeration.getELiterals().forEach(l -> choices.add(l.getLiteral()));
        } else if (kind(feature) == Kind.BOOLEAN) {
            choices.addAll(List.of("true", "false"));
        }
        return choices;
    }
}
