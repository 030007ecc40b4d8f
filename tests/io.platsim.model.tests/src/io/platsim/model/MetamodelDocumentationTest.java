/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;


/** Every concept and field is documented; every figure has a unit and names where its default comes from. */
class MetamodelDocumentationTest {

    /** A unit in a field's name: latencyNs, sizeBytes, bandwidthGBps, frequencyMHz ... */
    private static final Pattern UNIT =
        Pattern.compile(".*(Ns|Us|Bytes|GBps|Gbps|GTps|MHz|Hz|MiB|Bits|PerUs|PerSecond|Address|Fraction)$");

    /** A field that counts things: its unit is the thing counted, which the documentation says. */
    private static final Pattern COUNT = Pattern.compile(".*(Entries.*|Ways|ways|Size|Count|Vectors|Queues|Walkers|"
        + "Functions|Credits|Limit|Depth|depth|channels|slices|engines|submitters|Flows|outstanding|Every|priority|"
        + "Id|index|Number|Revision|vector|pasid|seed|Entries|queuePairs|capacityMiB|memoryMiB|TlbEntries|Channels|"
        + "[lL]anes)$");

    private static String doc(EModelElement element) {
        String text = EcoreUtil.getDocumentation(element);
        return text == null ? "" : text;
    }

    private static boolean numeric(EAttribute attribute) {
        EClassifier type = attribute.getEType();
        return type == EcorePackage.Literals.EINT || type == EcorePackage.Literals.ELONG
            || type == EcorePackage.Literals.EDOUBLE;
    }

    @Test
    void everyClassifierAndFieldIsDocumented() {
        List<String> missing = new ArrayList<>();
        for (EClassifier classifier : PlatsimPackage.eINSTANCE.getEClassifiers()) {
            if (doc(classifier).isBlank()) {
                missing.add(classifier.getName());
            }
            if (classifier instanceof EClass eClass) {
                for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
                    if (doc(feature).isBlank()) {
                        missing.add(eClass.getName() + "." + feature.getName());
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyFigureHasAUnitAndItsDefaultASource() {
        List<String> wrong = new ArrayList<>();
        for (EClassifier classifier : PlatsimPackage.eINSTANCE.getEClassifiers()) {
            if (!(classifier instanceof EClass eClass)) {
                continue;
            }
            for (EAttribute attribute : eClass.getEAttributes()) {
                if (!numeric(attribute)) {
                    continue;
                }
                String name = eClass.getName() + "." + attribute.getName();
                boolean unit = UNIT.matcher(attribute.getName()).matches()
                    || COUNT.matcher(attribute.getName()).matches();
                if (!unit) {
                    wrong.add(name + " has no unit in its name");
                }
                String literal = attribute.getDefaultValueLiteral();
                boolean figure = literal != null && Double.parseDouble(literal) != 0
                    && !attribute.getName().matches("(index|seed|vector|priority|pasid|coreId|socketId|portNumber)");
                String text = doc(attribute);
                if (figure && !(text.contains("Default") || text.contains("assumption"))) {
                    wrong.add(name + " = " + literal + " names no source for its default");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
