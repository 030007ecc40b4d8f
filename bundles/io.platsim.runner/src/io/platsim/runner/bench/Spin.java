/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.runner.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * For {@code ./platsim bench}: what this machine gives processes that only compute, a loop of multiplications in
 * registers that touches no memory, when several run at once against one alone. A sweep's workers cannot do better
 * than this, whatever the engine does; on a virtual machine whose cores share a physical core's resources it is well
 * below 1. {@code Spin ITERATIONS} prints the loop's nanoseconds.
 */
public final class Spin {

    private static final long ITERATIONS = 1_500_000_000L;

    private Spin() {
    }

    public static void main(String[] args) {
        long iterations = Long.parseLong(args[0]);
        long x = 1;
        long start = System.nanoTime();
        for (long i = 0; i < iterations; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        long nanos = System.nanoTime() - start;
        System.out.println(nanos + " " + (x & 1));
    }

    /** The speed of each of {@code processes} loops run at once, against one loop alone (1 = no loss). */
    static double together(int processes) throws IOException, InterruptedException {
        double alone = mean(start(1));
        return alone / mean(start(processes));
    }

    private static double mean(List<Process> running) throws IOException, InterruptedException {
        double sum = 0;
        for (Process process : running) {
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (process.waitFor() != 0 || out.isEmpty()) {
                throw new IllegalStateException("the compute loop failed: " + out);
            }
            sum += Long.parseLong(out.split(" ")[0]);
        }
        return sum / running.size();
    }

    private static List<Process> start(int count) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> running = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            running.add(new ProcessBuilder(java, "-XX:ActiveProcessorCount=1", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), Spin.class.getName(), Long.toString(ITERATIONS))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start());
        }
        return running;
    }
}
