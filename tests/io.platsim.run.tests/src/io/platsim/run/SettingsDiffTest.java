/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.platsim.compiler.ModelCompiler;
import io.platsim.compiler.RunOverrides;
import io.platsim.model.Platform;
import io.platsim.model.persistence.ModelFiles;
import io.platsim.templates.Templates;
import io.platsim.run.SettingsDiff.Difference;

/** Which settings two runs differ in: each run keeps the model it ran, and Compare Runs names what changed. */
class SettingsDiffTest {

    @TempDir
    Path temp;

    @Test
    void aChangedFieldAndARemovedElementAreNamedByPath() {
        Platform a = Templates.small("lab");
        Platform b = Templates.small("lab");
        b.getSockets().get(0).getCores().get(1).setFrequencyMHz(3000);
        String removed = b.getDevices().get(0).getName();
        b.getDevices().remove(0);
        List<Difference> differences = SettingsDiff.between(a, b);
        String core = a.getSockets().get(0).getName() + "/" + a.getSockets().get(0).getCores().get(1).getName();
        assertTrue(differences.contains(new Difference(core, "Frequency (MHz)", "2000", "3000")), differences
            .toString());
        assertTrue(differences.stream().anyMatch(d -> d.element().equals(removed) && d.field().equals("element")
            && d.second().equals("(none)")), differences.toString());
        assertEquals(List.of(), SettingsDiff.between(a, Templates.small("lab")), "the same model: nothing differs");
    }

    @Test
    void sizesThatReadAlikeAreShownExactly() {
        Platform a = Templates.small("lab");
        Platform b = Templates.small("lab");
        a.getSockets().get(0).getCaches().get(0).setSizeBytes(49152);
        b.getSockets().get(0).getCaches().get(0).setSizeBytes(49153);
        List<Difference> differences = SettingsDiff.between(a, b);
        assertEquals(1, differences.size(), differences.toString());
        assertEquals("49152 B", differences.get(0).first());
        assertEquals("49153 B", differences.get(0).second());
        b.getSockets().get(0).getCaches().get(0).setSizeBytes(65536);
        assertEquals("48 KiB", SettingsDiff.between(a, b).get(0).first(), "sizes that read apart: as the user reads");
    }

    @Test
    void aRunKeepsTheModelItRanAndRunsWithoutOneAreNotCompared() throws Exception {
        Path model = temp.resolve("lab.platsim");
        ModelFiles.save(Templates.small("lab"), model);
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        Platform platform = ModelFiles.load(model).platform();
        Runner.run(model, ModelCompiler.compile(platform, new RunOverrides(5_000_000L, null)), first, Runner.KINDS,
            ps -> { }, () -> false, false);
        Runner.run(model, ModelCompiler.compile(platform, new RunOverrides(5_000_000L, 7L)), second, Runner.KINDS,
            ps -> { }, () -> false, false);
        assertEquals(Files.readString(model), Files.readString(first.resolve(Runner.MODEL)), "the model as it ran");
        assertEquals(List.of(new Difference("run", "seed", "1", "7")), SettingsDiff.between(first, second));
        Files.delete(second.resolve(Runner.MODEL));
        assertNull(SettingsDiff.between(first, second), "a run that kept no model: not compared");
    }
}
