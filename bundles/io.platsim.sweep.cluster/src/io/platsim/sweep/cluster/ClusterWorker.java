/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep.cluster;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

/** A PlatSim worker: a cluster member that runs sweeps' runs, as many at once as it has processors. */
public final class ClusterWorker {

    private ClusterWorker() {
    }

    /** Starts a worker with {@code settings}, running {@code runs} runs at once; it runs until shut down. */
    public static HazelcastInstance start(ClusterSettings settings, int runs) {
        return Hazelcast.newHazelcastInstance(settings.config(false, runs));
    }
}
