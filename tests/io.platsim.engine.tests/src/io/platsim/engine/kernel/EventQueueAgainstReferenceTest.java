/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/** The kernel against a plain priority queue, on random schedules with cancellations and ties. */
class EventQueueAgainstReferenceTest {

    private record Ref(long time, int priority, long sequence, long id) {
    }

    /** Runs a random workload on the kernel and returns the ids of the events in the order they ran. */
    private static List<Long> runKernel(Supplier<EventQueue> queue, long seed, int operations,
            List<Long> expected) {
        Simulator sim = new Simulator(queue.get());
        List<Long> ran = new ArrayList<>();
        int handler = sim.register((kind, payload) -> ran.add(payload));
        TreeSet<Ref> reference = new TreeSet<>(Comparator.comparingLong(Ref::time)
            .thenComparingInt(Ref::priority).thenComparingLong(Ref::sequence));
        Map<Long, Ref> byId = new HashMap<>();
        List<long[]> scheduled = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(seed);
        long sequence = 0;
        for (int i = 0; i < operations; i++) {
            int action = random.nextInt(10);
            if (action < 6 || scheduled.isEmpty()) {
                long delay = random.nextInt(4) == 0 ? 0 : random.nextLong(1_000);
                int priority = random.nextInt(3);
                long id = i;
                long token = sim.schedule(delay, priority, handler, 0, id);
                Ref ref = new Ref(sim.now() + delay, priority, sequence++, id);
                reference.add(ref);
                byId.put(id, ref);
                scheduled.add(new long[] {token, id});
            } else if (action < 8) {
                int index = random.nextInt(scheduled.size());
                long[] victim = scheduled.get(index);
                scheduled.set(index, scheduled.get(scheduled.size() - 1));
                scheduled.remove(scheduled.size() - 1);
                boolean cancelled = sim.cancel(victim[0]);
                Ref ref = byId.remove(victim[1]);
                boolean pending = ref != null && reference.remove(ref);
                assertEquals(pending, cancelled, "cancel disagrees with the reference for event " + victim[1]);
            } else if (sim.step()) {
                Ref next = reference.pollFirst();
                byId.remove(next.id());
                expected.add(next.id());
                assertEquals(next.time(), sim.now());
            }
        }
        while (sim.step()) {
            expected.add(reference.pollFirst().id());
        }
        assertTrue(reference.isEmpty());
        return ran;
    }

    /** Both event queues the kernel can run on. */
    private static final List<Supplier<EventQueue>> QUEUES = List.of(HeapEventQueue::new, CalendarEventQueue::new);

    @Test
    void randomScheduleCancelAndStepMatchTheReference() {
        for (Supplier<EventQueue> queue : QUEUES) {
            for (long seed = 1; seed <= 20; seed++) {
                List<Long> expected = new ArrayList<>();
                List<Long> ran = runKernel(queue, seed, 20_000, expected);
                assertEquals(expected, ran, queue.get().getClass().getSimpleName() + ", seed " + seed);
            }
        }
    }

    @Test
    void farApartAndBurstyTimesMatchTheReferenceToo() {
        // Events years apart on the calendar, then many at one instant: the calendar must jump and rebuild.
        for (Supplier<EventQueue> supplier : QUEUES) {
            EventQueue queue = supplier.get();
            TreeSet<long[]> reference = new TreeSet<>(Comparator.<long[]>comparingLong(e -> e[0])
                .thenComparingLong(e -> e[1]));
            SplittableRandom random = new SplittableRandom(7);
            long sequence = 0;
            for (int slot = 0; slot < 5000; slot++) {
                long time = slot % 3 == 0 ? random.nextLong(1L << 50) : slot % 3 == 1 ? 1_000 : random.nextLong(100);
                queue.add(slot, time, 0, sequence);
                reference.add(new long[] {time, sequence++, slot});
            }
            while (!reference.isEmpty()) {
                long[] next = reference.pollFirst();
                assertEquals(next[0], queue.peekTime());
                assertEquals(next[2], queue.poll(), supplier.get().getClass().getSimpleName());
            }
            assertEquals(-1, queue.poll());
        }
    }

    @Test
    void sameSeedSameOrder() {
        for (Supplier<EventQueue> queue : QUEUES) {
            assertEquals(runKernel(queue, 99, 50_000, new ArrayList<>()),
                runKernel(queue, 99, 50_000, new ArrayList<>()));
        }
    }

    @Test
    void steadyStateSchedulingAllocatesNothing() throws Exception {
        for (Supplier<EventQueue> queue : QUEUES) {
            steadyState(queue.get());
        }
    }

    private static void steadyState(EventQueue queue) throws Exception {
        Simulator sim = new Simulator(queue);
        long[] counter = new long[1];
        int[] self = new int[1];
        self[0] = sim.register((kind, payload) -> {
            counter[0]++;
            sim.schedule(1 + (payload * 7919) % 1000, 0, self[0], kind, payload + 1);
        });
        for (int i = 0; i < 10_000; i++) {
            sim.schedule(i, 0, self[0], 0, i);
        }
        // 10,000 pending events 1 to 1000 ps apart: about 20 events per simulated picosecond.
        sim.run(100_000);
        long warm = counter[0];
        long before = allocatedBytes();
        sim.run(200_000);
        long allocated = allocatedBytes() - before;
        long measured = counter[0] - warm;
        assertTrue(measured > 1_000_000, "too few events ran: " + measured);
        assertTrue(allocated < 64 * 1024, queue.getClass().getSimpleName() + ": " + allocated
            + " bytes allocated while running " + measured + " events");
    }

    /** Bytes this thread allocated so far, from the JDK's com.sun.management extension. */
    private static long allocatedBytes() throws Exception {
        Class<?> bean = ClassLoader.getSystemClassLoader().loadClass("com.sun.management.ThreadMXBean");
        Method method = bean.getMethod("getThreadAllocatedBytes", long.class);
        return (long) method.invoke(ManagementFactory.getThreadMXBean(), Thread.currentThread().threadId());
    }
}
