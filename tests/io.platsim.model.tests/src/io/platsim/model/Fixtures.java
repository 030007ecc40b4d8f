/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import org.eclipse.emf.ecore.EObject;


/** Shared helpers of the model tests. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The repository's root folder, found from the test's working folder. */
    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no examples folder above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** The example project shipped in the example workspace. */
    public static Path examplesProject() {
        return repositoryRoot().resolve("examples/workspace/PlatSim Examples");
    }

    /** The element called {@code name} of type {@code type} in {@code platform}. */
    public static <T extends NamedElement> T named(Platform platform, Class<T> type, String name) {
        for (Iterator<EObject> it = platform.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (type.isInstance(next) && name.equals(((NamedElement) next).getName())) {
                return type.cast(next);
            }
        }
        throw new IllegalArgumentException("no " + type.getSimpleName() + " called " + name);
    }
}
