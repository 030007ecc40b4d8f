/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Generates the PlatSim model and edit code from {@code platsim.genmodel} without an Eclipse workbench.
 *
 * <p>Usage: {@code ModelCodeGenerator check|write BUNDLES_DIR SCRATCH_DIR}. {@code write} replaces the
 * {@code src-gen} folders of the model and edit bundles. {@code check} generates into SCRATCH_DIR and fails
 * when any generated file differs from what is committed, so the build catches a stale {@code src-gen}.
 */
public final class ModelCodeGenerator {

    static final String MODEL_BUNDLE = "io.platsim.model";
    static final String EDIT_BUNDLE = "io.platsim.model.edit";
    static final List<String> GENERATED_BUNDLES = List.of(MODEL_BUNDLE, EDIT_BUNDLE);
    static final String GENMODEL = "model/platsim.genmodel";
    static final String REFERENCE = "model-reference.md";

    private ModelCodeGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !List.of("check", "write").contains(args[0])) {
            System.err.println("usage: ModelCodeGenerator check|write BUNDLES_DIR SCRATCH_DIR");
            System.exit(64);
        }
        Path bundles = Path.of(args[1]).toAbsolutePath().normalize();
        Path scratch = Path.of(args[2]).toAbsolutePath().normalize();
        if ("write".equals(args[0])) {
            for (String bundle : GENERATED_BUNDLES) {
                deleteTree(bundles.resolve(bundle).resolve("src-gen"));
            }
            generate(bundles, bundles);
            Files.writeString(referenceFile(bundles), reference(bundles));
            System.out.println("PlatSim model code and docs/" + REFERENCE + " regenerated");
            return;
        }
        deleteTree(scratch);
        for (String bundle : GENERATED_BUNDLES) {
            Files.createDirectories(scratch.resolve(bundle));
        }
        Path model = scratch.resolve(MODEL_BUNDLE).resolve("model");
        Files.createDirectories(model);
        for (String file : List.of("platsim.ecore", "sweep.ecore", "platsim.genmodel")) {
            Files.copy(bundles.resolve(MODEL_BUNDLE).resolve("model").resolve(file), model.resolve(file));
        }
        generate(bundles, scratch);
        List<String> stale = new ArrayList<>(compare(bundles, scratch));
        Path reference = referenceFile(bundles);
        if (!Files.isRegularFile(reference) || !Files.readString(reference).equals(reference(bundles))) {
            stale.add("docs/" + REFERENCE);
        }
        if (!stale.isEmpty()) {
            System.err.println("Generated code or docs are not what " + GENMODEL + " gives. Differing files:");
            stale.forEach(f -> System.err.println("  " + f));
            System.err.println("Regenerate with: ./mvnw -pl releng/io.platsim.codegen verify -Dplatsim.codegen.write");
            System.exit(1);
        }
        System.out.println("Generated EMF code is current (" + GENERATED_BUNDLES + ").");
    }

    /** The model reference, generated from the committed Ecore. */
    static String reference(Path bundles) {
        ResourceSet resourceSet = newResourceSet();
        Path ecore = bundles.resolve(MODEL_BUNDLE).resolve("model/platsim.ecore");
        Resource resource = resourceSet.getResource(URI.createFileURI(ecore.toString()), true);
        Path sweep = bundles.resolve(MODEL_BUNDLE).resolve("model/sweep.ecore");
        Resource sweepResource = resourceSet.getResource(URI.createFileURI(sweep.toString()), true);
        return ModelReference.markdown((EPackage) resource.getContents().get(0),
            (EPackage) sweepResource.getContents().get(0));
    }

    private static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        var factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new XMIResourceFactoryImpl());
        return resourceSet;
    }

    static Path referenceFile(Path bundles) {
        return bundles.resolveSibling("docs").resolve(REFERENCE);
    }

    /** Runs the generator for the genmodel under {@code from}, writing projects under {@code into}. */
    static void generate(Path from, Path into) {
        ResourceSet resourceSet = newResourceSet();
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        for (String bundle : GENERATED_BUNDLES) {
            URI location = URI.createFileURI(into.resolve(bundle).toString() + "/");
            EcorePlugin.getPlatformResourceMap().put(bundle, location);
            resourceSet.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/" + bundle + "/", false),
                    location);
        }
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);

        URI genModelUri = URI.createFileURI(into.resolve(MODEL_BUNDLE).resolve(GENMODEL).toString());
        Resource resource = resourceSet.getResource(genModelUri, true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        Diagnostic diagnostic = genModel.diagnose();
        if (diagnostic.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("The genmodel is invalid: " + diagnostic);
        }
        for (GenPackage genPackage : genModel.getGenPackages()) {
            EPackage ePackage = genPackage.getEcorePackage();
            resourceSet.getPackageRegistry().put(ePackage.getNsURI(), ePackage);
        }
        Generator generator = new Generator();
        generator.setInput(genModel);
        for (String projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor());
            if (result.getSeverity() == Diagnostic.ERROR) {
                throw new IllegalStateException("Code generation failed: " + result);
            }
        }
    }

    /** Relative paths of generated files that differ, or exist on one side only. */
    static List<String> compare(Path committed, Path generated) throws IOException {
        TreeSet<String> paths = new TreeSet<>();
        for (String bundle : GENERATED_BUNDLES) {
            paths.addAll(list(committed, bundle));
            paths.addAll(list(generated, bundle));
        }
        List<String> differing = new ArrayList<>();
        for (String relative : paths) {
            Path a = committed.resolve(relative);
            Path b = generated.resolve(relative);
            if (!Files.isRegularFile(a) || !Files.isRegularFile(b) || Files.mismatch(a, b) != -1) {
                differing.add(relative);
            }
        }
        return differing;
    }

    private static List<String> list(Path root, String bundle) throws IOException {
        Path srcGen = root.resolve(bundle).resolve("src-gen");
        if (!Files.isDirectory(srcGen)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(srcGen)) {
            return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
