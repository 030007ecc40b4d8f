/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.platsim.model.Platform;
import io.platsim.model.persistence.ModelFiles;
import io.platsim.model.sweep.Factors;
import io.platsim.model.sweep.Sweep;
import io.platsim.runner.cli.Cli;
import io.platsim.runner.cli.CliCall;
import io.platsim.sweep.SweepFile;
import io.platsim.sweep.cluster.ClusterSettings;
import io.platsim.sweep.cluster.ClusterWorker;
import io.platsim.templates.Templates;

/** {@code platsim sweep}: a progress line, the table of means and intervals, the tables' files and exit codes. */
class SweepCommandTest {

    @TempDir
    Path temp;

    private Path sweep(String attribute, String... values) throws Exception {
        Path model = temp.resolve("lab.platsim");
        ModelFiles.save(Templates.small("lab"), model);
        Platform lab = ModelFiles.load(model).platform();
        Sweep sweep = Factors.sweep(lab, 2, 20, List.of(Factors.listed(lab.getWorkloads().get(0), attribute, values)),
            "devices/0/streams/0/throughput_gbps");
        sweep.setName("rates");
        Path file = temp.resolve("rates.sweep");
        SweepFile.save(sweep, file);
        return file;
    }

    @Test
    void aSweepPrintsItsProgressAndItsTableAndWritesItsTablesBesideIt() throws Exception {
        Path file = sweep("rateGbps", "10", "20");
        CliCall call = CliCall.of("sweep", file.toString(), "--workers", "2");
        assertEquals(Cli.OK, call.code(), call.err());
        Path out = temp.resolve("Sweeps/rates");
        assertTrue(call.out().contains("Sweep rates on 2 local workers, into " + out), call.out());
        assertTrue(call.err().contains("] 4/4 runs, 0 failed, 0 to go"), call.err());
        assertTrue(call.out().contains("4 runs now, 0 finished before; 0 not ok"), call.out());
        assertTrue(call.out().lines().anyMatch(l -> l.matches("\\s+P0002\\s+20\\s+2/2\\s+(19|20)(\\.\\d+)? ± 0")),
            call.out());
        assertTrue(Files.exists(out.resolve("results.csv")) && Files.exists(out.resolve("summary.csv")));
        CliCall again = CliCall.of("sweep", file.toString());
        assertTrue(again.out().contains("0 runs now, 4 finished before"), again.out());
    }

    @Test
    void aSweepRunsOnTheClusterItIsGivenAndAWorkerNeedsTheSecret() throws Exception {
        Path file = sweep("rateGbps", "10", "20");
        System.setProperty("platsim.cluster.secret", "command-line-test");
        System.setProperty("platsim.worker.dir", temp.resolve("worker").toString());
        List<String> members = List.of("127.0.0.1:5931", "127.0.0.1:5932");
        try (ClusterWorker first = ClusterWorker.start(new ClusterSettings("127.0.0.1", 5931, members,
                "command-line-test"), 1);
                ClusterWorker second = ClusterWorker.start(new ClusterSettings("127.0.0.1", 5932, members,
                    "command-line-test"), 1)) {
            CliCall call = CliCall.of("sweep", file.toString(), "--cluster", String.join(",", members), "--port",
                "5940", "--out", temp.resolve("on-cluster").toString());
            assertEquals(Cli.OK, call.code(), call.err());
            assertTrue(call.out().contains("Sweep rates on a cluster of 2 workers"), call.out());
            assertTrue(call.out().contains("4 runs now, 0 finished before; 0 not ok"), call.out());
            assertEquals(Cli.USAGE, CliCall.of("sweep", file.toString(), "--cluster", "no-port").code());
        } finally {
            System.clearProperty("platsim.cluster.secret");
        }
        CliCall worker = CliCall.of("worker", "--port", "5933");
        assertEquals(Cli.USAGE, worker.code());
        assertTrue(worker.err().contains("set PLATSIM_CLUSTER_SECRET"), worker.err());
        assertEquals(Cli.USAGE, CliCall.of("worker", "stray").code());
    }

    @Test
    void anInvalidSweepIsRefusedWithItsProblemsAndBadOptionsAreUsageErrors() throws Exception {
        Path file = sweep("rateGbps", "fast");
        CliCall call = CliCall.of("sweep", file.toString());
        assertEquals(Cli.INVALID_MODEL, call.code());
        assertTrue(call.err().contains(file + ": factor 1 (rx-packets.rateGbps): field 'Values': 'fast' is not a "
            + "value of EDouble"), call.err());
        assertEquals(Cli.USAGE, CliCall.of("sweep", file.toString(), "--workers", "0").code());
        assertEquals(Cli.USAGE, CliCall.of("sweep", file.toString(), "--heap", "lots").code());
    }
}
