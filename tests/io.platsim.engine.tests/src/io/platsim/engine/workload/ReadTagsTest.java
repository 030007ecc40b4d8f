/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.workload;

import static io.platsim.engine.platform.Platforms.US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.platsim.engine.config.DmaStreamConfig;
import io.platsim.engine.config.PlatformConfig;
import io.platsim.engine.platform.PlatformSimulation;
import io.platsim.engine.platform.Platforms;
import io.platsim.engine.trace.TraceSink;

/**
 * A device's read tags: a read holds one from its request until its completions are in, not while its stream
 * thinks about the next one.
 */
class ReadTagsTest {

    private static final long DURATION = 200 * US;

    /** {@code streams} closed-loop 64-byte read streams, 5 us apart each, sharing a device with one read tag. */
    private static long transfers(int streams) {
        List<DmaStreamConfig> reads = new ArrayList<>();
        for (int i = 0; i < streams; i++) {
            reads.add(DmaStreamConfig.of("reads" + i, 0, false).size(64).outstanding(1).timing(0, 5 * US)
                .buffer((4L + i) << 20, 1L << 20, 0).build());
        }
        PlatformConfig config = PlatformConfig.of(1, 10 * US, DURATION).sockets(List.of(Platforms.socket(0, 2)), null)
            .rootPorts(Platforms.ROOT_PORT).links(List.of(Platforms.NIC_LINK))
            .devices(List.of(Platforms.nicBuilder(1).build())).streams(reads).build();
        PlatformSimulation sim = new PlatformSimulation(config, TraceSink.NONE);
        assertTrue(sim.run(ps -> { }, () -> false));
        long total = 0;
        for (int i = 0; i < streams; i++) {
            total += sim.stream(i).transfers();
        }
        return total;
    }

    @Test
    void aStreamBetweenItsReadsLeavesTheTagToAnother() {
        long one = transfers(1);
        long two = transfers(2);
        assertTrue(one > 20, "a read every 5 us and its latency: " + one);
        assertEquals(2.0 * one, two, one * 0.1, "two streams read twice as often through one tag, each reading while "
            + "the other waits out its 5 us: " + one + " alone, " + two + " together");
    }
}
