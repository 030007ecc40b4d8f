/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.platsim.model.persistence.LoadResult;
import io.platsim.model.persistence.ModelFiles;
import io.platsim.model.sweep.Factor;
import io.platsim.model.sweep.Sweep;
import io.platsim.model.sweep.SweepPackage;

/**
 * Reads a {@code .sweep} file and the base model it names, resolving each factor's element in that model by its
 * id. Never throws for a bad file: what is wrong comes back as messages naming the file, the element and the field.
 */
public final class SweepFile {

    /** The fields a loading problem names, as the editor and the Properties view do. */
    private static final String BASE = SweepCheck.field(SweepPackage.Literals.SWEEP__BASE);
    private static final String ELEMENT = SweepCheck.field(SweepPackage.Literals.FACTOR__ELEMENT);

    private SweepFile() {
    }

    /**
     * A sweep as loaded: its base model's file and load result, and the problems found ({@link #ok()} when none).
     */
    public record Loaded(Path file, Sweep sweep, Path baseFile, LoadResult base, List<String> problems) {

        public Loaded {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }

        /** The sweep's name, or its file's name without the extension when it has none. */
        public String name() {
            String own = sweep == null ? null : sweep.getName();
            return own != null && !own.isBlank() ? own
                : file.getFileName().toString().replaceFirst("\\.sweep$", "");
        }
    }

    /** Loads {@code file} and its base model. */
    public static Loaded load(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String shown = file.toString();
        List<String> problems = new ArrayList<>();
        if (!Files.isRegularFile(absolute)) {
            return new Loaded(absolute, null, null, null, List.of(shown + ": no such file"));
        }
        ResourceSet resourceSet = ModelFiles.newResourceSet();
        URI uri = URI.createFileURI(absolute.toString());
        Resource resource = resourceSet.createResource(uri);
        try {
            resource.load(resourceSet.getLoadOptions());
        } catch (IOException | RuntimeException e) {
            problems.add(shown + ": cannot be read: " + e.getMessage());
        }
        resource.getErrors().forEach(d -> problems.add(shown + ":" + d.getLine() + ": " + d.getMessage()));
        if (!problems.isEmpty()) {
            return new Loaded(absolute, null, null, null, problems);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Sweep sweep)) {
            return new Loaded(absolute, null, null, null, List.of(shown + ": is not a PlatSim sweep"));
        }
        // Read without resolving: the base model loads below, through the model loader and its checks.
        Object unresolved = sweep.eGet(SweepPackage.Literals.SWEEP__BASE, false);
        if (unresolved == null) {
            return new Loaded(absolute, sweep, null, null, List.of(shown + ": sweep: " + BASE + ": no base model"));
        }
        URI baseUri = ((InternalEObject) unresolved).eProxyURI();
        if (baseUri == null || !baseUri.isFile()) {
            return new Loaded(absolute, sweep, null, null,
                List.of(shown + ": sweep: " + BASE + ": " + baseUri + " is not a model file"));
        }
        Path baseFile = Path.of(baseUri.trimFragment().toFileString());
        LoadResult base = ModelFiles.load(resourceSet, baseUri.trimFragment(), baseFile.toString());
        if (!base.ok()) {
            base.errors().forEach(e -> problems.add(shown + ": base model: " + e.text()));
            return new Loaded(absolute, sweep, baseFile, base, problems);
        }
        EcoreUtil.resolveAll(resource);
        if (sweep.getBase().eIsProxy()) {
            problems.add(shown + ": sweep: " + BASE + ": " + baseUri + " is not the root of " + baseFile);
        }
        for (int i = 0; i < sweep.getFactors().size(); i++) {
            Factor factor = sweep.getFactors().get(i);
            EObject element = factor.getElement();
            if (element == null || element.eIsProxy()) {
                problems.add(shown + ": factor " + (i + 1) + ": " + ELEMENT + ": "
                    + (element == null ? "no element" : "no element " + EcoreUtil.getURI(element).fragment()
                        + " in " + baseFile.getFileName()));
            } else if (element.eResource() != base.resource()) {
                problems.add(shown + ": factor " + (i + 1) + ": " + ELEMENT + ": " + EcoreUtil.getURI(element)
                    + " is not in the base model " + baseFile.getFileName());
                factor.setElement(null);
            }
        }
        problems.addAll(SweepCheck.check(shown, sweep));
        return new Loaded(absolute, sweep, baseFile, base, problems);
    }

    /** Saves {@code sweep} to {@code file}, atomically; its base and elements are written relative to the file. */
    public static void save(Sweep sweep, Path file) throws IOException {
        Resource resource = sweep.eResource();
        URI target = URI.createFileURI(file.toAbsolutePath().normalize().toString());
        if (resource == null) {
            ResourceSet resourceSet = sweep.getBase() != null && sweep.getBase().eResource() != null
                ? sweep.getBase().eResource().getResourceSet() : ModelFiles.newResourceSet();
            resource = resourceSet.createResource(target);
            resource.getContents().add(sweep);
        } else {
            resource.setURI(target);
        }
        resource.save(null);
    }
}
