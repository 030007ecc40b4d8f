/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.junit.jupiter.api.Test;

import io.platsim.model.Platform;
import io.platsim.model.PlatsimPackage;
import io.platsim.model.labels.FieldLabels;
import io.platsim.templates.Templates;

/**
 * Every number of the metamodel declares the range the engine can honour, and validation refuses each value outside
 * it, naming the element and the field: NaN, the infinities, -1, 2^31-1 and 1e18 in turn, on every numeric field of
 * the two-socket example.
 */
class NumberRangesTest {

    /** The one number with no range: any seed is a seed. */
    private static final String SEED = "RunSettings.seed";

    private static List<EAttribute> numbers() {
        List<EAttribute> numbers = new ArrayList<>();
        for (EClassifier classifier : PlatsimPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass type) {
                for (EAttribute attribute : type.getEAttributes()) {
                    if (numeric(attribute) && !(type.getName() + "." + attribute.getName()).equals(SEED)) {
                        numbers.add(attribute);
                    }
                }
            }
        }
        return numbers;
    }

    private static boolean numeric(EAttribute attribute) {
        EClassifier type = attribute.getEType();
        return type == EcorePackage.Literals.EINT || type == EcorePackage.Literals.ELONG
            || type == EcorePackage.Literals.EDOUBLE;
    }

    private static String name(EAttribute attribute) {
        return attribute.getEContainingClass().getName() + "." + attribute.getName();
    }

    @Test
    void everyNumberDeclaresARangeThatHoldsItsDefault() {
        for (EAttribute attribute : numbers()) {
            double[] range = NumberRanges.of(attribute);
            assertNotNull(range, name(attribute) + " declares no range");
            double value = ((Number) attribute.getDefaultValue()).doubleValue();
            assertTrue(range[0] <= value && value <= range[1], name(attribute) + ": default " + value
                + " outside " + range[0] + " to " + range[1]);
        }
    }

    /** The values no field takes: each that its type can hold. */
    private static List<Object> badValues(EAttribute attribute) {
        EClassifier type = attribute.getEType();
        if (type == EcorePackage.Literals.EDOUBLE) {
            return List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -1.0, 1e18);
        }
        if (type == EcorePackage.Literals.ELONG) {
            return List.of(-1L, (long) Integer.MAX_VALUE * 1_000_000_000L, Long.MAX_VALUE);
        }
        return List.of(-1, Integer.MAX_VALUE);
    }

    @Test
    void everyBadNumberInTheTwoSocketExampleIsRefusedOnItsElementAndField() {
        Platform example = Templates.realistic("example");
        List<EObject> elements = new ArrayList<>();
        elements.add(example);
        example.eAllContents().forEachRemaining(elements::add);
        Set<EAttribute> numbers = new HashSet<>(numbers());
        Set<EAttribute> tried = new HashSet<>();
        for (EObject element : elements) {
            for (EAttribute attribute : element.eClass().getEAllAttributes()) {
                if (!numbers.contains(attribute) || !tried.add(attribute)) {
                    continue;
                }
                Object good = element.eGet(attribute);
                for (Object bad : badValues(attribute)) {
                    element.eSet(attribute, bad);
                    List<ValidationProblem> found = ModelValidator.validate(example).stream()
                        .filter(p -> p.element() == element && p.feature() == attribute).toList();
                    assertFalse(found.isEmpty(), name(attribute) + " = " + bad + " passes validation");
                    assertTrue(found.get(0).text().contains("field '" + FieldLabels.field(attribute) + "'"),
                        found.get(0).text());
                    element.eSet(attribute, good);
                }
            }
        }
        assertTrue(tried.size() >= 60, "the example holds " + tried.size() + " numeric fields");
    }

    @Test
    void everyBadNumberOfAnyElementIsRefused() {
        for (EAttribute attribute : numbers()) {
            EClass owner = attribute.getEContainingClass();
            EClass concrete = owner.isAbstract() ? concrete(owner) : owner;
            EObject element = PlatsimPackage.eINSTANCE.getEFactoryInstance().create(concrete);
            for (Object bad : badValues(attribute)) {
                element.eSet(attribute, bad);
                List<EAttribute> reported = new ArrayList<>();
                NumberRanges.check(element, (e, field, message) -> reported.add(field));
                assertTrue(reported.contains(attribute), name(attribute) + " = " + bad + " is not refused");
            }
        }
    }

    private static EClass concrete(EClass type) {
        for (EClassifier classifier : PlatsimPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass c && !c.isAbstract() && type.isSuperTypeOf(c)) {
                return c;
            }
        }
        throw new AssertionError("no concrete " + type.getName());
    }
}
