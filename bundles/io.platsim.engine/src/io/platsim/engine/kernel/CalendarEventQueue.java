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
 * inserts start walking far. Events due at the instant last served skip the calendar for {@link SameTimeLanes}.
 * Lists are int links in primitive arrays indexed by slot: nothing is allocated per event, and a rebuild
 * allocates only when the queue holds more events than ever before.
 */
public final class CalendarEventQueue implements EventQueue {

    private static final int MIN_BUCKETS = 16;
    /** Earliest events whose spacing sets the bucket width. */
    private static final int SAMPLE = 32;
    /** Operations between checks that the width still fits, and the mean steps per operation that call a rebuild. */
    private static final int CHECK_EVERY = 4096;
    private static final int TOO_MANY_STEPS = 6;

    /** A slot's bucket when it is in the calendar, or {@code IN_LANE - lane} when it waits in a lane. */
    private static final int IN_LANE = -2;

    private final SameTimeLanes lanes = new SameTimeLanes();
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
    /** Events in the calendar (the lanes count theirs). */
    private int size;
    /** The bucket the search for the first event starts at, and the end of that bucket's day. */
    private int current;
    private long dayEnd = 1;
    /** The first event, once found, until the queue changes; -1 when unknown. */
    private int first = -1;
    private long operations;
    private long steps;
    /** For a rebuild: every queued slot, and a max-heap of the earliest times (which set the width). */
    private int[] slots = new int[1024];
    private final long[] earliest = new long[SAMPLE + 1];

    public CalendarEventQueue() {
        Arrays.fill(head, -1);
        Arrays.fill(tail, -1);
        Arrays.fill(bucketOf, -1);
    }

    @Override
    public void add(int slot, long at, int priority, long sequence) {
        ensureSlot(slot);
        if (bucketOf[slot] != -1) {
            throw new IllegalStateException("slot " + slot + " is already queued");
        }
        time[slot] = at;
        tie[slot] = HeapEventQueue.tie(priority, sequence);
        int lane = lanes.offer(slot, at, priority, tie[slot]);
        if (lane >= 0) {
            bucketOf[slot] = IN_LANE - lane;
            return;
        }
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
        if (size > 2 * buckets()) {
            rebuild(buckets() * 2);
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
        int slot = peek();
        if (slot < 0) {
            return -1;
        }
        if (bucketOf[slot] <= IN_LANE) {
            lanes.poll();
            bucketOf[slot] = -1;
            return slot;
        }
        lanes.served(time[slot]);
        head[current] = next[slot];
        if (head[current] < 0) {
            tail[current] = -1;
        }
        bucketOf[slot] = -1;
        size--;
        first = -1;
        if (size < buckets() / 2 && buckets() > MIN_BUCKETS) {
            rebuild(buckets() / 2);
        } else {
            check();
        }
        return slot;
    }

    /** The first event: the lanes' first or the calendar's, whichever comes first. */
    @Override
    public int peek() {
        int calendar = find();
        int lane = lanes.first();
        return lane >= 0 && (calendar < 0 || before(lane, calendar)) ? lane : calendar;
    }

    @Override
    public long peekTime() {
        return time[peek()];
    }

    @Override
    public int peekPriority() {
        return HeapEventQueue.priority(tie[peek()]);
    }

    /** The calendar's first event: the head of the first bucket, from the current one on, that falls in its day. */
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
        for (int b = 0; b <= mask; b++) {
            int h = head[b];
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
        if (slot < 0 || slot >= bucketOf.length || bucketOf[slot] == -1) {
            return false;
        }
        int bucket = bucketOf[slot];
        bucketOf[slot] = -1;
        if (bucket <= IN_LANE) {
            lanes.remove(IN_LANE - bucket, slot);
            return true;
        }
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
        size--;
        if (first == slot) {
            first = -1;
        }
        return true;
    }

    @Override
    public int size() {
        return size + lanes.count();
    }

    /** Every so often: rebuild with a new width when finding or placing events has started to walk far. */
    private void check() {
        if ((++operations & (CHECK_EVERY - 1)) == 0) {
            long walked = steps;
            steps = 0;
            if (walked > (long) TOO_MANY_STEPS * CHECK_EVERY && size > 1) {
                rebuild(buckets());
            }
        }
    }

    /** Buckets in use: the year's length. The arrays only grow, so shrinking the year allocates nothing. */
    private int buckets() {
        return mask + 1;
    }

    /**
     * Lays the events out again over {@code buckets} buckets, with a width from the spacing of the first ones.
     * Allocates only when the queue holds more events, or needs more buckets, than ever before.
     */
    private void rebuild(int buckets) {
        int count = 0;
        if (slots.length < size) {
            slots = new int[Math.max(size, slots.length * 2)];
        }
        int sample = Math.min(size - 1, SAMPLE);
        int kept = 0;
        long min = Long.MAX_VALUE;
        for (int b = 0; b <= mask; b++) {
            for (int at = head[b]; at >= 0; at = next[at]) {
                slots[count++] = at;
                long t = time[at];
                min = Math.min(min, t);
                if (kept <= sample) {
                    siftUp(kept++, t);
                } else if (t < earliest[0]) {
                    siftDown(t, kept);
                }
            }
        }
        long oldWidth = width;
        if (count > 1) {
            // earliest[0] is the (sample + 1)-th earliest time: sample gaps after the first.
            long spread = earliest[0] - min;
            long wanted = Math.max(1, 3 * spread / sample);
            shift = Math.min(62, 64 - Long.numberOfLeadingZeros(wanted - 1));
            width = 1L << shift;
        }
        if (buckets == buckets() && width == oldWidth) {
            steps = 0;
            return;
        }
        if (buckets > head.length) {
            head = new int[buckets];
            tail = new int[buckets];
        }
        Arrays.fill(head, 0, buckets, -1);
        Arrays.fill(tail, 0, buckets, -1);
        mask = buckets - 1;
        for (int i = 0; i < count; i++) {
            insert(slots[i]);
        }
        steps = 0;
        first = -1;
        if (count > 0) {
            moveTo(min);
        }
    }

    /** Adds {@code t} to the max-heap {@link #earliest}, which holds {@code n} times. */
    private void siftUp(int n, long t) {
        int at = n;
        while (at > 0 && earliest[(at - 1) / 2] < t) {
            earliest[at] = earliest[(at - 1) / 2];
            at = (at - 1) / 2;
        }
        earliest[at] = t;
    }

    /** Replaces the largest of the {@code n} times in {@link #earliest} with the smaller {@code t}. */
    private void siftDown(long t, int n) {
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && earliest[child + 1] > earliest[child]) {
                child++;
            }
            if (earliest[child] <= t) {
                break;
            }
            earliest[at] = earliest[child];
            at = child;
        }
        earliest[at] = t;
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
