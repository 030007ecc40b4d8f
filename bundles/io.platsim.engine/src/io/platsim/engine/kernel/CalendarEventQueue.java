/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.kernel;

import java.util.Arrays;

/**
 * A calendar queue (R. Brown, "Calendar queues: a fast O(1) priority queue implementation for the simulation
 * event set problem", CACM 31(10), 1988): time is cut into buckets of one width, laid round a year of as many
 * buckets as a power of two; an event goes into the bucket of its time, in a short list kept sorted. Taking the
 * first event looks at the current bucket and moves on day by day. The bucket count follows the number of
 * events (twice as many events as buckets, or half, rebuilds the calendar), and the width follows their spacing:
 * three times the mean gap between the earliest events, rounded up to a power of two so that a time finds its
 * bucket with a shift. The width is measured at every rebuild, and the calendar is rebuilt also when searches or
 * inserts start walking far. Lists are int links in primitive arrays indexed by slot: nothing is allocated per
 * event, only when the calendar is rebuilt.
 */
public final class CalendarEventQueue implements EventQueue {

    private static final int MIN_BUCKETS = 16;
    /** Earliest events whose spacing sets the bucket width. */
    private static final int SAMPLE = 32;
    /** Operations between checks that the width still fits, and the mean steps per operation that call a rebuild. */
    private static final int CHECK_EVERY = 4096;
    private static final int TOO_MANY_STEPS = 6;

    private long[] time = new long[1024];
    private long[] tie = new long[1024];
    private int[] next = new int[1024];
    private int[] bucketOf = new int[1024];
    private int[] head = new int[MIN_BUCKETS];
    private int[] tail = new int[MIN_BUCKETS];
    private int mask = MIN_BUCKETS - 1;
    /** Bucket width, a power of two so a time finds its bucket by a shift: 1 << shift. */
    private long width = 1;
    private int shift;
    private int size;
    /** The bucket the search for the first event starts at, and the end of that bucket's day. */
    private int current;
    private long dayEnd = 1;
    /** The first event, once found, until the queue changes; -1 when unknown. */
    private int first = -1;
    private long operations;
    private long steps;
    private long[] scratch = new long[1024];
    private int[] slots = new int[1024];

    public CalendarEventQueue() {
        Arrays.fill(head, -1);
        Arrays.fill(tail, -1);
        Arrays.fill(bucketOf, -1);
    }

    @Override
    public void add(int slot, long at, int priority, long sequence) {
        ensureSlot(slot);
        if (bucketOf[slot] >= 0) {
            throw new IllegalStateException("slot " + slot + " is already queued");
        }
        time[slot] = at;
        tie[slot] = HeapEventQueue.tie(priority, sequence);
        insert(slot);
        size++;
        if (size == 1 || at < dayEnd - width) {
            // Before the day the search stands at (the first event was cancelled, say): start from here.
            moveTo(at);
        }
        if (first >= 0 && before(slot, first)) {
            first = slot;
            moveTo(at);
        }
        if (size > 2 * head.length) {
            rebuild(head.length * 2);
        } else {
            check();
        }
    }

    private void moveTo(long at) {
        current = (int) ((at >> shift) & mask);
        dayEnd = ((at >> shift) + 1) << shift;
    }

    /** Puts {@code slot} in its bucket's sorted list: at the end at once when it is the latest (the usual case). */
    private void insert(int slot) {
        int bucket = (int) ((time[slot] >> shift) & mask);
        bucketOf[slot] = bucket;
        int at = head[bucket];
        if (at < 0 || before(slot, at)) {
            next[slot] = at;
            head[bucket] = slot;
            if (at < 0) {
                tail[bucket] = slot;
            }
            return;
        }
        if (!before(slot, tail[bucket])) {
            next[slot] = -1;
            next[tail[bucket]] = slot;
            tail[bucket] = slot;
            return;
        }
        int previous = at;
        for (at = next[at]; at >= 0 && !before(slot, at); at = next[at]) {
            previous = at;
            steps++;
        }
        next[slot] = at;
        next[previous] = slot;
    }

    private boolean before(int a, int b) {
        return time[a] < time[b] || time[a] == time[b] && tie[a] < tie[b];
    }

    @Override
    public int poll() {
        int slot = find();
        if (slot < 0) {
            return -1;
        }
        head[current] = next[slot];
        if (head[current] < 0) {
            tail[current] = -1;
        }
        bucketOf[slot] = -1;
        size--;
        first = -1;
        if (size < head.length / 2 && head.length > MIN_BUCKETS) {
            rebuild(head.length / 2);
        } else {
            check();
        }
        return slot;
    }

    @Override
    public int peek() {
        return find();
    }

    @Override
    public long peekTime() {
        return time[find()];
    }

    /** The first event: the head of the first bucket, from the current one on, whose head falls in its day. */
    private int find() {
        if (first >= 0 || size == 0) {
            return size == 0 ? -1 : first;
        }
        int bucket = current;
        long end = dayEnd;
        for (int day = 0; day <= mask; day++) {
            int h = head[bucket];
            if (h >= 0 && time[h] < end) {
                current = bucket;
                dayEnd = end;
                first = h;
                return h;
            }
            bucket = (bucket + 1) & mask;
            end += width;
            steps++;
        }
        // A whole year without an event due: the next one is far ahead; jump to it.
        int best = -1;
        for (int h : head) {
            if (h >= 0 && (best < 0 || before(h, best))) {
                best = h;
            }
        }
        moveTo(time[best]);
        first = best;
        return best;
    }

    @Override
    public boolean remove(int slot) {
        if (slot < 0 || slot >= bucketOf.length || bucketOf[slot] < 0) {
            return false;
        }
        int bucket = bucketOf[slot];
        int previous = -1;
        if (head[bucket] == slot) {
            head[bucket] = next[slot];
        } else {
            previous = head[bucket];
            while (next[previous] != slot) {
                previous = next[previous];
            }
            next[previous] = next[slot];
        }
        if (tail[bucket] == slot) {
            tail[bucket] = previous;
        }
        bucketOf[slot] = -1;
        size--;
        if (first == slot) {
            first = -1;
        }
        return true;
    }

    @Override
    public int size() {
        return size;
    }

    /** Every so often: rebuild with a new width when finding or placing events has started to walk far. */
    private void check() {
        if ((++operations & (CHECK_EVERY - 1)) == 0) {
            long walked = steps;
            steps = 0;
            if (walked > (long) TOO_MANY_STEPS * CHECK_EVERY && size > 1) {
                rebuild(head.length);
            }
        }
    }

    /** Lays the events out again over {@code buckets} buckets, with a width from the spacing of the first ones. */
    private void rebuild(int buckets) {
        int count = 0;
        if (scratch.length < size) {
            scratch = new long[Math.max(size, scratch.length * 2)];
            slots = new int[scratch.length];
        }
        for (int h : head) {
            for (int at = h; at >= 0; at = next[at]) {
                slots[count] = at;
                scratch[count++] = time[at];
            }
        }
        long oldWidth = width;
        if (count > 1) {
            Arrays.sort(scratch, 0, count);
            int k = Math.min(count - 1, SAMPLE);
            long spread = scratch[k] - scratch[0];
            long wanted = Math.max(1, 3 * spread / k);
            shift = Math.min(62, 64 - Long.numberOfLeadingZeros(wanted - 1));
            width = 1L << shift;
        }
        if (buckets == head.length && width == oldWidth) {
            steps = 0;
            return;
        }
        if (buckets != head.length) {
            head = new int[buckets];
            tail = new int[buckets];
        }
        Arrays.fill(head, -1);
        Arrays.fill(tail, -1);
        mask = buckets - 1;
        for (int i = 0; i < count; i++) {
            insert(slots[i]);
        }
        steps = 0;
        first = -1;
        if (count > 0) {
            moveTo(scratch[0]);
        }
    }

    private void ensureSlot(int slot) {
        if (slot < bucketOf.length) {
            return;
        }
        int old = bucketOf.length;
        int capacity = Math.max(old * 2, slot + 1);
        time = Arrays.copyOf(time, capacity);
        tie = Arrays.copyOf(tie, capacity);
        next = Arrays.copyOf(next, capacity);
        bucketOf = Arrays.copyOf(bucketOf, capacity);
        Arrays.fill(bucketOf, old, capacity, -1);
    }
}
