/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.platsim.model.persistence.LoadResult;
import io.platsim.model.persistence.ModelFiles;
import io.platsim.templates.Templates;
import io.platsim.model.validation.ModelValidator;

/** The example workspace's models: valid, equal to the templates, and stable through save and load. */
class ExampleFilesTest {

    @TempDir
    Path temp;

    private static Path example(String file) {
        return Fixtures.examplesProject().resolve(file);
    }

    private static Platform template(String file) {
        return file.startsWith("small") ? Templates.small("small") : Templates.realistic("two-socket-server");
    }

    @ParameterizedTest
    @ValueSource(strings = {"small.platsim", "two-socket-server.platsim"})
    void exampleIsWhatTheTemplateGives(String file) throws IOException {
        Path path = example(file);
        if (!Files.exists(path)) {
            ModelFiles.save(template(file), path);
            fail(path + " was missing and has been written from its template; commit it");
        }
        LoadResult loaded = ModelFiles.load(path);
        assertTrue(loaded.ok(), loaded.errors().toString());
        assertEquals(List.of(), loaded.warnings());
        assertTrue(EcoreUtil.equals(template(file), loaded.platform()),
            file + " differs from its template; rewrite it by deleting it and running the tests");
        assertEquals(List.of(), ModelValidator.validate(loaded.platform()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"small.platsim", "two-socket-server.platsim"})
    void saveThenLoadGivesTheSameBytesAndTheSameModel(String file) throws IOException {
        Path original = example(file);
        LoadResult first = ModelFiles.load(original);
        assertTrue(first.ok(), first.errors().toString());
        Path copy = temp.resolve(file);
        ModelFiles.save(first.platform(), copy);
        assertArrayEquals(Files.readAllBytes(original), Files.readAllBytes(copy), "save changed " + file);

        LoadResult second = ModelFiles.load(copy);
        assertTrue(second.ok(), second.errors().toString());
        assertTrue(EcoreUtil.equals(ModelFiles.load(original).platform(), second.platform()));
        Path again = temp.resolve("again-" + file);
        ModelFiles.save(second.platform(), again);
        assertArrayEquals(Files.readAllBytes(copy), Files.readAllBytes(again));
    }
}
