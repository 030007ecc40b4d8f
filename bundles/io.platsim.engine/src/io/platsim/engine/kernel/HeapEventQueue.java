/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.kernel;

import java.util.Arrays;

/**
 * A 4-ary min-heap over primitive arrays, with each entry's keys stored in heap order beside it, so a sift
 * compares neighbouring array cells instead of chasing slot numbers. Each slot remembers its heap position,
 * so cancellation is O(log n). Removing the first event is deferred until the next operation: when that is an
 * add, as when an event schedules its successor, the new entry takes the root's place with one sift instead of
 * two. Nothing is allocated per event; arrays grow by doubling.
 */
public final class HeapEventQueue implements EventQueue {

    private static final int ARITY = 4;
    /** Bits of the tie key that hold the scheduling sequence; the priority sits above them. */
    private static final int SEQUENCE_BITS = 43;
    private static final long SEQUENCE_MASK = (1L << SEQUENCE_BITS) - 1;
    /** Priorities are offset into 20 unsigned bits. */
    private static final int PRIORITY_OFFSET = 1 << 19;

    private long[] heapTime;
    private long[] heapTie;
    private int[] heapSlot;
    private int[] positions;
    private int size;
    private boolean rootTaken;

    public HeapEventQueue() {
        this(1024);
    }

    public HeapEventQueue(int initialCapacity) {
        int capacity = Math.max(16, initialCapacity);
        heapTime = new long[capacity];
        heapTie = new long[capacity];
        heapSlot = new int[capacity];
        positions = new int[capacity];
        Arrays.fill(positions, -1);
    }

    /** Priority then sequence, as one number that orders the same way. */
    static long tie(int priority, long sequence) {
        if (priority < -PRIORITY_OFFSET || priority >= PRIORITY_OFFSET) {
            throw new IllegalArgumentException("priority " + priority + " is outside -2^19..2^19-1");
        }
        return ((long) (priority + PRIORITY_OFFSET) << SEQUENCE_BITS) | (sequence & SEQUENCE_MASK);
    }

    /** The priority a tie key holds. */
    static int priority(long tie) {
        return (int) (tie >>> SEQUENCE_BITS) - PRIORITY_OFFSET;
    }

    @Override
    public void add(int slot, long time, int priority, long sequence) {
        ensureSlot(slot);
        if (positions[slot] >= 0) {
            throw new IllegalStateException("slot " + slot + " is already queued");
        }
        long tie = tie(priority, sequence);
        if (rootTaken) {
            rootTaken = false;
            put(0, time, tie, slot);
            siftDown(0);
            return;
        }
        if (size == heapSlot.length) {
            grow();
        }
        put(size, time, tie, slot);
        siftUp(size++);
    }

    @Override
    public int poll() {
        settle();
        if (size == 0) {
            return -1;
        }
        int first = heapSlot[0];
        positions[first] = -1;
        rootTaken = true;
        return first;
    }

    @Override
    public int peek() {
        settle();
        return size == 0 ? -1 : heapSlot[0];
    }

    @Override
    public long peekTime() {
        settle();
        return heapTime[0];
    }

    @Override
    public int peekPriority() {
        settle();
        return priority(heapTie[0]);
    }

    @Override
    public boolean remove(int slot) {
        if (slot < 0 || slot >= positions.length || positions[slot] < 0) {
            return false;
        }
        settle();
        removeAt(positions[slot]);
        return true;
    }

    @Override
    public int size() {
        return rootTaken ? size - 1 : size;
    }

    /** Completes a deferred removal of the root. */
    private void settle() {
        if (rootTaken) {
            rootTaken = false;
            removeAt(0);
        }
    }

    private void removeAt(int index) {
        positions[heapSlot[index]] = -1;
        int last = --size;
        if (index == last) {
            return;
        }
        put(index, heapTime[last], heapTie[last], heapSlot[last]);
        if (index > 0 && before(index, (index - 1) / ARITY)) {
            siftUp(index);
        } else {
            siftDown(index);
        }
    }

    private void put(int index, long time, long tie, int slot) {
        heapTime[index] = time;
        heapTie[index] = tie;
        heapSlot[index] = slot;
        positions[slot] = index;
    }

    private boolean before(int a, int b) {
        return heapTime[a] < heapTime[b] || heapTime[a] == heapTime[b] && heapTie[a] < heapTie[b];
    }

    private void siftUp(int index) {
        long time = heapTime[index];
        long tie = heapTie[index];
        int slot = heapSlot[index];
        while (index > 0) {
            int parent = (index - 1) / ARITY;
            long parentTime = heapTime[parent];
            if (parentTime < time || parentTime == time && heapTie[parent] < tie) {
                break;
            }
            put(index, parentTime, heapTie[parent], heapSlot[parent]);
            index = parent;
        }
        put(index, time, tie, slot);
    }

    private void siftDown(int index) {
        long time = heapTime[index];
        long tie = heapTie[index];
        int slot = heapSlot[index];
        while (true) {
            int first = index * ARITY + 1;
            if (first >= size) {
                break;
            }
            int best = first;
            int end = Math.min(first + ARITY, size);
            for (int child = first + 1; child < end; child++) {
                if (before(child, best)) {
                    best = child;
                }
            }
            long bestTime = heapTime[best];
            if (bestTime > time || bestTime == time && heapTie[best] > tie) {
                break;
            }
            put(index, bestTime, heapTie[best], heapSlot[best]);
            index = best;
        }
        put(index, time, tie, slot);
    }

    private void grow() {
        int capacity = heapSlot.length * 2;
        heapTime = Arrays.copyOf(heapTime, capacity);
        heapTie = Arrays.copyOf(heapTie, capacity);
        heapSlot = Arrays.copyOf(heapSlot, capacity);
    }

    private void ensureSlot(int slot) {
        if (slot < positions.length) {
            return;
        }
        int old = positions.length;
        positions = Arrays.copyOf(positions, Math.max(old * 2, slot + 1));
        Arrays.fill(positions, old, positions.length, -1);
    }
}
