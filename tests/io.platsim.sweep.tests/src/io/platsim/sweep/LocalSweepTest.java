/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.platsim.model.DmaStream;
import io.platsim.model.PcieLink;
import io.platsim.model.Platform;
import io.platsim.sweep.exec.Classpath;
import io.platsim.sweep.exec.LocalProcesses;
import io.platsim.sweep.results.Row;
import io.platsim.sweep.results.SweepTables;
import io.platsim.sweep.results.SweepTables.PointSummary;

/**
 * A sweep on this machine's cores, each run in a process of its own: the tables hold every point and seed, a
 * point that does not validate is recorded and the sweep goes on, and running the sweep again runs only what is
 * missing.
 */
class LocalSweepTest {

    private static final String THROUGHPUT = "devices/0/streams/0/throughput_gbps";

    @TempDir
    Path temp;

    private static SweepRun.Outcome run(SweepFile.Loaded loaded, Path out, int workers) throws Exception {
        Path logs = out.resolve(SweepRun.LOGS);
        return run(loaded, new LocalProcesses(workers, 256, Classpath.forRuns(), logs, null), out);
    }

    private static SweepRun.Outcome run(SweepFile.Loaded loaded, LocalProcesses processes, Path out)
            throws Exception {
        List<int[]> progress = new ArrayList<>();
        SweepRun.Outcome outcome = SweepRun.run(loaded, out, processes, null, List.of(),
            (ended, failed, toRun) -> progress.add(new int[] {ended, failed, toRun}), () -> false);
        int[] last = progress.get(progress.size() - 1);
        assertEquals(last[2], last[0], "the progress ends with every run ended");
        return outcome;
    }

    @Test
    void aSweepRunsEveryPointAndSeedRecordsAnInvalidPointAndResumesWhatIsMissing() throws Exception {
        Platform lab = Sweeps.lab(temp);
        PcieLink link = lab.getPcieLinks().get(0);
        DmaStream rx = (DmaStream) lab.getWorkloads().get(0);
        Path file = Sweeps.save(lab, temp.resolve("lanes.sweep"), 2, 20, List.of(Sweeps.listed(link, "lanes", "3",
            "4", "8"), Sweeps.listed(rx, "rateGbps", "10", "40")), THROUGHPUT, "devices/0/streams/0/latency_ns/p99");
        SweepFile.Loaded loaded = SweepFile.load(file);
        assertEquals(List.of(), loaded.problems());
        Path out = temp.resolve("out");
        SweepRun.Outcome first = run(loaded, out, 2);
        assertEquals(12, first.rows().size(), "3 x 2 points, 2 seeds each");
        assertEquals(8, first.ran(), "the x3 points do not validate and do not run");
        List<Row> invalid = first.rows().stream().filter(r -> r.status().equals(Row.INVALID)).toList();
        assertEquals(4, invalid.size());
        assertTrue(invalid.get(0).message().contains("lanes"), invalid.get(0).message());
        assertTrue(Files.exists(out.resolve("points/P0001/" + SweepRun.PROBLEMS)));
        assertTrue(first.rows().stream().filter(r -> !r.status().equals(Row.INVALID))
            .allMatch(r -> r.status().equals(Row.OK) && r.responses()[0] > 0), first.rows().toString());
        PointSummary x4At40 = first.summary().get(3);
        PointSummary x8At40 = first.summary().get(5);
        assertEquals(List.of("4", "40"), x4At40.point().values());
        assertTrue(x4At40.responses().get(0).mean() < 32, "Gen3 x4 carries under 32 Gb/s of the 40 offered");
        assertTrue(x8At40.responses().get(0).mean() > 39, "x8 carries the 40");
        List<String> results = Files.readAllLines(out.resolve(SweepTables.RESULTS));
        assertEquals("point,nic0-link.lanes,rx-packets.rateGbps,replication,seed,status,wall_s," + THROUGHPUT
            + ",devices/0/streams/0/latency_ns/p99,run,message", results.get(0));
        assertEquals(13, results.size());
        List<String> summary = Files.readAllLines(out.resolve(SweepTables.SUMMARY));
        assertEquals(7, summary.size());
        assertTrue(summary.get(4).startsWith("P0004,4,40,2,2,"), summary.get(4));

        SweepRun.Outcome again = run(SweepFile.load(file), out, 2);
        assertEquals(0, again.ran(), "nothing is missing");
        assertEquals(8, again.reused());
        assertEquals(Files.readAllLines(out.resolve(SweepTables.SUMMARY)), summary, "the same table");
        Path oneRun = out.resolve(first.rows().stream().filter(r -> r.status().equals(Row.OK)).findFirst()
            .orElseThrow().run());
        try (Stream<Path> files = Files.walk(oneRun)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        SweepRun.Outcome resumed = run(SweepFile.load(file), out, 1);
        assertEquals(1, resumed.ran(), "only the run that went missing runs again");
        assertEquals(summary, Files.readAllLines(out.resolve(SweepTables.SUMMARY)), "and gives the same figures");
    }

    private static java.nio.file.attribute.FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void workersStartedFromTheRuntimesCacheGiveTheSameFigures() throws Exception {
        Platform lab = Sweeps.lab(temp);
        DmaStream rx = (DmaStream) lab.getWorkloads().get(0);
        Path file = Sweeps.save(lab, temp.resolve("rates.sweep"), 2, 20, List.of(Sweeps.listed(rx, "rateGbps", "10",
            "40")), THROUGHPUT, "devices/0/streams/0/latency_ns/p99");
        Path aot = temp.resolve("aot");
        List<List<String>> summaries = new ArrayList<>();
        java.nio.file.attribute.FileTime written = null;
        for (String name : List.of("without", "writing", "with")) {
            Path out = temp.resolve(name);
            Path logs = out.resolve(SweepRun.LOGS);
            SweepRun.Outcome outcome = run(SweepFile.load(file), new LocalProcesses(2, 256, Classpath.forRuns(), logs,
                name.equals("without") ? null : aot), out);
            assertEquals(4, outcome.ran());
            assertEquals(0, outcome.notOk(), outcome.rows().toString());
            summaries.add(Files.readAllLines(out.resolve(SweepTables.SUMMARY)));
            if (name.equals("writing") && Runtime.version().feature() >= 25) {
                List<Path> caches;
                try (Stream<Path> listed = Files.list(aot)) {
                    caches = listed.toList();
                }
                assertEquals(1, caches.size(), "the first sweep writes one cache, and nothing half-written: " + caches);
                written = Files.getLastModifiedTime(caches.get(0));
            }
            if (name.equals("with") && written != null) {
                try (Stream<Path> caches = Files.list(aot)) {
                    assertEquals(List.of(written), caches.map(LocalSweepTest::modified).toList(),
                        "the second sweep started from that cache and wrote none");
                }
                for (int w = 1; w <= 2; w++) {
                    String said = Files.readString(logs.resolve("worker-" + w + ".log")).toLowerCase(Locale.ROOT);
                    assertFalse(said.contains("aot"), "the runtime took the cache without a word: " + said);
                }
            }
        }
        assertEquals(summaries.get(0), summaries.get(1), "a worker writing the cache runs as any other");
        assertEquals(summaries.get(0), summaries.get(2), "a worker started from the cache gives the same figures");
    }
}
