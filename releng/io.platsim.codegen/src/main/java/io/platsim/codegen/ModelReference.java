/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.codegen;

import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Writes {@code docs/model-reference.md}: every concept and field of the metamodel, with units and sources. */
final class ModelReference {

    private ModelReference() {
    }

    static String markdown(EPackage ePackage, EPackage sweep) {
        StringBuilder md = new StringBuilder();
        md.append("# PlatSim model reference\n\n")
            .append("Generated from `bundles/io.platsim.model/model/platsim.ecore` and `sweep.ecore` by the build; ")
            .append("do not edit. Namespace `").append(ePackage.getNsURI()).append("`.\n\n")
            .append(doc(ePackage)).append("\n\n")
            .append("Each field's documentation gives its unit and the source of its default. Figures marked ")
            .append("*PlatSim assumption* have no public source yet and are the first to calibrate.\n\n");
        appendPackage(md, ePackage, "Concepts", "Enumerations");
        md.append("## Sweep files\n\nNamespace `").append(sweep.getNsURI()).append("`. ").append(doc(sweep))
            .append(" docs/sweeps.md shows how to write and run one.\n\n");
        appendPackage(md, sweep, "Sweep concepts", "Sweep enumerations");
        return md.toString();
    }

    private static void appendPackage(StringBuilder md, EPackage ePackage, String concepts, String enumerations) {
        md.append("## ").append(concepts).append("\n\n");
        for (EClassifier classifier : ePackage.getEClassifiers()) {
            if (classifier instanceof EClass eClass) {
                appendClass(md, eClass);
            }
        }
        md.append("## ").append(enumerations).append("\n\n");
        for (EClassifier classifier : ePackage.getEClassifiers()) {
            if (classifier instanceof EEnum eEnum) {
                md.append("### ").append(eEnum.getName()).append("\n\n").append(doc(eEnum)).append("\n\n");
                for (EEnumLiteral literal : eEnum.getELiterals()) {
                    md.append("- `").append(literal.getName()).append("`: ").append(doc(literal)).append('\n');
                }
                md.append('\n');
            }
        }
    }

    private static void appendClass(StringBuilder md, EClass eClass) {
        md.append("### ").append(eClass.getName());
        if (eClass.isAbstract()) {
            md.append(" (abstract)");
        }
        md.append("\n\n").append(doc(eClass)).append("\n\n");
        if (!eClass.getESuperTypes().isEmpty()) {
            md.append("Is a: ").append(eClass.getESuperTypes().stream().map(EClass::getName)
                .collect(Collectors.joining(", "))).append(".\n\n");
        }
        if (eClass.getEStructuralFeatures().isEmpty()) {
            return;
        }
        md.append("| field | type | default | range | meaning, unit and source |\n|---|---|---|---|---|\n");
        for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
            md.append("| `").append(feature.getName()).append("` | ").append(type(feature)).append(" | ")
                .append(feature instanceof EAttribute a && a.getDefaultValueLiteral() != null
                    ? "`" + a.getDefaultValueLiteral() + "`" : "")
                .append(" | ").append(range(feature))
                .append(" | ").append(doc(feature).replace("|", "\\|")).append(" |\n");
        }
        md.append('\n');
    }

    /** The range validation holds a number to ({@code http://platsim.io/range}), or nothing. */
    private static String range(EStructuralFeature feature) {
        EAnnotation range = feature.getEAnnotation("http://platsim.io/range");
        return range == null ? "" : range.getDetails().get("min") + " to " + range.getDetails().get("max");
    }

    private static String type(EStructuralFeature feature) {
        String name = feature.getEType().getName();
        if (feature instanceof EReference reference) {
            name = (reference.isContainment() ? "contains " : "refers to ") + name;
        }
        if (feature.isMany()) {
            name += " [*]";
        } else if (feature.getLowerBound() == 1) {
            name += " [1]";
        }
        return name;
    }

    private static String doc(EModelElement element) {
        String text = EcoreUtil.getDocumentation(element);
        return text == null ? "" : text.replace('\n', ' ');
    }
}
