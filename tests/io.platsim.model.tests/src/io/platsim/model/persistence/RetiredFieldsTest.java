/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.platsim.model.Fixtures;


/**
 * A file from a release that still had fields which never changed a run (an LLC's slices, a second HitME size, a
 * link's transfer rate beside its bandwidth) loads; each is dropped with a note saying why, and a save leaves it out.
 */
class RetiredFieldsTest {

    @TempDir
    Path temp;

    @Test
    void retiredFieldsLoadWithANoteAndAreNotWrittenBack() throws IOException {
        Path example = Fixtures.examplesProject().resolve("two-socket-server.platsim");
        String text = Files.readString(example, StandardCharsets.UTF_8)
            .replace("name=\"s0-LLC\"", "name=\"s0-LLC\" slices=\"28\"")
            .replace("name=\"s0-home\"", "name=\"s0-home\" hitMeEntries=\"512\"")
            .replace("name=\"upi0\"", "name=\"upi0\" transferRateGTps=\"11.2\" bandwidthGBps=\"20.8\"")
            .replace("name=\"s1-home\"", "name=\"s1-home\" coherenceFeature=\"9\"");
        Path old = temp.resolve("old.platsim");
        Files.writeString(old, text, StandardCharsets.UTF_8);

        LoadResult loaded = ModelFiles.load(old);
        assertTrue(loaded.ok(), loaded.errors().toString());
        List<String> notes = loaded.warnings().stream().map(LoadProblem::text).toList();
        assertEquals(4, notes.size(), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.contains("s0-LLC") && n.contains("'slices' is no longer a field")),
            notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.contains("s0-home") && n.contains("'hitMeCacheEntries'")),
            notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.contains("upi0") && n.contains("'bandwidthGBps'")),
            notes.toString());
        // A field this release never knew is another matter: it is kept.
        assertTrue(notes.stream().anyMatch(n -> n.contains("'coherenceFeature'") && n.contains("kept")),
            notes.toString());
        assertEquals(20.8, loaded.platform().getInterSocketLinks().get(0).getBandwidthGBps(), "the rest loads");

        loaded.resource().save(null);
        String saved = Files.readString(old, StandardCharsets.UTF_8);
        assertFalse(saved.contains("slices=") || saved.contains("hitMeEntries=") || saved.contains("transferRateGTps="),
            "the retired fields are left out");
        assertTrue(saved.contains("coherenceFeature=\"9\""), "the unknown one is written back");
        assertEquals(1, ModelFiles.load(old).warnings().size());
    }
}
