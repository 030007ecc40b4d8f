/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.kernel;

import java.util.Arrays;

/**
 * Events due at the time the queue last served, held apart from the calendar: one first-in-first-out lane per
 * priority. Half of a platform's events are scheduled for the instant being simulated (a home agent's next line,
 * a completion's follow-up); in the calendar each would be placed behind every other event of that instant in
 * its bucket's sorted list, while here it is appended to its lane. Within one time and one priority, events run
 * in the order they were scheduled, which is the order of a lane, so the lanes keep the queue's order exactly;
 * an event whose sequence would not come last in its lane goes to the calendar instead. Slots are linked in one
 * int array: nothing is allocated per event.
 */
final class SameTimeLanes {

    /** Priorities with a lane: {@code -OFFSET} to {@code LANES - OFFSET - 1}; others always go to the calendar. */
    private static final int LANES = 16;
    private static final int OFFSET = 8;

    private final int[] head = new int[LANES];
    private final int[] tail = new int[LANES];
    private final long[] tailTie = new long[LANES];
    /** Bit {@code lane} set while that lane holds events: the first non-empty lane is its lowest set bit. */
    private int occupied;
    private int[] next = new int[1024];
    private int count;
    /** The time every event of the lanes is due at. */
    private long time = Long.MIN_VALUE;

    SameTimeLanes() {
        Arrays.fill(head, -1);
        Arrays.fill(tail, -1);
    }

    long time() {
        return time;
    }

    int count() {
        return count;
    }

    /**
     * Sets the lanes' time when they are empty (the queue has just served an event due then); while they hold
     * events their time stays.
     */
    void served(long at) {
        if (count == 0) {
            time = at;
        }
    }

    /**
     * Takes {@code slot} into its priority's lane when it is due at the lanes' time and comes after the lane's
     * last event; returns the lane, or -1 when the slot belongs in the calendar.
     */
    int offer(int slot, long at, int priority, long tie) {
        int lane = priority + OFFSET;
        if (at != time || lane < 0 || lane >= LANES || tail[lane] >= 0 && tailTie[lane] >= tie) {
            return -1;
        }
        if (slot >= next.length) {
            next = Arrays.copyOf(next, Math.max(next.length * 2, slot + 1));
        }
        next[slot] = -1;
        if (tail[lane] < 0) {
            head[lane] = slot;
            occupied |= 1 << lane;
        } else {
            next[tail[lane]] = slot;
        }
        tail[lane] = slot;
        tailTie[lane] = tie;
        count++;
        return lane;
    }

    /** The first event of the lanes, or -1 when they are empty. */
    int first() {
        return occupied == 0 ? -1 : head[Integer.numberOfTrailingZeros(occupied)];
    }

    /** Removes and returns the first event of the lanes; they must not be empty. */
    int poll() {
        int lane = Integer.numberOfTrailingZeros(occupied);
        int slot = head[lane];
        unlink(lane, slot, -1);
        return slot;
    }

    /** Removes {@code slot} from {@code lane}, which holds it. */
    void remove(int lane, int slot) {
        int previous = -1;
        for (int at = head[lane]; at != slot; at = next[at]) {
            previous = at;
        }
        unlink(lane, slot, previous);
    }

    private void unlink(int lane, int slot, int previous) {
        if (previous < 0) {
            head[lane] = next[slot];
        } else {
            next[previous] = next[slot];
        }
        if (tail[lane] == slot) {
            tail[lane] = previous;
        }
        if (head[lane] < 0) {
            occupied &= ~(1 << lane);
        }
        count--;
    }
}
