/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.benchmarks;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link HoldModelBenchmark} and prints, per number of pending events, PlatSim's kernel throughput against
 * the best SSJ event list of the same run, with the ratio and the target.
 */
public final class KernelReport {

    private KernelReport() {
    }

    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder().include(HoldModelBenchmark.class.getSimpleName()).build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Double> platsim = new TreeMap<>();
        Map<String, String> platsimQueue = new TreeMap<>();
        Map<String, String> allPlatsim = new TreeMap<>();
        Map<String, Double> bestSsj = new TreeMap<>();
        Map<String, String> bestList = new TreeMap<>();
        for (RunResult result : results) {
            String pending = result.getParams().getParam("pending");
            double score = result.getPrimaryResult().getScore();
            if (result.getParams().getBenchmark().endsWith(".platsim")) {
                String queue = result.getParams().getParam("queue");
                allPlatsim.merge(pending, String.format("%s %.2f", queue, score), (a, b) -> a + ", " + b);
                if (score > platsim.getOrDefault(pending, 0.0)) {
                    platsim.put(pending, score);
                    platsimQueue.put(pending, queue);
                }
            } else if (score > bestSsj.getOrDefault(pending, 0.0)) {
                bestSsj.put(pending, score);
                bestList.put(pending, result.getParams().getParam("list"));
            }
        }
        System.out.println();
        System.out.println("Hold model, events per microsecond (higher is better), measured in this run:");
        System.out.printf("%10s %21s %22s %8s %8s%n", "pending", "best PlatSim queue", "best SSJ 3.3.2 list",
            "ratio", "target");
        for (String pending : platsim.keySet()) {
            double ratio = platsim.get(pending) / bestSsj.get(pending);
            String target = Integer.parseInt(pending) >= 100_000 ? "5x" : "2x";
            System.out.printf("%10s %12.2f %-8s %13.2f %-8s %7.2fx %8s%n", pending, platsim.get(pending),
                platsimQueue.get(pending), bestSsj.get(pending), bestList.get(pending), ratio, target);
        }
        System.out.println("PlatSim queues: " + allPlatsim);
    }
}
