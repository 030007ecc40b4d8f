/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SimulatorTest {

    private final Simulator sim = new Simulator();
    private final List<String> log = new ArrayList<>();
    private final int recorder = sim.register((kind, payload) -> log.add(sim.now() + ":" + kind + ":" + payload));

    @Test
    void eventsRunByTimeThenPriorityThenSchedulingOrder() {
        sim.schedule(300, 0, recorder, 1, 0);
        sim.schedule(100, 5, recorder, 2, 0);
        sim.schedule(100, 1, recorder, 3, 0);
        sim.schedule(100, 5, recorder, 4, 0);
        sim.schedule(200, 0, recorder, 5, 0);
        sim.run(1_000);
        assertEquals(List.of("100:3:0", "100:2:0", "100:4:0", "200:5:0", "300:1:0"), log);
        assertEquals(1_000, sim.now());
    }

    @Test
    void runStopsAtItsHorizonAndKeepsLaterEvents() {
        sim.schedule(50, 0, recorder, 1, 7);
        sim.schedule(150, 0, recorder, 2, 8);
        assertEquals(1, sim.run(100));
        assertEquals(100, sim.now());
        assertEquals(1, sim.pending());
        assertEquals(150, sim.peek());
        assertEquals(1, sim.run(150));
        assertEquals(List.of("50:1:7", "150:2:8"), log);
        assertEquals(Simulator.NEVER, sim.peek());
        assertFalse(sim.step());
    }

    @Test
    void cancelledEventsNeverRunAndStaleTokensDoNothing() {
        long first = sim.schedule(10, 0, recorder, 1, 0);
        sim.schedule(20, 0, recorder, 2, 0);
        assertTrue(sim.cancel(first));
        assertFalse(sim.cancel(first), "cancelling twice must fail");
        long reused = sim.schedule(30, 0, recorder, 3, 0);
        assertFalse(sim.cancel(first), "an old token must not cancel the event that reuses its slot");
        sim.run(100);
        assertEquals(List.of("20:2:0", "30:3:0"), log);
        assertFalse(sim.cancel(reused), "an event that ran cannot be cancelled");
    }

    @Test
    void handlersScheduleFollowUpsAndStopEndsARunEarly() {
        int[] chain = new int[1];
        chain[0] = sim.register((kind, payload) -> {
            log.add(sim.now() + ":" + kind);
            if (kind < 5) {
                sim.schedule(10, 0, chain[0], kind + 1, 0);
            } else {
                sim.stop();
            }
        });
        sim.schedule(0, 0, chain[0], 1, 0);
        sim.run(1_000_000);
        assertEquals(List.of("0:1", "10:2", "20:3", "30:4", "40:5"), log);
        assertEquals(40, sim.now(), "a stopped run keeps the time of its last event");
    }

    @Test
    void theEarlierPastAndUnknownHandlersAreRefused() {
        sim.run(100);
        assertThrows(IllegalArgumentException.class, () -> sim.schedule(-1, 0, recorder, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> sim.scheduleAt(99, 0, recorder, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> sim.schedule(1, 0, 42, 0, 0));
    }
}
