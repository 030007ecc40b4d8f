/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.platsim.model.Platform;
import io.platsim.model.persistence.ModelFiles;
import io.platsim.model.sweep.FactorScale;
import io.platsim.model.sweep.Factors;
import io.platsim.model.sweep.Sweep;
import io.platsim.sweep.SweepFile;
import io.platsim.sweep.SweepRun;
import io.platsim.sweep.exec.Classpath;
import io.platsim.sweep.exec.LocalProcesses;
import io.platsim.sweep.results.Row;
import io.platsim.templates.Templates;
import io.platsim.trace.analysis.RunSummary;

/**
 * A sweep on a cluster of three workers on this machine, one of which leaves mid-sweep: its runs go to the others,
 * and every run's figures equal those of the same sweep run locally. A member of another secret stays out.
 */
class ClusterSweepTest {

    private static final String SECRET = "cluster-test-secret";
    private static final List<String> WORKERS = List.of("127.0.0.1:5911", "127.0.0.1:5912", "127.0.0.1:5913");
    /** Figures that tell how fast the machine ran, not what was simulated. */
    private static final List<String> WALL = List.of("wall_seconds", "engine_events_per_second",
        "simulated_us_per_wall_second", "peak_heap_mib");

    @TempDir
    Path temp;
    private final List<ClusterWorker> members = new ArrayList<>();

    @AfterEach
    void stop() {
        members.forEach(ClusterWorker::kill);
    }

    private Path sweep() throws Exception {
        Path model = temp.resolve("lab.platsim");
        ModelFiles.save(Templates.small("lab"), model);
        Platform lab = ModelFiles.load(model).platform();
        Sweep sweep = Factors.sweep(lab, 2, 50, List.of(Factors.range((EObject) lab.getWorkloads().get(0),
            "rateGbps", FactorScale.LINEAR, 5, 30, 6)), "devices/0/streams/0/throughput_gbps");
        Path file = temp.resolve("rates.sweep");
        SweepFile.save(sweep, file);
        return file;
    }

    /** Each run's figures, by point and replication, without the wall-clock ones. */
    private static Map<String, Map<String, Double>> figures(SweepRun.Outcome outcome) throws Exception {
        Map<String, Map<String, Double>> figures = new LinkedHashMap<>();
        for (Row row : outcome.rows()) {
            Map<String, Double> run = new LinkedHashMap<>(RunSummary.read(outcome.folder().resolve(row.run()))
                .figures());
            run.keySet().removeIf(WALL::contains);
            figures.put(row.point().id() + "/" + row.replication(), run);
        }
        return figures;
    }

    @Test
    void aWorkerThatLeavesMidSweepHasItsRunsRunElsewhereAndTheFiguresEqualALocalSweeps() throws Exception {
        System.setProperty(RemoteRun.WORK, Files.createDirectories(temp.resolve("worker")).toString());
        for (String address : WORKERS) {
            int port = Integer.parseInt(address.substring(address.indexOf(':') + 1));
            members.add(ClusterWorker.start(new ClusterSettings("127.0.0.1", port, WORKERS, SECRET), 1));
        }
        ClusterWorker stranger = ClusterWorker.start(new ClusterSettings("127.0.0.1", 5914, WORKERS,
            "another secret"), 1);
        members.add(stranger);
        assertEquals(3, members.get(0).members(), "the member of another secret stays out");
        assertEquals(1, stranger.members());
        Path file = sweep();
        SweepRun.Outcome cluster;
        AtomicBoolean left = new AtomicBoolean();
        try (ClusterExecutor executor = new ClusterExecutor(new ClusterSettings("127.0.0.1", 5920, WORKERS, SECRET),
                false)) {
            assertEquals("a cluster of 3 workers", executor.describe());
            cluster = SweepRun.run(SweepFile.load(file), temp.resolve("cluster"), executor, null, List.of(),
                (ended, failed, toRun) -> {
                    if (ended == 2 && left.compareAndSet(false, true)) {
                        new Thread(members.get(1)::kill).start();
                    }
                }, () -> false);
        }
        assertTrue(left.get());
        assertEquals(12, cluster.ran());
        assertEquals(0, cluster.notOk(), cluster.rows().toString());
        Path local = temp.resolve("local");
        SweepRun.Outcome here = SweepRun.run(SweepFile.load(file), local, new LocalProcesses(2, 256,
            Classpath.forRuns(), local.resolve(SweepRun.LOGS), null), null, List.of(), (a, b, c) -> { }, () -> false);
        assertEquals(figures(here), figures(cluster), "the same seeds give the same figures on the cluster");
        assertEquals(Files.readAllLines(local.resolve("summary.csv")),
            Files.readAllLines(temp.resolve("cluster/summary.csv")));
    }
}
