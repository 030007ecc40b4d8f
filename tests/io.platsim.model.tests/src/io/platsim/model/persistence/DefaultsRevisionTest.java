/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.platsim.model.Iommu;
import io.platsim.model.MemoryController;
import io.platsim.model.Socket;
import io.platsim.templates.Templates;

/**
 * A saved model keeps its meaning across releases: a file written before a default changed loads with the old
 * default written into the model, and says so; a file of this release loads as it is.
 */
class DefaultsRevisionTest {

    @TempDir
    Path temp;

    @Test
    void aFileWrittenBeforeADefaultChangedKeepsTheOldDefault() throws IOException {
        Path file = temp.resolve("old.platsim");
        ModelFiles.save(Templates.realistic("old"), file);
        // As the release before revisions wrote it: no revision, and no crossing (a field it did not have).
        String text = Files.readString(file, StandardCharsets.UTF_8)
            .replaceFirst(" defaultsRevision=\"" + Defaults.CURRENT + "\"", "")
            .replaceFirst("\n\\s+defaultsRevision=\"" + Defaults.CURRENT + "\"", "");
        assertTrue(!text.contains("defaultsRevision") && !text.contains("interconnectCrossingNs"));
        Files.writeString(file, text, StandardCharsets.UTF_8);

        LoadResult old = ModelFiles.load(file);
        assertTrue(old.ok(), old.errors().toString());
        for (Socket socket : old.platform().getSockets()) {
            assertEquals(0.0, socket.getInterconnectCrossingNs(), socket.getName() + " keeps no crossing");
        }
        for (Iommu iommu : old.platform().getIommus()) {
            assertTrue(iommu.isUnmapKeepsWalkCaches(), iommu.getName() + " keeps its walk caches on unmaps");
            assertEquals(50.0, iommu.getPteUpdateNs(), iommu.getName() + " keeps its page-table update time");
            assertEquals(0.0, iommu.getDeferredQueueNs(), iommu.getName() + " keeps deferred unmaps free of queueing");
            assertEquals(180.0, iommu.getPageWalkLatencyNs(), iommu.getName() + " keeps its walker time");
        }
        List<MemoryController> memories = memories(old.platform());
        assertTrue(!memories.isEmpty(), "the template has memory");
        for (MemoryController memory : memories) {
            assertEquals(90.0, memory.getLatencyNs(), memory.getName() + " keeps the whole idle latency");
        }
        List<String> notes = old.warnings().stream().map(LoadProblem::text).toList();
        assertEquals(8, notes.size(), notes.toString());
        assertTrue(notes.get(0).contains("old.platsim") && notes.get(0).contains("'Interconnect crossing (ns)' at 0.0")
            && notes.get(0).contains("the default is now 4.0"), notes.get(0));
        assertTrue(notes.get(1).contains("'Unmap keeps walk caches' at true") && notes.get(1).contains("now false"),
            notes.get(1));
        assertTrue(notes.get(2).contains("'PTE update (ns)' at 50.0") && notes.get(2).contains("now 80.0"),
            notes.get(2));

        ModelFiles.save(old.platform(), file);
        LoadResult saved = ModelFiles.load(file);
        assertEquals(List.of(), saved.warnings(), "saved again, it is current and says nothing");
        assertEquals(Defaults.CURRENT, saved.platform().getDefaultsRevision());
        assertEquals(0.0, saved.platform().getSockets().get(1).getInterconnectCrossingNs(), "and keeps its meaning");
    }

    @Test
    void aFileOfTheFirstRevisionKeepsOnlyTheDefaultsThatChangedSince() throws IOException {
        Path file = temp.resolve("first.platsim");
        ModelFiles.save(Templates.realistic("first"), file);
        String text = Files.readString(file, StandardCharsets.UTF_8)
            .replaceFirst("defaultsRevision=\"" + Defaults.CURRENT + "\"", "defaultsRevision=\"1\"");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        LoadResult first = ModelFiles.load(file);
        assertEquals(4.0, first.platform().getSockets().get(0).getInterconnectCrossingNs(), "revision 1 had it");
        assertTrue(first.platform().getIommus().get(0).isUnmapKeepsWalkCaches(), "revision 2 changed this one");
        assertEquals(10.0, first.platform().getIommus().get(0).getMagazineOpNs(), "and revision 3 this one");
        assertEquals(180.0, first.platform().getIommus().get(0).getPageWalkLatencyNs(), "and revision 4 this one");
        assertEquals(7, first.warnings().size(), first.warnings().toString());
    }

    @Test
    void aFileOfThisReleaseTakesTheCurrentDefaults() throws IOException {
        Path file = temp.resolve("new.platsim");
        ModelFiles.save(Templates.small("new"), file);
        LoadResult loaded = ModelFiles.load(file);
        assertEquals(List.of(), loaded.warnings());
        assertEquals(4.0, loaded.platform().getSockets().get(0).getInterconnectCrossingNs());
        List<MemoryController> memories = memories(loaded.platform());
        assertTrue(!memories.isEmpty(), "the template has memory");
        for (MemoryController memory : memories) {
            assertEquals(77.3, memory.getLatencyNs(), memory.getName() + ": the memory's own time");
        }
    }

    private static List<MemoryController> memories(io.platsim.model.Platform platform) {
        List<MemoryController> found = new java.util.ArrayList<>();
        platform.eAllContents().forEachRemaining(element -> {
            if (element instanceof MemoryController memory) {
                found.add(memory);
            }
        });
        return found;
    }
}
