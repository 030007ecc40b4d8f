/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.platsim.model.Nic;
import io.platsim.model.Platform;
import io.platsim.model.PlatsimFactory;
import io.platsim.templates.Templates;

/** A save that fails leaves the last good file; a save that works replaces it whole. */
class AtomicSaveTest {

    @TempDir
    Path temp;

    @Test
    void failedSaveLeavesTheLastGoodFileAndNoLitter() throws IOException {
        Path file = temp.resolve("lab.platsim");
        ModelFiles.save(Templates.small("lab"), file);
        byte[] before = Files.readAllBytes(file);

        LoadResult loaded = ModelFiles.load(file);
        Platform platform = loaded.platform();
        Nic outside = PlatsimFactory.eINSTANCE.createNic();
        outside.setName("not-in-any-model");
        platform.getPcieLinks().get(0).setDownstream(outside);
        platform.setName("changed");

        assertThrows(IOException.class, () -> ModelFiles.save(platform, file));
        assertArrayEquals(before, Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void aSaveRemovesWhatInterruptedSavesLeftBehind() throws IOException {
        Path file = temp.resolve("lab.platsim");
        Path stale = temp.resolve(".lab.platsim4711.saving");
        Path fresh = temp.resolve(".lab.platsim4712.saving");
        Path other = temp.resolve(".other.platsim4713.saving");
        for (Path litter : List.of(stale, fresh, other)) {
            Files.writeString(litter, "half a model");
        }
        Path held = temp.resolve(".lab.platsim4714.saving");
        Files.writeString(held, "a save in progress");
        FileTime hourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        for (Path old : List.of(stale, other, held)) {
            Files.setLastModifiedTime(old, hourAgo);
        }
        try (FileChannel channel = FileChannel.open(held, StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            ModelFiles.save(Templates.small("lab"), file);
        }
        assertFalse(Files.exists(stale), "an interrupted save's temporary file goes");
        assertTrue(Files.exists(fresh), "one that may be another save's, not locked yet, stays");
        assertTrue(Files.exists(held), "one a save holds stays, however old");
        assertTrue(Files.exists(other), "another file's is left to its own saves");
        assertTrue(ModelFiles.load(file).ok());
    }

    @Test
    void goodSaveReplacesTheFile() throws IOException {
        Path file = temp.resolve("lab.platsim");
        ModelFiles.save(Templates.small("lab"), file);
        LoadResult loaded = ModelFiles.load(file);
        loaded.platform().setName("renamed");
        ModelFiles.save(loaded.platform(), file);
        assertEquals("renamed", ModelFiles.load(file).platform().getName());
        assertTrue(Files.readString(file).contains("name=\"renamed\""));
    }
}
