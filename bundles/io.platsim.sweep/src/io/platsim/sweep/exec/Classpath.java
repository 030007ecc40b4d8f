/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep.exec;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The class path a run's own Java process needs: the jars (or class folders) the run's classes were loaded from,
 * found through their code sources, so it is the same whether this process is the command line's plain class path
 * or an OSGi framework's bundles.
 */
public final class Classpath {

    private Classpath() {
    }

    /** The class path of what a run needs, from the classes this process has loaded. */
    public static String forRuns() {
        return of(WorkerMain.class, io.platsim.run.Runner.class, io.platsim.compiler.ModelCompiler.class,
            io.platsim.model.Platform.class, io.platsim.engine.platform.PlatformSimulation.class,
            io.platsim.trace.TraceReader.class, org.eclipse.emf.common.util.URI.class,
            org.eclipse.emf.ecore.EObject.class, org.eclipse.emf.ecore.xmi.XMIResource.class,
            com.google.gson.Gson.class);
    }

    /** The locations {@code classes} were loaded from, joined as a class path. */
    public static String of(Class<?>... classes) {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> type : classes) {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                throw new IllegalStateException("cannot tell where " + type.getName() + " was loaded from");
            }
            try {
                entries.add(Path.of(source.getLocation().toURI()).toString());
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new IllegalStateException(type.getName() + " was loaded from " + source.getLocation()
                    + ", which is not a file", e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
