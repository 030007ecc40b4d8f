/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.dma;

import io.platsim.engine.config.InterSocketConfig;
import static io.platsim.engine.platform.Platforms.NS;
import static io.platsim.engine.platform.Platforms.US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.platsim.engine.socket.SocketConfig.SnoopMode;
import io.platsim.engine.socket.SocketConfig;
import io.platsim.engine.config.PlatformConfig;
import io.platsim.engine.platform.PlatformSimulation;
import io.platsim.engine.platform.Platforms;
import io.platsim.engine.trace.TraceSink;

/** DMA writes on one socket and on two, by snoop mode: what the home agent must do, and what it costs. */
class DmaCoherenceTest {

    private static PlatformSimulation writes(int sockets, SnoopMode mode, int ioDirectoryCache, long window) {
        return writes(sockets, mode, ioDirectoryCache, window, 2);
    }

    private static PlatformSimulation writes(int sockets, SnoopMode mode, int ioDirectoryCache, long window,
            int dmaWays) {
        List<SocketConfig> list = new ArrayList<>();
        for (int i = 0; i < sockets; i++) {
            list.add(Platforms.socket(i, dmaWays, mode, ioDirectoryCache));
        }
        InterSocketConfig upi = sockets > 1
            ? new InterSocketConfig("upi", 25 * NS, 22.4e9) : null;
        PlatformConfig config = PlatformConfig.of(1, 10 * US, 200 * US).sockets(list, upi)
            .rootPorts(Platforms.ROOT_PORT).links(List.of(Platforms.NIC_LINK))
            .devices(List.of(Platforms.nic(false, 800 * NS, true)))
            .streams(List.of(Platforms.stream(true, 256, 20, window, 0, 0))).build();
        PlatformSimulation sim = new PlatformSimulation(config, TraceSink.NONE);
        sim.run(ps -> { }, () -> false);
        return sim;
    }

    private static long p50(PlatformSimulation sim) {
        return sim.stream(0).latency().percentile(0.5);
    }

    @Test
    void aSecondSocketMakesHomeSnoopDmaWritesSnoopItAndWait() {
        PlatformSimulation one = writes(1, SnoopMode.HOME_SNOOP, 0, 1L << 20);
        PlatformSimulation two = writes(2, SnoopMode.HOME_SNOOP, 0, 1L << 20);
        assertEquals(0, one.snoops(TraceSink.SNOOP_MISS));
        long lines = two.stream(0).transfers() * 256 / 64;
        // Lines are events of their own: a transfer in flight at either edge of the counted window has lines
        // on both sides of it, and the window counts transfers by their issue.
        assertEquals(lines, two.snoops(TraceSink.SNOOP_MISS), 2 * 256 / 64,
            "one snoop of the other socket per line written");
        assertTrue(p50(two) >= p50(one) + 50 * NS, "two sockets " + p50(two) + " ps vs one " + p50(one) + " ps");
    }

    @Test
    void sourceSnoopStartsTheRemoteSnoopEarlierThanHomeSnoop() {
        PlatformSimulation source = writes(2, SnoopMode.SOURCE_SNOOP, 0, 1L << 20);
        PlatformSimulation home = writes(2, SnoopMode.HOME_SNOOP, 0, 1L << 20);
        assertTrue(p50(source) < p50(home), "source " + p50(source) + " ps vs home " + p50(home) + " ps");
        assertEquals(home.snoops(TraceSink.SNOOP_MISS), source.snoops(TraceSink.SNOOP_MISS));
    }

    @Test
    void aDirectoryWithAnIoDirectoryCacheSparesTheSnoopsAndTheDirectoryReads() {
        // Without DMA ways the lines go to memory, so the LLC never proves that only this socket holds them.
        long ring = 4 * 1024;
        PlatformSimulation home = writes(2, SnoopMode.HOME_SNOOP, 0, ring, 0);
        PlatformSimulation directory = writes(2, SnoopMode.DIRECTORY, 0, ring, 0);
        PlatformSimulation cached = writes(2, SnoopMode.DIRECTORY, 64, ring, 0);
        assertEquals(0, directory.snoops(TraceSink.SNOOP_MISS), "the directory says no other socket holds the lines");
        assertTrue(directory.memoryReads(0) >= directory.stream(0).transfers() * 4,
            "without an I/O directory cache every line written reads the directory");
        assertTrue(cached.memoryReads(0) < directory.memoryReads(0) / 100, "cached: " + cached.memoryReads(0));
        assertTrue(p50(cached) < p50(home), "directory + IODC " + p50(cached) + " ps vs home snoop " + p50(home));
        assertTrue(p50(cached) < p50(directory));
    }

    @Test
    void writesOfLinesTheLlcHoldsModifiedAskNoOtherSocket() {
        // A 64 KiB ring the LLC's DMA ways keep: from the second lap on, each line written is Modified in the LLC,
        // so no other socket can hold it, in any mode.
        for (SnoopMode mode : SnoopMode.values()) {
            PlatformSimulation sim = writes(2, mode, 0, 64 * 1024);
            long lines = sim.stream(0).transfers() * 256 / 64;
            assertTrue(lines > 4 * 64 * 1024 / 64, mode + ": several laps of the ring");
            long asked = sim.snoops(TraceSink.SNOOP_MISS);
            assertTrue(asked <= 64 * 1024 / 64, mode + ": " + asked + " snoops of the other socket for " + lines
                + " lines written, no more than the first lap's");
        }
    }
}
