/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.socket;

import static io.platsim.engine.platform.Platforms.NS;
import static io.platsim.engine.platform.Platforms.US;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.platsim.engine.config.CpuStreamConfig;
import io.platsim.engine.socket.SocketConfig.SnoopMode;
import io.platsim.engine.config.PlatformConfig;
import io.platsim.engine.platform.PlatformSimulation;
import io.platsim.engine.platform.Platforms;
import io.platsim.engine.trace.TraceSink;

/** Cores' accesses through the coherence protocol, as an architect expects them to compare. */
class CoherenceTest {

    private static PlatformSimulation run(int sockets, SnoopMode mode, List<CpuStreamConfig> cpu) {
        PlatformConfig config = Platforms.platform(sockets, 2, mode, Platforms.nic(false, 800 * NS, true), List.of(),
            cpu, 200 * US);
        PlatformSimulation sim = new PlatformSimulation(config, TraceSink.NONE);
        sim.run(ps -> { }, () -> false);
        return sim;
    }

    private static long p50(PlatformSimulation sim, int stream) {
        return sim.cpuStream(stream).latency().percentile(0.5);
    }

    @Test
    void readingALineModifiedInAnotherCoreCostsMoreThanACleanHit() {
        long window = 64 * 1024;
        PlatformSimulation modified = run(1, SnoopMode.HOME_SNOOP, List.of(Platforms.cpu(0, 1, 1.0, 1e8, window, 0),
            Platforms.cpu(0, 2, 0.0, 1e8, window, 0)));
        PlatformSimulation clean = run(1, SnoopMode.HOME_SNOOP, List.of(Platforms.cpu(0, 1, 0.0, 1e8, window, 0),
            Platforms.cpu(0, 2, 0.0, 1e8, window, 0)));
        assertTrue(modified.coreSnoops(TraceSink.SNOOP_MODIFIED) > 1000);
        long fromModified = modified.cpuStream(1).latency().percentile(0.9);
        long fromClean = clean.cpuStream(1).latency().percentile(0.9);
        assertTrue(fromModified > fromClean, "modified " + fromModified + " ps vs clean " + fromClean + " ps");
    }

    @Test
    void remoteHomedLinesCostMoreThanLocalOnes() {
        long window = 512L << 20;
        for (SnoopMode mode : SnoopMode.values()) {
            PlatformSimulation sim = run(2, mode, List.of(Platforms.cpu(0, 1, 0.0, 1e7, window, 0),
                Platforms.cpu(0, 2, 0.0, 1e7, window, 1)));
            assertTrue(p50(sim, 1) > p50(sim, 0), mode + ": remote " + p50(sim, 1) + " vs local " + p50(sim, 0));
        }
    }

    @Test
    void sourceSnoopBeatsHomeSnoopForRemoteLinesAtLowLoadButSpendsMoreLinkBandwidth() {
        long window = 512L << 20;
        List<CpuStreamConfig> remoteReads = List.of(Platforms.cpu(0, 1, 0.0, 1e7, window, 1));
        PlatformSimulation source = run(2, SnoopMode.SOURCE_SNOOP, remoteReads);
        PlatformSimulation home = run(2, SnoopMode.HOME_SNOOP, remoteReads);
        assertTrue(p50(source, 0) < p50(home, 0), "source " + p50(source, 0) + " vs home " + p50(home, 0));
        assertTrue(source.interSocketBytes() > home.interSocketBytes());
    }

    @Test
    void aDirectorySparesLocalReadsTheRemoteSnoop() {
        long window = 512L << 20;
        List<CpuStreamConfig> localReads = List.of(Platforms.cpu(0, 1, 0.0, 1e7, window, 0));
        PlatformSimulation directory = run(2, SnoopMode.DIRECTORY, localReads);
        PlatformSimulation home = run(2, SnoopMode.HOME_SNOOP, localReads);
        assertTrue(p50(directory, 0) < p50(home, 0), "directory " + p50(directory, 0) + " vs home " + p50(home, 0));
        assertTrue(directory.interSocketBytes() < home.interSocketBytes());
    }
}
