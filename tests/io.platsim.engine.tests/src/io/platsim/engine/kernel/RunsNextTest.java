/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A handler that does its follow-up at once when {@link Simulator#runsNext} says it would run next gets the order,
 * and the count of events, that scheduling it would have given: checked on both queues against the plain priority
 * queue of {@link SameTimeOrderTest}, on the same random chains of follow-ups.
 */
class RunsNextTest {

    @Test
    void followUpsRunAtOnceKeepTheOrderOfScheduledEvents() {
        List<Long> reference = SameTimeOrderTest.reference();
        for (Simulator sim : List.of(new Simulator(), new Simulator(new HeapEventQueue()))) {
            Continuing run = new Continuing(sim);
            assertEquals(reference, run.order());
            assertEquals(reference.size(), sim.processed(), "every follow-up run at once counts as an event");
            assertTrue(run.atOnce > reference.size() / 20, "follow-ups run at once: " + run.atOnce);
        }
    }

    @Test
    void aFollowUpWaitsForWhatIsDueBeforeIt() {
        Simulator sim = new Simulator();
        List<String> seen = new ArrayList<>();
        int[] handler = new int[1];
        handler[0] = sim.register((kind, payload) -> {
            seen.add(kind + "@" + sim.now());
            if (kind == 0) {
                assertFalse(sim.runsNext(1), "an event due now at priority 1 comes first");
                assertTrue(sim.runsNext(0), "nothing at priority 0 or below is due now");
            }
        });
        sim.scheduleAt(5, 0, handler[0], 0, 0);
        sim.scheduleAt(5, 1, handler[0], 1, 0);
        sim.run(10);
        assertEquals(List.of("0@5", "1@5"), seen);
        assertEquals(3, sim.processed());
    }

    @Test
    void noFollowUpRunsAtOnceAfterAStop() {
        Simulator sim = new Simulator();
        boolean[] answer = new boolean[1];
        int handler = sim.register((kind, payload) -> {
            sim.stop();
            answer[0] = sim.runsNext(0);
        });
        sim.scheduleAt(1, 0, handler, 0, 0);
        sim.run(10);
        assertFalse(answer[0]);
    }

    /** The chains of {@link SameTimeOrderTest}, where an event's last follow-up due at once is run in place. */
    private static final class Continuing {
        private final Simulator sim;
        private final List<Long> order = new ArrayList<>();
        private final Map<Integer, Long> tokens = new HashMap<>();
        private int nextId;
        private int handler;
        int atOnce;

        Continuing(Simulator sim) {
            this.sim = sim;
            handler = sim.register((kind, payload) -> chain((int) payload));
            for (int i = 0; i < 3; i++) {
                int id = nextId++;
                tokens.put(id, sim.scheduleAt(i * 10, 0, handler, 0, id));
            }
            sim.run(Long.MAX_VALUE - 1);
            assertEquals(0, sim.pending());
        }

        List<Long> order() {
            return order;
        }

        private void chain(int first) {
            int id = first;
            while (id >= 0) {
                id = event(id);
            }
        }

        /** Runs event {@code id}; returns the follow-up it ran at once, or -1. */
        private int event(int id) {
            tokens.remove(id);
            order.add(sim.now() * 1_000_000 + id);
            SameTimeOrderTest.Plan plan = SameTimeOrderTest.Plan.of(id, nextId);
            int last = -1;
            int lastPriority = 0;
            for (int c = 0; c < plan.delays().length && nextId < SameTimeOrderTest.EVENTS; c++) {
                int child = nextId++;
                if (c == plan.delays().length - 1 && plan.delays()[c] == 0) {
                    last = child;
                    lastPriority = plan.priorities()[c];
                } else {
                    tokens.put(child, sim.schedule(plan.delays()[c], plan.priorities()[c], handler, 0, child));
                }
            }
            Long token = plan.cancel() >= 0 ? tokens.remove(plan.cancel()) : null;
            if (token != null) {
                assertTrue(sim.cancel(token));
            }
            if (last < 0) {
                return -1;
            }
            if (sim.runsNext(lastPriority)) {
                atOnce++;
                return last;
            }
            tokens.put(last, sim.schedule(0, lastPriority, handler, 0, last));
            return -1;
        }
    }
}
