/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.platform;

import static io.platsim.engine.platform.Platforms.NS;
import static io.platsim.engine.platform.Platforms.US;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.platsim.engine.config.PlatformConfig;
import io.platsim.engine.trace.TraceSink;

/**
 * Under strict ordering the root complex lets a write's MSI through once it knows the data is visible: at its own
 * socket when the data is, from a buffer on the other socket only when the home's completion has crossed the link
 * back (50 ns here), so the handler starts at least that much after the data is visible there.
 */
class MsiCompletionTest {

    /** The least time from a write's data being visible at its home to its interrupt handler's start, in ps. */
    private static long leastGapPs(int home) {
        PlatformConfig config = Platforms.platform(2, 0, Platforms.nic(false, 10 * NS, true),
            List.of(Platforms.stream(true, 1500, 10, 16L << 20, home, 1)), List.of(), 50 * US);
        Map<Long, Long> visible = new HashMap<>();
        long[] least = {Long.MAX_VALUE};
        TraceSink sink = new TraceSink() {
            @Override
            public void dma(long issuePs, int device, int stream, boolean write, long address, int bytes,
                    long linkPs, long iommuPs, long coherencePs, long memoryPs, long driverPs, long latencyPs) {
                visible.put(issuePs, issuePs + latencyPs);
            }

            @Override
            public void interrupt(long issuePs, int device, int socket, int core, long arrivedPs, long handlerPs) {
                least[0] = Math.min(least[0], handlerPs - visible.get(issuePs));
            }

            @Override
            public void snoop(long issuePs, int device, int socket, int core, int result, long address,
                    long snoopPs) {
            }

            @Override
            public void hazard(long issuePs, int kind, int device, long address, long visiblePs, long observedPs) {
            }
        };
        PlatformSimulation sim = new PlatformSimulation(config, sink);
        assertTrue(sim.run(ps -> { }, () -> false));
        assertTrue(sim.stream(0).interrupts() > 20, "interrupts: " + sim.stream(0).interrupts());
        return least[0];
    }

    @Test
    void anMsiWaitsForARemoteHomesCompletion() {
        long local = leastGapPs(0);
        long remote = leastGapPs(1);
        // The interrupt path's own 10 ns either way; the completion's crossing (50 ns of link) only from socket 1.
        assertTrue(local >= 10 * NS && local < 50 * NS, "local: " + local + " ps");
        assertTrue(remote >= 60 * NS, "remote: " + remote + " ps");
    }
}
