/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The calendar queue's same-instant lanes keep the queue's order (time, priority, sequence) in the cases a
 * simulator's steady increasing sequence never shows: a sequence that is not the latest, priorities without a
 * lane, and events of the instant that were already in the calendar.
 */
class SameTimeLanesTest {

    /** A queue that has served one event at {@code at}, so that later adds at {@code at} may take a lane. */
    private static CalendarEventQueue servedAt(long at) {
        CalendarEventQueue queue = new CalendarEventQueue();
        queue.add(0, at, 0, 0);
        assertEquals(0, queue.poll());
        return queue;
    }

    private static void assertOrder(CalendarEventQueue queue, int... slots) {
        for (int slot : slots) {
            assertEquals(slot, queue.poll());
        }
        assertEquals(-1, queue.poll());
        assertEquals(0, queue.size());
    }

    @Test
    void anEarlierSequenceAtTheSameInstantStillRunsFirst() {
        CalendarEventQueue queue = servedAt(5);
        queue.add(1, 5, 0, 10);
        queue.add(2, 5, 0, 3);
        queue.add(3, 5, 0, 11);
        assertOrder(queue, 2, 1, 3);
    }

    @Test
    void prioritiesWithAndWithoutALaneInterleaveByPriority() {
        CalendarEventQueue queue = servedAt(7);
        queue.add(1, 7, 100, 1);
        queue.add(2, 7, 0, 2);
        queue.add(3, 7, -100, 3);
        queue.add(4, 7, -1, 4);
        queue.add(5, 7, 0, 5);
        assertOrder(queue, 3, 4, 2, 5, 1);
    }

    @Test
    void eventsOfTheInstantQueuedBeforeItWasServedComeBeforeLaterOnesOfTheirPriority() {
        CalendarEventQueue queue = new CalendarEventQueue();
        queue.add(1, 9, 0, 1);
        queue.add(2, 9, 1, 2);
        queue.add(3, 9, 0, 3);
        assertEquals(1, queue.poll());
        // Now the instant 9 has been served: new events of it take lanes, the calendar still holds 2 and 3.
        queue.add(4, 9, 0, 4);
        queue.add(5, 9, -1, 5);
        queue.add(6, 12, 0, 6);
        assertEquals(5, queue.peek());
        assertOrder(queue, 5, 3, 4, 2, 6);
    }

    @Test
    void aCancelledLaneEventNeverRunsAndTheOthersKeepTheirOrder() {
        CalendarEventQueue queue = servedAt(3);
        queue.add(1, 3, 0, 1);
        queue.add(2, 3, 0, 2);
        queue.add(3, 3, 0, 3);
        assertTrue(queue.remove(2));
        assertFalse(queue.remove(2), "a slot is removed once");
        assertTrue(queue.remove(3));
        queue.add(4, 3, 0, 4);
        assertEquals(2, queue.size());
        assertOrder(queue, 1, 4);
    }
}
