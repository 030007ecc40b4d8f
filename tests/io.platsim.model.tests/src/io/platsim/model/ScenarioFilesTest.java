/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import io.platsim.model.persistence.LoadResult;
import io.platsim.model.persistence.ModelFiles;
import io.platsim.templates.scenarios.Scenarios;
import io.platsim.templates.scenarios.Validations;
import io.platsim.model.validation.ModelValidator;
import io.platsim.model.validation.ValidationProblem.Severity;

/** The seed scenarios and validation models in the example workspace: valid, documented, as generated. */
class ScenarioFilesTest {

    @Test
    void everyScenarioFileIsWhatItsGeneratorGivesAndValid() throws IOException {
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, Platform> scenario : generated().entrySet()) {
            Path path = Fixtures.examplesProject().resolve(scenario.getKey());
            if (!Files.exists(path)) {
                Files.createDirectories(path.getParent());
                ModelFiles.save(scenario.getValue(), path);
                written.add(scenario.getKey());
                continue;
            }
            LoadResult loaded = ModelFiles.load(path);
            assertTrue(loaded.ok(), path + ": " + loaded.errors());
            assertTrue(EcoreUtil.equals(scenario.getValue(), loaded.platform()),
                path + " differs from its generator; rewrite it by deleting it and running the tests");
            assertEquals(List.of(), ModelValidator.validate(loaded.platform()).stream()
                .filter(problem -> problem.severity() == Severity.ERROR).toList(), path.toString());
            assertTrue(loaded.platform().getDescription().length() > 200, path + " explains what it shows");
        }
        if (!written.isEmpty()) {
            fail(written + " were missing and have been written from their generator; commit them");
        }
    }

    @Test
    void noStrayModelsInTheScenarioAndValidationFolders() throws IOException {
        for (String name : List.of(Scenarios.FOLDER, Validations.FOLDER)) {
            Path folder = Fixtures.examplesProject().resolve(name);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                List<String> stray = files.filter(f -> f.toString().endsWith(".platsim"))
                    .map(f -> Fixtures.examplesProject().relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !generated().containsKey(f)).toList();
                assertEquals(List.of(), stray, "model files no generator makes");
            }
        }
    }

    /** The seed scenarios and the validation suite's models, by their paths in the example project. */
    private static Map<String, Platform> generated() {
        Map<String, Platform> models = new LinkedHashMap<>(Scenarios.all());
        models.putAll(Validations.all());
        return models;
    }
}
