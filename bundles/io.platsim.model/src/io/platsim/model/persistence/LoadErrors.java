/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.persistence;

import java.io.FileNotFoundException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.xml.sax.SAXParseException;

import io.platsim.model.labels.Labels;
import io.platsim.model.labels.FieldLabels;
import io.platsim.model.PlatsimPackage;

/** Turns what EMF and the XML parser throw into {@link LoadProblem}s a user can act on. */
final class LoadErrors {

    /** Longest part of a value a message quotes. */
    static final int QUOTED = 80;

    /** Finds the line of the file where an attribute names an element, for problems EMF reports without one. */
    @FunctionalInterface
    interface Lines {
        /** The first line where attribute {@code field} holds {@code id}, or 0. */
        int of(String field, String id);
    }

    private final String file;
    private final Lines lines;
    private final List<LoadProblem> problems = new ArrayList<>();

    LoadErrors(String file, Lines lines) {
        this.file = file;
        this.lines = lines;
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<LoadProblem> problems() {
        return problems;
    }

    void addException(Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null && cause.getCause() != cause
                && !(cause instanceof Resource.Diagnostic) && !(cause instanceof SAXParseException)) {
            cause = cause.getCause();
        }
        if (cause instanceof Resource.Diagnostic diagnostic) {
            add(diagnostic);
        } else if (cause instanceof SAXParseException sax) {
            add(sax.getLineNumber(), sax.getColumnNumber(), describeXml(sax.getMessage()));
        } else if (cause instanceof FileNotFoundException || cause instanceof NoSuchFileException) {
            add(0, 0, "the file does not exist or cannot be read");
        } else {
            add(0, 0, "cannot be read: " + cause.getMessage());
        }
    }

    void addDiagnostics(List<Resource.Diagnostic> diagnostics) {
        for (Resource.Diagnostic diagnostic : diagnostics) {
            add(diagnostic);
        }
    }

    List<LoadProblem> warningsOf(List<Resource.Diagnostic> diagnostics) {
        List<LoadProblem> warnings = new ArrayList<>();
        for (Resource.Diagnostic diagnostic : diagnostics) {
            warnings.add(new LoadProblem(file, diagnostic.getLine(), diagnostic.getColumn(), describe(diagnostic)));
        }
        return warnings;
    }

    /** Two elements, {@code first} and {@code second}, share id {@code id}, on the lines {@code lines}. */
    void addDuplicateId(String id, String first, String second, List<Integer> lines) {
        int line = lines.size() > 1 ? lines.get(1) : lines.isEmpty() ? 0 : lines.get(0);
        add(line, 0, "xmi:id " + quoted(id) + " is given to both " + first + (lines.isEmpty() ? "" : " (line "
            + lines.get(0) + ")") + " and " + second + "; a reference to it would reach only one: give each "
            + "element its own id");
    }

    /** Field {@code field} of {@code element} refers to {@code uri}, in another file, on the lines {@code lines}. */
    void addForeignReference(String element, EStructuralFeature field, String uri, List<Integer> lines) {
        add(lines.isEmpty() ? 0 : lines.get(0), 0, field(field) + " on " + element + " refers to "
            + quoted(uri) + ", an element of another file; a PlatSim model is one file: refer to an element of this "
            + "model");
    }

    /**
     * Reports a root that is not a platform. Unknown namespaces arrive here rather than as an exception,
     * because the resource keeps unknown content: the root then belongs to a package made up on the fly.
     */
    void addRootProblem(EObject root, int rootLine) {
        if (root == null) {
            add(0, 0, "the file holds no model");
            return;
        }
        String uri = root.eClass().getEPackage() == null ? null : root.eClass().getEPackage().getNsURI();
        if (uri != null && !PlatsimPackage.eNS_URI.equals(uri)) {
            add(rootLine, 0, namespaceMessage(uri));
        } else {
            add(rootLine, 0, "the root element is a " + root.eClass().getName() + ", not a PlatSim platform");
        }
    }

    private static String namespaceMessage(String uri) {
        if (uri.startsWith("http://platsim.io/model/")) {
            return "the file is a PlatSim model of version '" + uri.substring(uri.lastIndexOf('/') + 1)
                + "', which this release cannot read (it reads " + PlatsimPackage.eNS_URI + ")";
        }
        return "not a PlatSim model: its root namespace is '" + uri + "' (expected " + PlatsimPackage.eNS_URI + ")";
    }

    private void add(Resource.Diagnostic diagnostic) {
        int line = diagnostic.getLine();
        int column = diagnostic.getColumn();
        if (line <= 0 && diagnostic instanceof IllegalValueException illegal && illegal.getValue() instanceof EObject o
                && o.eResource() != null) {
            line = lines.of(illegal.getFeature().getName(), o.eResource().getURIFragment(o));
            column = 0;
        }
        LoadProblem problem = new LoadProblem(file, line, column, describe(diagnostic));
        if (!problems.contains(problem)) {
            problems.add(problem);
        }
    }

    private void add(int line, int column, String message) {
        problems.add(new LoadProblem(file, line, column, message));
    }

    private static String describe(Resource.Diagnostic diagnostic) {
        if (diagnostic instanceof PackageNotFoundException missing) {
            return namespaceMessage(String.valueOf(missing.uri()));
        }
        if (diagnostic instanceof ClassNotFoundException unknown) {
            return "unknown element type " + quoted(unknown.getName());
        }
        if (diagnostic instanceof IllegalValueException illegal) {
            String field = field(illegal.getFeature()) + " on " + Labels.describe(illegal.getObject());
            if (illegal.getValue() instanceof EObject named && !illegal.getFeature().getEType().isInstance(named)) {
                String wanted = illegal.getFeature().getEType() instanceof EClass type ? Labels.kind(type)
                    : illegal.getFeature().getEType().getName();
                return field + " names " + Labels.describe(named) + "; the field takes a " + wanted;
            }
            Object value = illegal.getValue() instanceof EObject named ? Labels.describe(named) : illegal.getValue();
            return "value " + quoted(value) + " of " + field + " is not valid for that field";
        }
        if (diagnostic instanceof UnresolvedReferenceException unresolved) {
            return field(unresolved.getFeature()) + " refers to " + quoted(unresolved.getReference())
                    + ", which is not in the model";
        }
        if (diagnostic instanceof FeatureNotFoundException notFound) {
            return "unknown field " + quoted(notFound.getName()) + " on " + Labels.describe(notFound.getObject());
        }
        if (diagnostic instanceof Exception exception && exception.getCause() instanceof SAXParseException sax) {
            return describeXml(sax.getMessage());
        }
        return describeXml(diagnostic.getMessage());
    }

    /** A field as a load error names it: as the Properties view does, then as the file spells it. */
    static String field(EStructuralFeature feature) {
        return "field '" + FieldLabels.field(feature) + "' (" + feature.getName() + " in the file)";
    }

    /** A value as a message quotes it: whole up to {@value #QUOTED} characters, else its start and its length. */
    static String quoted(Object value) {
        String text = String.valueOf(value);
        return text.length() <= QUOTED ? "'" + text + "'"
            : "'" + text.substring(0, QUOTED) + "…' (" + text.length() + " characters)";
    }

    private static String describeXml(String message) {
        String text = message == null ? "" : message;
        if (text.contains("DOCTYPE is disallowed")) {
            return "the file declares a DOCTYPE; PlatSim refuses DOCTYPE declarations and the external entities "
                    + "they can pull in";
        }
        if (text.contains("must start and end within the same entity") || text.contains("Premature end of file")) {
            return "the file ends before the model does (truncated or empty): " + text;
        }
        return "malformed XML: " + text;
    }
}
