/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import io.platsim.model.labels.Labels;
import io.platsim.model.Platform;
import io.platsim.model.PlatsimPackage;
import io.platsim.model.sweep.SweepPackage;

/** Loading and saving {@code .platsim} files outside the workbench (command line, tests, the runner). */
public final class ModelFiles {

    /** The first element start tag that is not the XML declaration, a comment or a DOCTYPE. */
    private static final Pattern ROOT_ELEMENT = Pattern.compile("<[A-Za-z_]");

    private ModelFiles() {
    }

    /** A resource set that reads and writes PlatSim models and sweeps, with or without OSGi. */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(PlatsimPackage.eNS_URI, PlatsimPackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(SweepPackage.eNS_URI, SweepPackage.eINSTANCE);
        PlatsimResourceFactory factory = new PlatsimResourceFactory();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(PlatsimResourceFactory.EXTENSION, factory);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(PlatsimResourceFactory.SWEEP_EXTENSION, factory);
        return resourceSet;
    }

    /** Loads a model file; never throws for a bad file, it reports it in the result. */
    public static LoadResult load(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return load(newResourceSet(), URI.createFileURI(absolute.toString()), file.toString());
    }

    /**
     * Loads {@code uri} into {@code resourceSet}; {@code displayName} is how messages name the file.
     * Never throws for a bad file: errors come back, with their line, in the result. The load reads that file and
     * nothing else: what the file names (a schema location, a namespace, another resource) is never opened.
     */
    public static LoadResult load(ResourceSet resourceSet, URI uri, String displayName) {
        Resource resource = resourceSet.getResource(uri, false);
        if (resource == null) {
            resource = new PlatsimResourceFactory().createResource(uri);
            resourceSet.getResources().add(resource);
        }
        LoadErrors errors = new LoadErrors(displayName, (field, id) -> lineOf(resourceSet, uri, field, id));
        URIConverter converter = resourceSet.getURIConverter();
        List<Resource> before = new ArrayList<>(resourceSet.getResources());
        resourceSet.setURIConverter(new ModelOnlyConverter(converter, uri));
        try {
            resource.load(resourceSet.getLoadOptions());
        } catch (IOException | RuntimeException e) {
            errors.addException(e);
        } finally {
            resourceSet.setURIConverter(converter);
            // Resources EMF made for what the file named were never read: they go.
            resourceSet.getResources().retainAll(before);
        }
        errors.addDiagnostics(resource.getErrors());
        List<LoadProblem> warnings = new ArrayList<>(errors.warningsOf(resource.getWarnings()));
        Platform platform = null;
        if (errors.isEmpty()) {
            EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
            if (root instanceof Platform p) {
                platform = p;
            } else {
                errors.addRootProblem(root, rootLine(resourceSet, uri));
            }
        }
        Function<String, List<Integer>> idLines = id -> linesOf(resourceSet, uri, "xmi:id=\"" + id + "\"");
        if (platform != null && !uniqueIds(resource, errors, idLines)) {
            platform = null;
        }
        if (platform != null && !ForeignReferences.none(resource, errors, text -> linesOf(resourceSet, uri, text))) {
            platform = null;
        }
        if (platform != null) {
            for (String note : Defaults.upgrade(platform)) {
                warnings.add(new LoadProblem(displayName, 0, 0, note));
            }
        }
        warnings.addAll(RetiredFields.drop(resource, displayName));
        warnings.addAll(UnknownContent.describe(resource, displayName));
        return new LoadResult(resource, platform, errors.problems(), warnings);
    }

    /**
     * Whether every element of {@code resource} has an id of its own: two elements with one id would let a reference
     * reach the wrong one (the later takes the id). Each shared id is an error naming both and their lines.
     */
    private static boolean uniqueIds(Resource resource, LoadErrors errors, Function<String, List<Integer>> lines) {
        if (!(resource instanceof XMLResource xml)) {
            return true;
        }
        Map<String, EObject> seen = new HashMap<>();
        boolean unique = true;
        for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
            EObject element = all.next();
            String id = xml.getID(element);
            EObject first = id == null ? null : seen.putIfAbsent(id, element);
            if (first != null) {
                List<Integer> at = lines.apply(id);
                errors.addDuplicateId(id, Labels.describe(first), Labels.describe(element), at);
                unique = false;
            }
        }
        return unique;
    }

    /** Every line of the file holding {@code text}. */
    private static List<Integer> linesOf(ResourceSet resourceSet, URI uri, String text) {
        List<Integer> found = new ArrayList<>();
        String[] lines = text(resourceSet, uri);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                found.add(i + 1);
            }
        }
        return found;
    }

    /** The first line of the file where attribute {@code field} names element {@code id}, or 0. */
    private static int lineOf(ResourceSet resourceSet, URI uri, String field, String id) {
        String start = field + "=\"";
        String[] lines = text(resourceSet, uri);
        for (int i = 0; i < lines.length; i++) {
            int at = lines[i].indexOf(start);
            if (at >= 0 && lines[i].indexOf(id, at) > 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The file's lines (its first 64 MiB), to find where a problem EMF reports without a line sits; none unread. */
    private static String[] text(ResourceSet resourceSet, URI uri) {
        try (InputStream in = resourceSet.getURIConverter().createInputStream(uri)) {
            return new String(in.readNBytes(64 << 20), StandardCharsets.UTF_8).split("\n", -1);
        } catch (IOException e) {
            return new String[0];
        }
    }

    /** The line of the file's root element (its first element after the prolog), or 0 when unreadable. */
    private static int rootLine(ResourceSet resourceSet, URI uri) {
        try (InputStream in = resourceSet.getURIConverter().createInputStream(uri)) {
            String text = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            Matcher root = ROOT_ELEMENT.matcher(text);
            return root.find() ? (int) text.substring(0, root.start()).chars().filter(c -> c == '\n').count() + 1 : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Saves a platform (and its resource) to {@code file}, atomically. */
    public static void save(Platform platform, Path file) throws IOException {
        Resource resource = platform.eResource();
        URI target = URI.createFileURI(file.toAbsolutePath().normalize().toString());
        if (resource == null) {
            resource = newResourceSet().createResource(target);
            resource.getContents().add(platform);
        } else {
            resource.setURI(target);
        }
        resource.save(null);
    }
}
