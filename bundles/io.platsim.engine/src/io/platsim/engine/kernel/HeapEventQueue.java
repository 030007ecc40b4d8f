/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.kernel;

import java.util.Arrays;

/**
 * A 4-ary min-heap over primitive arrays. Keys live in arrays indexed by slot, the heap holds slots, and each
 * slot remembers its heap position, so cancellation is O(log n) and nothing is allocated per event (arrays
 * grow by doubling). A 4-ary heap is shallower than a binary one and keeps siblings in one cache line.
 */
public final class HeapEventQueue implements EventQueue {

    private static final int ARITY = 4;
    private long[] times;
    private int[] priorities;
    private long[] sequences;
    private int[] positions;
    private int[] heap;
    private int size;

    public HeapEventQueue() {
        this(1024);
    }

    public HeapEventQueue(int initialCapacity) {
        int capacity = Math.max(16, initialCapacity);
        times = new long[capacity];
        priorities = new int[capacity];
        sequences = new long[capacity];
        positions = new int[capacity];
        Arrays.fill(positions, -1);
        heap = new int[capacity];
    }

    @Override
    public void add(int slot, long time, int priority, long sequence) {
        ensureSlot(slot);
        if (positions[slot] >= 0) {
            throw new IllegalStateException("slot " + slot + " is already queued");
        }
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        times[slot] = time;
        priorities[slot] = priority;
        sequences[slot] = sequence;
        heap[size] = slot;
        positions[slot] = size;
        siftUp(size++);
    }

    @Override
    public int poll() {
        if (size == 0) {
            return -1;
        }
        int first = heap[0];
        removeAt(0);
        return first;
    }

    @Override
    public int peek() {
        return size == 0 ? -1 : heap[0];
    }

    @Override
    public long peekTime() {
        return times[heap[0]];
    }

    @Override
    public boolean remove(int slot) {
        if (slot < 0 || slot >= positions.length || positions[slot] < 0) {
            return false;
        }
        removeAt(positions[slot]);
        return true;
    }

    @Override
    public int size() {
        return size;
    }

    private void removeAt(int index) {
        int removed = heap[index];
        positions[removed] = -1;
        int last = heap[--size];
        if (index == size) {
            return;
        }
        heap[index] = last;
        positions[last] = index;
        if (index > 0 && before(last, heap[(index - 1) / ARITY])) {
            siftUp(index);
        } else {
            siftDown(index);
        }
    }

    private boolean before(int a, int b) {
        if (times[a] != times[b]) {
            return times[a] < times[b];
        }
        if (priorities[a] != priorities[b]) {
            return priorities[a] < priorities[b];
        }
        return sequences[a] < sequences[b];
    }

    private void siftUp(int index) {
        int slot = heap[index];
        while (index > 0) {
            int parentIndex = (index - 1) / ARITY;
            int parent = heap[parentIndex];
            if (!before(slot, parent)) {
                break;
            }
            heap[index] = parent;
            positions[parent] = index;
            index = parentIndex;
        }
        heap[index] = slot;
        positions[slot] = index;
    }

    private void siftDown(int index) {
        int slot = heap[index];
        while (true) {
            int firstChild = index * ARITY + 1;
            if (firstChild >= size) {
                break;
            }
            int best = firstChild;
            int end = Math.min(firstChild + ARITY, size);
            for (int child = firstChild + 1; child < end; child++) {
                if (before(heap[child], heap[best])) {
                    best = child;
                }
            }
            if (!before(heap[best], slot)) {
                break;
            }
            heap[index] = heap[best];
            positions[heap[index]] = index;
            index = best;
        }
        heap[index] = slot;
        positions[slot] = index;
    }

    private void ensureSlot(int slot) {
        if (slot < times.length) {
            return;
        }
        int capacity = Math.max(times.length * 2, slot + 1);
        times = Arrays.copyOf(times, capacity);
        priorities = Arrays.copyOf(priorities, capacity);
        sequences = Arrays.copyOf(sequences, capacity);
        int old = positions.length;
        positions = Arrays.copyOf(positions, capacity);
        Arrays.fill(positions, old, capacity, -1);
    }
}
