/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.platsim.engine.kernel.CalendarEventQueue;
import io.platsim.engine.kernel.HeapEventQueue;
import io.platsim.engine.kernel.Simulator;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.eventlist.BinaryTree;
import umontreal.ssj.simevents.eventlist.EventList;
import umontreal.ssj.simevents.eventlist.Henriksen;
import umontreal.ssj.simevents.eventlist.RedblackTree;
import umontreal.ssj.simevents.eventlist.SplayTree;

/**
 * The classic hold model: N events pending; each operation takes the first one and schedules it again after an
 * exponential delay (mean 1). Both kernels are measured whole: take the first event, advance the clock, run
 * the event, which schedules itself again. SSJ 3.3.2 runs on each of its event lists; both sides draw their
 * delays from the same precomputed exponential samples.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class HoldModelBenchmark {

    /** Exponential samples with mean 1, shared by every variant. */
    static final double[] DELAYS = exponentials(1 << 16, 42);
    static final int MASK = DELAYS.length - 1;
    /** PlatSim time unit for a delay of 1: one microsecond, in picoseconds. */
    static final double PS_PER_UNIT = 1_000_000.0;

    static double[] exponentials(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] samples = new double[count];
        for (int i = 0; i < count; i++) {
            samples[i] = -Math.log(1.0 - random.nextDouble());
        }
        return samples;
    }

    /** PlatSim's kernel, on one of its event queues, with N pending events that reschedule themselves. */
    @State(Scope.Thread)
    public static class PlatsimHold {
        @Param({"1000", "100000"})
        int pending;
        @Param({"heap", "calendar"})
        String queue;
        Simulator sim;
        int next;

        @Setup(Level.Trial)
        public void fill() {
            sim = new Simulator("heap".equals(queue) ? new HeapEventQueue() : new CalendarEventQueue());
            int[] handler = new int[1];
            handler[0] = sim.register((kind, payload) ->
                sim.schedule((long) (DELAYS[next++ & MASK] * PS_PER_UNIT), 0, handler[0], kind, payload));
            for (int i = 0; i < pending; i++) {
                sim.schedule((long) (DELAYS[next++ & MASK] * PS_PER_UNIT), 0, handler[0], 0, i);
            }
        }
    }

    /** SSJ's simulator on one of its event lists, with N pending events that reschedule themselves. */
    @State(Scope.Thread)
    public static class SsjHold {
        @Param({"1000", "100000"})
        int pending;
        @Param({"SplayTree", "BinaryTree", "Henriksen", "RedblackTree"})
        String list;
        SteppingSsjSimulator sim;
        int next;

        @Setup(Level.Trial)
        public void fill() {
            EventList events = switch (list) {
                case "SplayTree" -> new SplayTree();
                case "BinaryTree" -> new BinaryTree();
                case "Henriksen" -> new Henriksen();
                case "RedblackTree" -> new RedblackTree();
                default -> throw new IllegalArgumentException(list);
            };
            sim = new SteppingSsjSimulator(events);
            for (int i = 0; i < pending; i++) {
                Event event = new Event(sim) {
                    @Override
                    public void actions() {
                        schedule(DELAYS[next++ & MASK]);
                    }
                };
                event.schedule(DELAYS[next++ & MASK]);
            }
        }
    }

    @Benchmark
    public long platsim(PlatsimHold state) {
        state.sim.step();
        return state.sim.now();
    }

    @Benchmark
    public double ssj(SsjHold state) {
        state.sim.step();
        return state.sim.time();
    }
}
