/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.dma;

import static io.platsim.engine.platform.Platforms.NS;
import static io.platsim.engine.platform.Platforms.US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.platsim.engine.config.PlatformConfig;
import io.platsim.engine.platform.PlatformSimulation;
import io.platsim.engine.platform.Platforms;
import io.platsim.engine.trace.TraceSink;

/** DMA transfers as events: one per TLP and per line, records in issue order, nothing allocated per event. */
class DmaEventsTest {

    /** Two streams on one NIC: 16 KiB writes and 64-byte writes, so short ones finish before long ones. */
    private static PlatformConfig mixed(long durationPs) {
        return Platforms.platform(2, 2, Platforms.nic(false, 800 * NS, true),
            List.of(Platforms.stream(true, 16384, 40, 1L << 22, 1, 4), Platforms.stream(true, 64, 5, 1L << 20, 0, 8)),
            List.of(), durationPs);
    }

    /** Checks what a trace store needs: each kind's records in time order. */
    private static final class OrderedSink implements TraceSink {
        long lastDma = Long.MIN_VALUE;
        long lastInterrupt = Long.MIN_VALUE;
        long lastSnoop = Long.MIN_VALUE;
        long dmaRecords;
        long interrupts;
        /** The latest completion among the records so far, and how often a record finished before it. */
        long latestDone = Long.MIN_VALUE;
        long overtaken;

        @Override
        public void dma(long issuePs, int device, int stream, boolean write, long address, int bytes, long linkPs,
                long iommuPs, long coherencePs, long memoryPs, long driverPs, long latencyPs) {
            assertTrue(issuePs >= lastDma, "DMA records in issue order");
            lastDma = issuePs;
            dmaRecords++;
            if (issuePs + latencyPs < latestDone) {
                overtaken++;
            }
            latestDone = Math.max(latestDone, issuePs + latencyPs);
            assertEquals(latencyPs, linkPs + iommuPs + coherencePs + memoryPs, "the split adds up to the latency");
            assertTrue(linkPs > 0 && coherencePs >= 0 && memoryPs >= 0, "no part of the split is negative");
        }

        @Override
        public void snoop(long issuePs, int device, int socket, int core, int result, long address, long snoopPs) {
            assertTrue(issuePs >= lastSnoop, "snoop records in time order");
            lastSnoop = issuePs;
        }

        @Override
        public void interrupt(long issuePs, int device, int socket, int core, long arrivedPs, long handlerPs) {
            assertTrue(issuePs >= lastInterrupt, "interrupt records in issue order");
            lastInterrupt = issuePs;
            interrupts++;
            assertTrue(handlerPs > issuePs);
        }

        @Override
        public void hazard(long issuePs, int kind, int device, long address, long visiblePs, long observedPs) {
        }
    }

    @Test
    void recordsComeInIssueOrderThoughTransfersFinishOutOfOrder() {
        OrderedSink sink = new OrderedSink();
        PlatformSimulation sim = new PlatformSimulation(mixed(100 * US), sink);
        assertTrue(sim.run(ps -> { }, () -> false));
        assertTrue(sink.overtaken > 100, "short writes finished before long ones issued earlier: " + sink.overtaken);
        long transfers = sim.stream(0).transfers() + sim.stream(1).transfers();
        assertTrue(transfers > 500, "transfers: " + transfers);
        assertEquals(transfers, sink.dmaRecords, "one record per transfer counted, none lost while held back");
        assertEquals(sim.stream(0).interrupts() + sim.stream(1).interrupts(), sink.interrupts);
        assertTrue(sink.lastSnoop > Long.MIN_VALUE, "the remote buffer's lines were snooped on the other socket");
    }

    @Test
    void readsAndWritesCountByTheSameRuleAtTheEndOfARun() {
        // Saturating 4 KiB reads and writes on one link: at the end of the run many of each are in flight.
        OrderedSink sink = new OrderedSink();
        long duration = 50 * US;
        PlatformSimulation sim = new PlatformSimulation(Platforms.platform(1, 2, Platforms.nic(false, 800 * NS, true),
            List.of(Platforms.stream(true, 4096, 400, 1L << 22, 0, 0),
                Platforms.stream(false, 4096, 400, 1L << 22, 0, 0)), List.of(), duration), sink);
        assertTrue(sim.run(ps -> { }, () -> false));
        assertTrue(sim.stream(1).transfers() > 100, "reads: " + sim.stream(1).transfers());
        assertEquals(sim.stream(0).transfers() + sim.stream(1).transfers(), sink.dmaRecords,
            "one record per transfer counted");
        assertTrue(sink.latestDone <= 10 * US + duration, "a counted transfer completed by the end of the run: the "
            + "latest at " + sink.latestDone + " ps (a read when its completions reached the device)");
    }

    @Test
    void everyLineIsAnEvent() {
        PlatformSimulation sim = new PlatformSimulation(
            Platforms.platform(1, 2, Platforms.nic(false, 800 * NS, true),
                List.of(Platforms.stream(true, 1500, 40, 1L << 20, 0, 0)), List.of(), 100 * US), TraceSink.NONE);
        assertTrue(sim.run(ps -> { }, () -> false));
        long lines = sim.stream(0).transfers() * 24;
        assertTrue(sim.eventsProcessed() > lines, sim.eventsProcessed() + " events for " + lines + " lines");
    }

    @Test
    void aRunningPlatformAllocatesNothingPerEvent() throws Exception {
        PlatformSimulation sim = new PlatformSimulation(mixed(2000 * US), TraceSink.NONE);
        long[] at = new long[2];
        long[] events = new long[2];
        int[] slice = {0};
        sim.run(ps -> {
            slice[0]++;
            if (slice[0] == 100 || slice[0] == 200) {
                try {
                    at[slice[0] / 100 - 1] = allocatedBytes();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                events[slice[0] / 100 - 1] = sim.eventsProcessed();
            }
        }, () -> false);
        long run = events[1] - events[0];
        assertTrue(run > 100_000, "events in the second half: " + run);
        assertTrue(at[1] - at[0] < 64 * 1024, (at[1] - at[0]) + " bytes allocated over " + run + " events");
    }

    /** Bytes this thread allocated so far, from the JDK's com.sun.management extension. */
    private static long allocatedBytes() throws Exception {
        Class<?> bean = ClassLoader.getSystemClassLoader().loadClass("com.sun.management.ThreadMXBean");
        Method method = bean.getMethod("getThreadAllocatedBytes", long.class);
        return (long) method.invoke(ManagementFactory.getThreadMXBean(), Thread.currentThread().threadId());
    }
}
