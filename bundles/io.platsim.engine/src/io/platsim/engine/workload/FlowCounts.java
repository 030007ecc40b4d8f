/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.workload;

import java.util.List;

import io.platsim.engine.config.FlowConfig;
import io.platsim.engine.stats.LatencyHistogram;
import io.platsim.engine.vm.ExitReason;

/**
 * What the request/response flows did in the measured time. A VM exit counts when the event that asks for it falls
 * in it (the time its {@code vm_exit} row carries). A transaction counts when its response reaches the device in
 * it, and with it the time its back end and its mapping took, whenever that was spent: a transaction answered
 * before the warm-up's end brings none of its costs, one still open at the run's end none of them, so a figure per
 * transaction is what the counted transactions cost.
 */
final class FlowCounts {

    private final long[] transactions;
    private final long[][] exits;
    private final long[] backendPs;
    private final long[] mappingPs;
    private final LatencyHistogram[] latency;
    /** By flow and connection: the back end's time spent so far on the transaction in progress. */
    private final long[][] openBackendPs;
    /** By flow and connection: the mapping time spent so far on the transaction in progress. */
    private final long[][] openMappingPs;

    FlowCounts(List<FlowConfig> flows) {
        int n = flows.size();
        transactions = new long[n];
        exits = new long[n][ExitReason.values().length];
        backendPs = new long[n];
        mappingPs = new long[n];
        latency = new LatencyHistogram[n];
        openBackendPs = new long[n][];
        openMappingPs = new long[n][];
        for (int f = 0; f < n; f++) {
            int connections = Math.max(1, flows.get(f).flows());
            openBackendPs[f] = new long[connections];
            openMappingPs[f] = new long[connections];
            latency[f] = new LatencyHistogram();
        }
    }

    /** Flow {@code f}'s VM took an exit for {@code reason} in the measured time. */
    void exit(int f, ExitReason reason) {
        exits[f][reason.ordinal()]++;
    }

    /** The back end worked {@code ps} on connection {@code conn}'s transaction in progress. */
    void backend(int f, int conn, long ps) {
        openBackendPs[f][conn] += ps;
    }

    /** Connection {@code conn}'s core mapped and unmapped buffers for {@code ps} for its transaction in progress. */
    void mapping(int f, int conn, long ps) {
        openMappingPs[f][conn] += ps;
    }

    /**
     * Connection {@code conn}'s transaction was answered {@code latencyPs} after it began; with its costs it counts
     * when {@code counted}. The connection's next transaction starts with no cost.
     */
    void answered(int f, int conn, long latencyPs, boolean counted) {
        if (counted) {
            transactions[f]++;
            latency[f].record(latencyPs);
            backendPs[f] += openBackendPs[f][conn];
            mappingPs[f] += openMappingPs[f][conn];
        }
        openBackendPs[f][conn] = 0;
        openMappingPs[f][conn] = 0;
    }

    long transactions(int f) {
        return transactions[f];
    }

    long exits(int f, ExitReason reason) {
        return exits[f][reason.ordinal()];
    }

    long exits(int f) {
        long total = 0;
        for (long count : exits[f]) {
            total += count;
        }
        return total;
    }

    long backendPs(int f) {
        return backendPs[f];
    }

    long mappingPs(int f) {
        return mappingPs[f];
    }

    LatencyHistogram latency(int f) {
        return latency[f];
    }
}
