/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Events scheduled for the current time by the event that runs (the next line of a packet, say) run in the same
 * order as every other event: by time, priority, then scheduling order. Checked on both queues against a plain
 * priority queue, on random chains of follow-ups, most of them due at once, with mixed priorities and
 * cancellations.
 */
class SameTimeOrderTest {

    static final int EVENTS = 20_000;

    /** What event {@code id} does when it runs: its follow-ups (delay, priority) and which earlier event it cancels. */
    record Plan(long[] delays, int[] priorities, int cancel) {
        static Plan of(int id, int nextId) {
            SplittableRandom r = new SplittableRandom(id * 7919L + 17);
            int children = r.nextInt(1, 4);
            long[] delays = new long[children];
            int[] priorities = new int[children];
            for (int i = 0; i < children; i++) {
                delays[i] = r.nextInt(4) == 0 ? r.nextInt(1, 1000) : 0;
                priorities[i] = r.nextInt(3) - 1;
            }
            int cancel = r.nextInt(10) == 0 && nextId > 0 ? r.nextInt(nextId) : -1;
            return new Plan(delays, priorities, cancel);
        }
    }

    private record Pending(long time, int priority, long sequence, int id) {
    }

    @Test
    void eventsDueNowKeepTheOrderOfTimePriorityAndScheduling() {
        for (Simulator sim : List.of(new Simulator(), new Simulator(new HeapEventQueue()))) {
            List<Long> reference = reference();
            List<Long> kernel = kernel(sim);
            assertTrue(reference.size() > EVENTS / 2, "events run: " + reference.size());
            assertEquals(reference, kernel);
        }
    }

    static List<Long> reference() {
        PriorityQueue<Pending> queue = new PriorityQueue<>((a, b) -> a.time != b.time
            ? Long.compare(a.time, b.time)
            : a.priority != b.priority ? Integer.compare(a.priority, b.priority)
            : Long.compare(a.sequence, b.sequence));
        Set<Integer> cancelled = new HashSet<>();
        Set<Integer> pending = new HashSet<>();
        List<Long> order = new ArrayList<>();
        long[] sequence = {0};
        int[] nextId = {0};
        for (int i = 0; i < 3; i++) {
            pending.add(nextId[0]);
            queue.add(new Pending(i * 10, 0, sequence[0]++, nextId[0]++));
        }
        while (!queue.isEmpty()) {
            Pending e = queue.poll();
            if (cancelled.contains(e.id)) {
                continue;
            }
            pending.remove(e.id);
            order.add(e.time * 1_000_000 + e.id);
            Plan plan = Plan.of(e.id, nextId[0]);
            for (int c = 0; c < plan.delays.length && nextId[0] < EVENTS; c++) {
                pending.add(nextId[0]);
                queue.add(new Pending(e.time + plan.delays[c], plan.priorities[c], sequence[0]++, nextId[0]++));
            }
            if (plan.cancel >= 0 && pending.remove(plan.cancel)) {
                cancelled.add(plan.cancel);
            }
        }
        return order;
    }

    private static List<Long> kernel(Simulator sim) {
        List<Long> order = new ArrayList<>();
        Map<Integer, Long> tokens = new HashMap<>();
        int[] nextId = {0};
        int[] handler = new int[1];
        handler[0] = sim.register((kind, payload) -> {
            int id = (int) payload;
            tokens.remove(id);
            order.add(sim.now() * 1_000_000 + id);
            Plan plan = Plan.of(id, nextId[0]);
            for (int c = 0; c < plan.delays.length && nextId[0] < EVENTS; c++) {
                int child = nextId[0]++;
                tokens.put(child, sim.schedule(plan.delays[c], plan.priorities[c], handler[0], 0, child));
            }
            Long token = plan.cancel >= 0 ? tokens.remove(plan.cancel) : null;
            if (token != null) {
                assertTrue(sim.cancel(token));
            }
        });
        for (int i = 0; i < 3; i++) {
            int id = nextId[0]++;
            tokens.put(id, sim.scheduleAt(i * 10, 0, handler[0], 0, id));
        }
        sim.run(Long.MAX_VALUE - 1);
        assertEquals(0, sim.pending());
        return order;
    }
}
