/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep.cluster;

import java.util.concurrent.CountDownLatch;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.LifecycleEvent.LifecycleState;

/** A PlatSim worker: a cluster member that runs sweeps' runs, a given number at once, until it is stopped. */
public final class ClusterWorker implements AutoCloseable {

    private final HazelcastInstance member;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private ClusterWorker(HazelcastInstance member) {
        this.member = member;
        member.getLifecycleService().addLifecycleListener(event -> {
            if (event.getState() == LifecycleState.SHUTDOWN) {
                stopped.countDown();
            }
        });
    }

    /** Starts a worker with {@code settings}, running {@code runs} runs at once. */
    public static ClusterWorker start(ClusterSettings settings, int runs) {
        return new ClusterWorker(Hazelcast.newHazelcastInstance(settings.config(false, runs)));
    }

    /** Members of the cluster this worker is in, itself included. */
    public int members() {
        return member.getCluster().getMembers().size();
    }

    /** Waits until the worker has stopped. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** Leaves the cluster in good order: runs it was running are sent elsewhere by their sweeps. */
    @Override
    public void close() {
        member.getLifecycleService().shutdown();
    }

    /** Stops at once, as a machine that fails: for tests of a worker lost mid-sweep. */
    void kill() {
        member.getLifecycleService().terminate();
    }
}
