/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.kernel;

import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * The discrete-event kernel. Time is an integer count of picoseconds. Events at the same time run in priority
 * order (lower first) and then in the order they were scheduled, so a run is deterministic. Event data lives
 * in primitive arrays indexed by reusable slots: scheduling and running events allocates nothing once the
 * arrays have grown to the peak number of pending events.
 */
public final class Simulator {

    /** Returned by {@link #peek()} when nothing is pending. */
    public static final long NEVER = Long.MAX_VALUE;

    private final EventQueue queue;
    private EventHandler[] handlers = new EventHandler[8];
    private int handlerCount;
    private int[] handlerOf = new int[1024];
    private int[] kindOf = new int[1024];
    private long[] payloadOf = new long[1024];
    private int[] generationOf = new int[1024];
    private int[] free = new int[1024];
    private int freeCount;
    private int slotCount;
    private long now;
    private long sequence;
    private long processed;
    private boolean stopRequested;
    /**
     * The clock every resource reads ({@link #clock()}): one object for all, so the calendars' one call site that
     * reads it meets one class and the JIT makes the call a field read (a method reference per caller gave each its
     * own class, and that call a dispatch through the interface's table on every booking).
     */
    private final LongSupplier clock = this::now;

    /** A simulator on a {@link CalendarEventQueue}, the faster queue at every size the benchmarks try. */
    public Simulator() {
        this(new CalendarEventQueue());
    }

    public Simulator(EventQueue queue) {
        this.queue = queue;
    }

    /** Registers a handler; the returned id is what {@link #schedule} takes. */
    public int register(EventHandler handler) {
        if (handlerCount == handlers.length) {
            handlers = Arrays.copyOf(handlers, handlerCount * 2);
        }
        handlers[handlerCount] = handler;
        return handlerCount++;
    }

    /** Current simulated time in picoseconds. */
    public long now() {
        return now;
    }

    /** {@link #now()} as the resources' calendars take it; always the same object. */
    public LongSupplier clock() {
        return clock;
    }

    /** Events run so far. */
    public long processed() {
        return processed;
    }

    /** Events pending. */
    public int pending() {
        return queue.size();
    }

    /** Time of the next event, or {@link #NEVER}. */
    public long peek() {
        return queue.size() == 0 ? NEVER : queue.peekTime();
    }

    /**
     * Schedules an event {@code delayPs} from now for {@code handler}; returns a token for {@link #cancel}.
     *
     * @throws IllegalArgumentException for a negative delay or an unknown handler
     */
    public long schedule(long delayPs, int priority, int handler, int kind, long payload) {
        if (delayPs < 0) {
            throw new IllegalArgumentException("negative delay " + delayPs + " ps");
        }
        return scheduleAt(Math.addExact(now, delayPs), priority, handler, kind, payload);
    }

    /** Schedules an event at absolute time {@code timePs}, not before now. */
    public long scheduleAt(long timePs, int priority, int handler, int kind, long payload) {
        if (timePs < now) {
            throw new IllegalArgumentException("time " + timePs + " ps is before now (" + now + " ps)");
        }
        if (handler < 0 || handler >= handlerCount) {
            throw new IllegalArgumentException("no handler " + handler);
        }
        int slot = takeSlot();
        handlerOf[slot] = handler;
        kindOf[slot] = kind;
        payloadOf[slot] = payload;
        queue.add(slot, timePs, priority, sequence++);
        return ((long) generationOf[slot] << 32) | slot;
    }

    /**
     * Whether an event scheduled now at {@code priority} would run next: nothing pending is due before it and
     * no {@link #stop()} is asked for. When so, it is counted as run and its handler may do its work at once,
     * in the same order and with the same outcome as the event would have, without a trip through the queue
     * (a home agent taking a TLP's lines one after the other).
     */
    public boolean runsNext(int priority) {
        if (stopRequested) {
            return false;
        }
        if (queue.size() > 0) {
            long time = queue.peekTime();
            if (time < now || time == now && queue.peekPriority() <= priority) {
                return false;
            }
        }
        sequence++;
        processed++;
        return true;
    }

    /** Cancels a pending event; returns false when it already ran or was cancelled. */
    public boolean cancel(long token) {
        int slot = (int) token;
        int generation = (int) (token >>> 32);
        if (slot < 0 || slot >= slotCount || generationOf[slot] != generation || !queue.remove(slot)) {
            return false;
        }
        releaseSlot(slot);
        return true;
    }

    /** Runs the next event; returns false when none is pending. */
    public boolean step() {
        if (queue.size() == 0) {
            return false;
        }
        long time = queue.peekTime();
        int slot = queue.poll();
        now = time;
        int handler = handlerOf[slot];
        int kind = kindOf[slot];
        long payload = payloadOf[slot];
        releaseSlot(slot);
        processed++;
        handlers[handler].handle(kind, payload);
        return true;
    }

    /**
     * Runs every event due at or before {@code untilPs}, then sets the time to {@code untilPs} (unless
     * {@link #stop()} ended the run early). Returns the number of events run.
     */
    public long run(long untilPs) {
        long before = processed;
        stopRequested = false;
        while (!stopRequested && queue.size() > 0 && queue.peekTime() <= untilPs) {
            step();
        }
        if (!stopRequested && untilPs > now) {
            now = untilPs;
        }
        return processed - before;
    }

    /** Asks a running {@link #run} to return after the current event. */
    public void stop() {
        stopRequested = true;
    }

    private int takeSlot() {
        if (freeCount > 0) {
            return free[--freeCount];
        }
        if (slotCount == handlerOf.length) {
            int capacity = slotCount * 2;
            handlerOf = Arrays.copyOf(handlerOf, capacity);
            kindOf = Arrays.copyOf(kindOf, capacity);
            payloadOf = Arrays.copyOf(payloadOf, capacity);
            generationOf = Arrays.copyOf(generationOf, capacity);
            free = Arrays.copyOf(free, capacity);
        }
        return slotCount++;
    }

    private void releaseSlot(int slot) {
        generationOf[slot]++;
        free[freeCount++] = slot;
    }
}
