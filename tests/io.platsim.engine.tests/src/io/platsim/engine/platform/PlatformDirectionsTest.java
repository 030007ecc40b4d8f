/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.platform;

import io.platsim.engine.config.PlatformConfig;
import io.platsim.engine.config.InterSocketConfig;
import static io.platsim.engine.platform.Platforms.NS;
import static io.platsim.engine.platform.Platforms.US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.platsim.engine.config.DmaStreamConfig;
import io.platsim.engine.socket.SocketConfig.SnoopMode;
import io.platsim.engine.socket.SocketConfig;

/**
 * The directions an architect trusts a simulator by, on one socket and on two, in every snoop mode: warm lines
 * beat cold ones, a larger transfer never takes less time, more DMA ways never slow DMA writes, throughput does not
 * depend on how long the run is, and no latency part is ever negative (every run's records are checked).
 */
class PlatformDirectionsTest {

    private static PlatformSimulation run(int sockets, SnoopMode mode, int dmaWays, List<DmaStreamConfig> streams,
            long durationPs) {
        List<SocketConfig> list = new ArrayList<>();
        for (int i = 0; i < sockets; i++) {
            list.add(Platforms.socket(i, dmaWays, mode, 64));
        }
        InterSocketConfig upi = sockets > 1
            ? new InterSocketConfig("upi", 50 * NS, 22.4e9) : null;
        PlatformConfig config = PlatformConfig.of(1, 10 * US, durationPs).sockets(list, upi)
            .rootPorts(Platforms.ROOT_PORT).links(List.of(Platforms.NIC_LINK))
            .devices(List.of(Platforms.nic(false, 800 * NS, true))).streams(streams).build();
        PlatformSimulation sim = new PlatformSimulation(config, new PartsChecked(mode));
        assertTrue(sim.run(ps -> { }, () -> false));
        return sim;
    }

    private static long p50(PlatformSimulation sim, int stream) {
        return sim.stream(stream).latency().percentile(0.5);
    }

    @Test
    void warmLinesAreReadFasterThanColdOnes() {
        for (int sockets = 1; sockets <= 2; sockets++) {
            for (SnoopMode mode : SnoopMode.values()) {
                DmaStreamConfig reads = Platforms.stream(false, 64, 1, 256 * 1024, 0, 0);
                long cold = p50(run(sockets, mode, 2, List.of(reads), 100 * US), 0);
                // The same reads while the device keeps writing the buffer into the LLC's DMA ways.
                DmaStreamConfig writes = Platforms.stream(true, 1024, 40, 256 * 1024, 0, 0);
                long warm = p50(run(sockets, mode, 2, List.of(writes, reads), 100 * US), 1);
                assertTrue(warm < cold, sockets + " sockets, " + mode + ": warm " + warm + " ps vs cold " + cold);
            }
        }
    }

    @Test
    void aLargerTransferNeverTakesLess() {
        for (int sockets = 1; sockets <= 2; sockets++) {
            for (SnoopMode mode : SnoopMode.values()) {
                for (boolean write : new boolean[] {false, true}) {
                    long before = 0;
                    for (int size : new int[] {64, 256, 1024, 4096}) {
                        DmaStreamConfig stream = Platforms.stream(write, size, 1, 4L << 20, sockets - 1, 0);
                        long p50 = p50(run(sockets, mode, 2, List.of(stream), 100 * US), 0);
                        assertTrue(p50 >= before, sockets + " sockets, " + mode + (write ? " writes " : " reads ")
                            + "of " + size + " B: " + p50 + " ps, less than the smaller one's " + before);
                        before = p50;
                    }
                }
            }
        }
    }

    @Test
    void moreDmaWaysNeverSlowDmaWrites() {
        for (int sockets = 1; sockets <= 2; sockets++) {
            for (SnoopMode mode : SnoopMode.values()) {
                long before = Long.MAX_VALUE;
                for (int ways : new int[] {0, 2, 4, 8}) {
                    DmaStreamConfig writes = Platforms.stream(true, 1500, 40, 8L << 20, 0, 0);
                    long p50 = p50(run(sockets, mode, ways, List.of(writes), 100 * US), 0);
                    assertTrue(p50 <= before, sockets + " sockets, " + mode + ", " + ways + " ways: " + p50
                        + " ps, more than with fewer ways (" + before + ")");
                    before = p50;
                }
            }
        }
    }

    @Test
    void throughputDoesNotDependOnTheRunsLengthOnceWarm() {
        for (int sockets = 1; sockets <= 2; sockets++) {
            for (SnoopMode mode : SnoopMode.values()) {
                for (boolean write : new boolean[] {false, true}) {
                    DmaStreamConfig stream = Platforms.stream(write, 4096, 400, 4L << 20, 0, 0);
                    double shortRun = run(sockets, mode, 2, List.of(stream), 50 * US).stream(0).deliveredBytes()
                        / 50.0;
                    double longRun = run(sockets, mode, 2, List.of(stream), 200 * US).stream(0).deliveredBytes()
                        / 200.0;
                    assertEquals(longRun, shortRun, longRun * 0.02, sockets + " sockets, " + mode
                        + (write ? " writes" : " reads") + ": bytes per us in 50 us vs 200 us");
                }
            }
        }
    }
}
