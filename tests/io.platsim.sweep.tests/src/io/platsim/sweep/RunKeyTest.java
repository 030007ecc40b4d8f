/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A sweep reuses a finished run only when everything that decides its files is the same: the point's model, the
 * seed, the simulated time, and each bundle on the way from a model file to a run folder.
 */
class RunKeyTest {

    private static final byte[] MODEL = "<platform name=\"p\" defaultsRevision=\"4\"/>".getBytes(
        StandardCharsets.UTF_8);

    @Test
    void namesEveryBundleThatTurnsAModelIntoARunWithItsVersion() {
        assertEquals(List.of("io.platsim.model", "io.platsim.compiler", "io.platsim.engine", "io.platsim.run"),
            List.copyOf(RunKey.versions().keySet()));
        RunKey.versions().forEach((bundle, version) -> assertTrue(version.matches("\\d+\\.\\d+\\.\\d+.*"),
            bundle + " has no version of its own: " + version));
    }

    @Test
    void aKeyChangesWithTheModelTheSeedAndTheDuration() {
        String key = RunKey.of(MODEL, 7, 10_000_000_000L);
        assertEquals(key, RunKey.of(MODEL.clone(), 7, 10_000_000_000L));
        assertNotEquals(key, RunKey.of("<platform name=\"p\" defaultsRevision=\"5\"/>".getBytes(
            StandardCharsets.UTF_8), 7, 10_000_000_000L));
        assertNotEquals(key, RunKey.of(MODEL, 8, 10_000_000_000L));
        assertNotEquals(key, RunKey.of(MODEL, 7, 20_000_000_000L));
        assertNotEquals(key, RunKey.of(MODEL, 7, null));
        assertTrue(key.matches("[0-9a-f]{20}"), key);
    }
}
